import { isRetractedBy } from '../../domain/claims';
import type { Claim } from '../../domain/dataset';
import { RANGE_END, RANGE_START } from '../../domain/time';

const W = 300;
const H = 70;
const PAD = 4;

/**
 * A small step chart of one metric over 1–20 January: one step line per claimant (figures are
 * never merged across sources), a dot per claim, and a vertical marker at the slider time.
 * Claims dated after the range sit at the right edge.
 */
export function StepChart({
  claims,
  time,
  label,
}: {
  claims: readonly Claim[];
  time: number;
  label: string;
}) {
  const max = Math.max(1, ...claims.map((c) => c.valueMax ?? c.value));
  const x = (t: number) =>
    PAD + ((Math.min(t, RANGE_END) - RANGE_START) / (RANGE_END - RANGE_START)) * (W - 2 * PAD);
  const y = (v: number) => H - PAD - (v / max) * (H - 2 * PAD);
  const byClaimant = new Map<string, Claim[]>();
  for (const c of [...claims].sort((a, b) => a.asOf - b.asOf)) {
    byClaimant.set(c.claimedBy, [...(byClaimant.get(c.claimedBy) ?? []), c]);
  }
  return (
    <svg
      className="step-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="none"
    >
      <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} className="step-chart__axis" />
      {[...byClaimant.values()].map((series) => {
        if (series.length < 2) return null;
        const d = series
          .map((c, i) => (i === 0 ? `M${x(c.asOf)},${y(c.value)}` : `H${x(c.asOf)}V${y(c.value)}`))
          .join(' ');
        return <path key={series[0]!.id} d={d} className="step-chart__line" />;
      })}
      {claims.map((c) => (
        <circle
          key={c.id}
          cx={x(c.asOf)}
          cy={y(c.value)}
          r={2.6}
          className={`step-chart__dot${c.asOf <= time ? ' step-chart__dot--known' : ''}${isRetractedBy(c, time) ? ' step-chart__dot--retracted' : ''}`}
        />
      ))}
      <line x1={x(time)} x2={x(time)} y1={0} y2={H} className="step-chart__now" />
    </svg>
  );
}
