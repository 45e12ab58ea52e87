import { useMemo, type KeyboardEvent } from 'react';
import { formatClaimValue, formatTimeWithPrecision } from '../../domain/format';
import { useQantar, useQantarStoreApi } from '../../store/context';
import { claimantIn } from '../../domain/editorial';
import { ALMATY_OFFSET_MINUTES } from '../../domain/time';
import { useStrings } from '../i18n';
import { useStoryStrings } from './story-strings';
import './story-panel.css';

/**
 * The story inside the map: the opening card (step 1's title, one line on the map, start the
 * story or explore freely), then a stepper with previous/next, "step n of N", ←/→ while it
 * has focus, and the step text announced to screen readers.
 */
export function StoryPanel() {
  const store = useQantarStoreApi();
  const steps = useQantar((s) => s.storySteps);
  const index = useQantar((s) => s.storyStep);
  const intro = useQantar((s) => s.storyIntro);
  const lang = useQantar((s) => s.lang);
  const claims = useQantar((s) => s.dataset.claims);
  const t = useStrings();
  const st = useStoryStrings();
  const claimsById = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);

  const step = index === null ? undefined : steps[index];
  if (!step || index === null) return null;
  const actions = store.getState();
  const n = index + 1;
  const total = steps.length;

  if (intro) {
    return (
      <section
        className="story-card story-card--intro"
        aria-labelledby="story-intro-title"
        data-testid="story-intro"
        data-map-chrome
      >
        <p className="story-card__kicker">{t.subtitle}</p>
        <h2 id="story-intro-title" className="story-card__title" data-testid="story-title">
          {step.title[lang]}
        </h2>
        <p className="story-card__intro">{st.intro}</p>
        <div className="story-card__choice">
          <button
            type="button"
            className="story-button story-button--primary"
            onClick={actions.startStory}
          >
            {st.startStory}
          </button>
          <button type="button" className="story-button" onClick={actions.leaveStory}>
            {st.exploreFreely}
          </button>
        </div>
      </section>
    );
  }

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key === 'ArrowRight') {
      e.preventDefault();
      actions.nextStep();
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault();
      actions.previousStep();
    }
  };
  const stepClaims = step.claims.map((id) => claimsById.get(id)).filter((c) => c !== undefined);

  return (
    <section
      className="story-card"
      aria-label={st.storyLabel}
      data-testid="story-stepper"
      data-step-id={step.id}
      data-map-chrome
      onKeyDown={onKeyDown}
    >
      <div className="story-card__head">
        <p className="story-card__count" data-testid="story-count">
          {st.stepOf(n, total)}
        </p>
        <button type="button" className="story-link" onClick={actions.leaveStory}>
          {st.exploreFreely}
        </button>
      </div>
      {/* Focusable: it scrolls on small screens, and ←/→ step while it has focus. */}
      <div
        className="story-card__body"
        tabIndex={0}
        role="group"
        aria-labelledby="story-step-title"
        data-testid="story-body"
      >
        <h2 id="story-step-title" className="story-card__title" data-testid="story-title">
          {step.title[lang]}
        </h2>
        <p className="story-card__text">{step.text[lang]}</p>
        {stepClaims.length > 0 ? (
          <>
            <h3 className="story-card__subhead">{st.claimsHeading}</h3>
            <ul className="story-card__claims">
              {stepClaims.map((c) => (
                <li key={c.id} data-claim-id={c.id}>
                  <strong>
                    {t.metric[c.metric]}: {formatClaimValue(c, lang, t.qualifier)}
                  </strong>{' '}
                  — {claimantIn(c, lang)},{' '}
                  {formatTimeWithPrecision(c.asOf, c.precision, ALMATY_OFFSET_MINUTES, lang)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <div className="story-card__nav">
        <button
          type="button"
          className="story-button"
          onClick={actions.previousStep}
          disabled={index === 0}
        >
          ← {st.previousStep}
        </button>
        <button
          type="button"
          className="story-button story-button--primary"
          onClick={actions.nextStep}
          disabled={index === total - 1}
        >
          {st.nextStep} →
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="story-live">
        {st.stepAnnouncement(n, total, step.title[lang], step.text[lang])}
      </p>
    </section>
  );
}
