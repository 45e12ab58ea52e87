import { METRICS, type Claim, type Metric } from './dataset';
import { almatyTime } from './time';

/** Returns the claims made up to time t, grouped by metric (every metric present), newest first. */
export function claimsAsOf(claims: readonly Claim[], t: number): Map<Metric, Claim[]> {
  const out = new Map<Metric, Claim[]>(METRICS.map((m) => [m, []]));
  for (const c of claims) if (c.asOf <= t) out.get(c.metric)!.push(c);
  for (const list of out.values()) list.sort((a, b) => b.asOf - a.asOf || a.id.localeCompare(b.id));
  return out;
}

/**
 * Returns, for each claimant, their latest claim for a metric (and contingent) up to t:
 * the figures as each side states them at that moment, never merged into one number.
 * Retracted claims are dropped once their retraction day (Almaty time) is over.
 */
export function latestClaimsByClaimant(
  claims: readonly Claim[],
  metric: Metric,
  t: number,
  filter: (c: Claim) => boolean = () => true,
): Claim[] {
  const latest = new Map<string, Claim>();
  for (const c of claims) {
    if (c.metric !== metric || c.asOf > t || !filter(c)) continue;
    if (c.retracted !== undefined && almatyTime(`${c.retracted}T23:59:59`) <= t) continue;
    const prev = latest.get(c.claimedBy);
    if (!prev || c.asOf > prev.asOf || (c.asOf === prev.asOf && c.id > prev.id))
      latest.set(c.claimedBy, c);
  }
  return [...latest.values()].sort((a, b) => b.asOf - a.asOf || a.id.localeCompare(b.id));
}

/** Returns true when the claim had been retracted by time t (from the start of that day). */
export function isRetractedBy(c: Claim, t: number): boolean {
  return c.retracted !== undefined && almatyTime(c.retracted) <= t;
}
