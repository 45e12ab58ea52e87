import { useState } from 'react';
import { formatClaimValue, formatSliderTime, formatTimeWithPrecision } from '../../domain/format';
import { stepEndTime, type StoryStep } from '../../domain/story-steps';
import { useQantar } from '../../store/context';
import { claimantIn } from '../../domain/editorial';
import { ALMATY_OFFSET_MINUTES } from '../../domain/time';
import { useStrings } from '../i18n';
import { useStoryStrings } from '../story-panel/story-strings';
import './story-list.css';

/** Public path (relative to the app) of a step's still picture, made by `npm run story:pictures`. */
export function storyPictureUrl(step: StoryStep, lang: string): string {
  return `story/${step.id}-${lang}.jpg`;
}

function Picture({ step }: { step: StoryStep }) {
  const lang = useQantar((s) => s.lang);
  const st = useStoryStrings();
  const [missing, setMissing] = useState(false);
  if (missing)
    return (
      <p className="story-list__missing">
        {st.listPictureMissing} {step.alt[lang]}
      </p>
    );
  return (
    <img
      className="story-list__picture"
      src={storyPictureUrl(step, lang)}
      alt={step.alt[lang]}
      width={800}
      height={500}
      loading="lazy"
      onError={() => setMissing(true)}
    />
  );
}

/**
 * The story unrolled (`mode=list`, and what readers without WebGL get): every step as text with
 * a still picture of the map at that step. For screen readers, print, and readers who would
 * rather not scroll a map.
 */
export function StoryList({ interactiveLinks = true }: { interactiveLinks?: boolean }) {
  const steps = useQantar((s) => s.storySteps);
  const lang = useQantar((s) => s.lang);
  const claims = useQantar((s) => s.dataset.claims);
  const t = useStrings();
  const st = useStoryStrings();
  if (steps.length === 0) return null;
  const claimsById = new Map(claims.map((c) => [c.id, c]));
  const link = (n: number) => `?step=${n}&lang=${lang}`;
  return (
    <section className="story-list" aria-labelledby="story-list-heading" data-testid="story-list">
      <h2 id="story-list-heading">{st.listHeading}</h2>
      <p className="story-list__intro">{st.listIntro}</p>
      <ol className="story-list__steps">
        {steps.map((step, i) => (
          <li key={step.id} className="story-list__step" data-step-id={step.id}>
            <article aria-labelledby={`story-list-${step.id}`}>
              <h3 id={`story-list-${step.id}`}>
                <span className="story-list__n">{st.stepOf(i + 1, steps.length)}</span>{' '}
                {step.title[lang]}
              </h3>
              <p className="story-list__time">
                {step.end !== undefined
                  ? `${formatSliderTime(step.time, lang)} – ${formatSliderTime(stepEndTime(step), lang)}`
                  : formatSliderTime(step.time, lang)}
              </p>
              <figure className="story-list__figure">
                <Picture step={step} />
              </figure>
              <p>{step.text[lang]}</p>
              {step.claims.length > 0 ? (
                <ul className="story-list__claims">
                  {step.claims
                    .map((id) => claimsById.get(id))
                    .filter((c) => c !== undefined)
                    .map((c) => (
                      <li key={c.id}>
                        {t.metric[c.metric]}: {formatClaimValue(c, lang, t.qualifier)} —{' '}
                        {claimantIn(c, lang)},{' '}
                        {formatTimeWithPrecision(c.asOf, c.precision, ALMATY_OFFSET_MINUTES, lang)}
                      </li>
                    ))}
                </ul>
              ) : null}
              {interactiveLinks ? (
                <p className="story-list__open">
                  <a href={link(i + 1)}>{st.openStep}</a>
                </p>
              ) : null}
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
