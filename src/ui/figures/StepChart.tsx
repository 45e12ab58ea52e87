import { isRetractedBy } from '../../domain/claims';
import type { Claim } from '../../domain/dataset';
import { formatNumber, formatShortDate, type Lang } from '../../domain/format';
import { DAY_MS, RANGE_END, RANGE_START, type EpochMs } from '../../domain/time';

const W = 300;
const H = 70;
const PAD = 4;

/**
 * A small step chart of one metric over 1–20 January: one step line per claimant (figures are
 * never merged across sources), a dot per claim, and a vertical marker at the slider time.
 * Claims dated after the range sit at the right edge. The axes carry their values (0 and the
 * largest figure, three dates) as HTML beside the stretched drawing, so the text is not distorted.
 */
export function StepChart({
  claims,
  time,
  label,
  lang,
}: {
  claims: readonly Claim[];
  time: number;
  label: string;
  lang: Lang;
}) {
  const max = Math.max(1, ...claims.map((c) => c.valueMax ?? c.value));
  const x = (t: number) =>
    PAD + ((Math.min(t, RANGE_END) - RANGE_START) / (RANGE_END - RANGE_START)) * (W - 2 * PAD);
  const y = (v: number) => H - PAD - (v / max) * (H - 2 * PAD);
  const byClaimant = new Map<string, Claim[]>();
  for (const c of [...claims].sort((a, b) => a.asOf - b.asOf)) {
    byClaimant.set(c.claimedBy, [...(byClaimant.get(c.claimedBy) ?? []), c]);
  }
  const days = [RANGE_START, RANGE_START + 9 * DAY_MS, RANGE_START + 19 * DAY_MS];
  return (
    <div className="step-chart">
      <span className="step-chart__max" aria-hidden="true">
        {formatNumber(max, lang)}
      </span>
      <span className="step-chart__zero" aria-hidden="true">
        0
      </span>
      <svg
        className="step-chart__plot"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={label}
        preserveAspectRatio="none"
      >
        <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} className="step-chart__axis" />
        {[...byClaimant.values()].map((series) => {
          if (series.length < 2) return null;
          const d = series
            .map((c, i) =>
              i === 0 ? `M${x(c.asOf)},${y(c.value)}` : `H${x(c.asOf)}V${y(c.value)}`,
            )
            .join(' ');
          return <path key={series[0]!.id} d={d} className="step-chart__line" />;
        })}
        {/* A dot as a zero-length round-capped stroke: stays round in the stretched drawing. */}
        {claims.map((c) => (
          <path
            key={c.id}
            d={`M${x(c.asOf)},${y(c.value)}h0`}
            className={`step-chart__dot${c.asOf <= time ? ' step-chart__dot--known' : ''}${isRetractedBy(c, time) ? ' step-chart__dot--retracted' : ''}`}
          />
        ))}
        <line x1={x(time)} x2={x(time)} y1={0} y2={H} className="step-chart__now" />
      </svg>
      <span className="step-chart__days" aria-hidden="true">
        {days.map((d) => (
          <span key={d} style={{ left: `${(x(d) / W) * 100}%` }}>
            {formatShortDate(d as EpochMs, lang)}
          </span>
        ))}
      </span>
    </div>
  );
}
