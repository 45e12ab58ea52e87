import { useMemo } from 'react';
import { claimsAsOf, isRetractedBy } from '../../domain/claims';
import { METRICS, type Metric } from '../../domain/dataset';
import { claimantIn } from '../../domain/editorial';
import { formatClaimValue, formatTimeWithPrecision } from '../../domain/format';
import { ALMATY_OFFSET_MINUTES, RANGE_END } from '../../domain/time';
import { useQantar, useFollowingTime } from '../../store/context';
import { useStrings } from '../i18n';
import { Corrections } from '../corrections/Corrections';
import { SourceList } from '../source-list/SourceList';
import { StepChart } from './StepChart';

/**
 * Every casualty, injury, arrest and troop figure known up to the slider time, grouped by
 * metric, each with its claimant, date and verification, plus a step chart per metric.
 */
export function FiguresPanel() {
  const t = useStrings();
  const time = useFollowingTime();
  const lang = useQantar((s) => s.lang);
  const claims = useQantar((s) => s.dataset.claims);
  const known = useMemo(() => claimsAsOf(claims, time), [claims, time]);
  const byMetric = useMemo(() => {
    const m = new Map<Metric, typeof claims>(METRICS.map((x) => [x, []]));
    for (const c of claims) m.get(c.metric)!.push(c);
    return m;
  }, [claims]);

  return (
    <section className="figures" aria-labelledby="figures-title" data-testid="figures-panel">
      <h2 id="figures-title">{t.figuresHeading}</h2>
      {METRICS.map((metric) => {
        const list = known.get(metric) ?? [];
        const later =
          time >= RANGE_END ? (byMetric.get(metric) ?? []).filter((c) => c.asOf > time) : [];
        return (
          <section key={metric} className="figures__metric" data-metric={metric}>
            <h3>{t.metric[metric]}</h3>
            <StepChart
              claims={byMetric.get(metric) ?? []}
              time={time}
              label={t.metric[metric]}
              lang={lang}
            />
            {list.length === 0 ? <p className="figures__none">{t.figuresNone}</p> : null}
            <ul className="figures__list">
              {[...list, ...later].map((c) => (
                <li
                  key={c.id}
                  data-claim-id={c.id}
                  className={
                    isRetractedBy(c, time)
                      ? 'figures__claim figures__claim--retracted'
                      : 'figures__claim'
                  }
                >
                  <strong className="figures__value">
                    {formatClaimValue(c, lang, t.qualifier)}
                  </strong>{' '}
                  <span className={`badge badge--${c.verification}`}>
                    {t.verification[c.verification]}
                  </span>
                  <br />
                  {t.claimedBy}: {claimantIn(c, lang)} ({t.claimantKind[c.claimantKind]}),{' '}
                  {c.asOf > RANGE_END ? t.later + ', ' : ''}
                  {formatTimeWithPrecision(c.asOf, c.precision, ALMATY_OFFSET_MINUTES, lang)}
                  {c.retracted && isRetractedBy(c, time) ? (
                    <span className="figures__retracted"> — {t.retracted(c.retracted)}</span>
                  ) : null}
                  {c.note ? <span className="figures__note"> — {c.note[lang]}</span> : null}
                  <SourceList ids={c.sources} />
                  <Corrections record={c.id} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
