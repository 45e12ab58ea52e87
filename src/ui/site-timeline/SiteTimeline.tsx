import { statusAt, statusTimeline } from '../../domain/status';
import { formatTimeWithPrecision, formatShortTime } from '../../domain/format';
import { useQantar } from '../../store/context';
import { useStrings } from '../i18n';
import { Corrections } from '../corrections/Corrections';
import { SourceList } from '../source-list/SourceList';

/** The whole control timeline of a site with sources, the interval at the slider time highlighted. */
export function SiteTimeline({ siteId }: { siteId: string }) {
  const t = useStrings();
  const time = useQantar((s) => s.time);
  const lang = useQantar((s) => s.lang);
  const status = useQantar((s) => s.dataset.status);
  const timeline = statusTimeline(status, 'site_control', siteId);
  if (timeline.length === 0) return null;
  const current = statusAt(status, 'site_control', siteId, time);
  return (
    <section className="site-timeline" data-testid="site-timeline">
      <h3>{t.timeline}</h3>
      <ol className="panel__list">
        {timeline.map((s) => {
          const isCurrent = current?.interval.id === s.id;
          return (
            <li
              key={s.id}
              className={`site-timeline__item${isCurrent ? ' site-timeline__item--current' : ''}`}
              aria-current={isCurrent ? 'true' : undefined}
              data-status={s.status}
            >
              <p className="event__meta">
                <time className="event__time">
                  {formatTimeWithPrecision(s.from, s.precision, 360, lang)}
                </time>
                {s.to !== undefined ? <span>– {formatShortTime(s.to, lang)}</span> : null}
                {isCurrent ? <span className="badge badge--now">{t.currentInterval}</span> : null}
              </p>
              <p className="event__summary">
                <strong>{t.siteStatus[s.status] ?? s.status}</strong>
                {isCurrent && current?.uncertain ? t.uncertainSuffix : ''}
              </p>
              {s.fromLatest !== undefined ? (
                <p className="site-timeline__disputed">
                  {t.reportedStart(
                    formatTimeWithPrecision(s.from, s.precision, 360, lang),
                    formatShortTime(s.fromLatest, lang),
                  )}
                </p>
              ) : null}
              {s.note ? <p className="figures__note">{s.note[lang]}</p> : null}
              <p className="event__claim">
                <span className={`badge badge--${s.verification}`}>
                  {t.verification[s.verification]}
                </span>{' '}
                {t.claimedBy}: {s.claimedBy} ({t.claimantKind[s.claimantKind]})
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
