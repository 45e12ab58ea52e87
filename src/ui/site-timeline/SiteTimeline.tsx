import { useState } from 'react';
import { claimantIn } from '../../domain/editorial';
import { statusAt, statusTimeline } from '../../domain/status';
import { formatTimeWithPrecision, formatShortTime } from '../../domain/format';
import { ALMATY_OFFSET_MINUTES } from '../../domain/time';
import { useQantar, useFollowingTime } from '../../store/context';
import { useStrings } from '../i18n';
import { Corrections } from '../corrections/Corrections';
import { SourceList } from '../source-list/SourceList';

/**
 * The control timeline of a site as far as it was known at the slider time: intervals that
 * had begun, the current one without its (future) end or its retrospective note. The reader
 * can ask for the whole timeline; later intervals are then marked "later".
 */
export function SiteTimeline({ siteId }: { siteId: string }) {
  const t = useStrings();
  const time = useFollowingTime();
  const lang = useQantar((s) => s.lang);
  const status = useQantar((s) => s.dataset.status);
  const [whole, setWhole] = useState(false);
  const timeline = statusTimeline(status, 'site_control', siteId);
  if (timeline.length === 0) return null;
  const current = statusAt(status, 'site_control', siteId, time);
  const shown = whole ? timeline : timeline.filter((s) => s.from <= time);
  const hasLater = timeline.some((s) => s.from > time || (s.to !== undefined && s.to > time));
  return (
    <section className="site-timeline" data-testid="site-timeline">
      <h3>{t.timeline}</h3>
      {hasLater || whole ? (
        <button
          type="button"
          className="text-button site-timeline__whole"
          aria-pressed={whole}
          onClick={() => setWhole(!whole)}
          data-testid="whole-timeline"
        >
          {whole ? t.hideWholeTimeline : t.showWholeTimeline}
        </button>
      ) : null}
      <ol className="panel__list">
        {shown.map((s) => {
          const isCurrent = current?.interval.id === s.id;
          const isLater = s.from > time;
          // An end that lies after the slider time was not known yet.
          const endKnown = s.to !== undefined && (whole || s.to <= time);
          const ended = s.to !== undefined && s.to <= time;
          return (
            <li
              key={s.id}
              className={`site-timeline__item${isCurrent ? ' site-timeline__item--current' : ''}${isLater ? ' site-timeline__item--later' : ''}`}
              aria-current={isCurrent ? 'true' : undefined}
              data-status={s.status}
              data-later={isLater ? 'true' : undefined}
            >
              <p className="event__meta">
                {isLater ? <span className="badge badge--later">{t.laterInterval}</span> : null}
                <time className="event__time">
                  {isCurrent && !whole
                    ? t.since(
                        formatTimeWithPrecision(s.from, s.precision, ALMATY_OFFSET_MINUTES, lang),
                      )
                    : formatTimeWithPrecision(s.from, s.precision, ALMATY_OFFSET_MINUTES, lang)}
                </time>
                {endKnown && s.to !== undefined ? (
                  <span>– {formatShortTime(s.to, lang)}</span>
                ) : whole && s.to === undefined ? (
                  <span>– {t.endNotKnown}</span>
                ) : null}
                {isCurrent ? <span className="badge badge--now">{t.currentInterval}</span> : null}
              </p>
              <p className="event__summary">
                <strong>{t.siteStatus[s.status] ?? s.status}</strong>
                {isCurrent && current?.uncertain ? t.uncertainSuffix : ''}
              </p>
              {s.fromLatest !== undefined && (whole || s.fromLatest <= time) ? (
                <p className="site-timeline__disputed">
                  {t.reportedStart(
                    formatTimeWithPrecision(s.from, s.precision, ALMATY_OFFSET_MINUTES, lang),
                    formatShortTime(s.fromLatest, lang),
                  )}
                </p>
              ) : null}
              {/* Notes look back on the whole interval, so they wait until it is over. */}
              {s.note && (whole || ended) ? <p className="figures__note">{s.note[lang]}</p> : null}
              <p className="event__claim">
                <span className={`badge badge--${s.verification}`}>
                  {t.verification[s.verification]}
                </span>{' '}
                {t.claimedBy}: {claimantIn(s, lang)} ({t.claimantKind[s.claimantKind]})
              </p>
              <SourceList ids={s.sources} />
              <Corrections record={s.id} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
