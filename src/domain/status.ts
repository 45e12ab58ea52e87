import type { StatusInterval, StatusLayer } from './dataset';

export interface StatusAt {
  interval: StatusInterval;
  /** True while sources disagree whether the status has begun yet (between from and from_latest). */
  uncertain: boolean;
}

/** Returns the intervals of one layer and subject, oldest first. */
export function statusTimeline(
  intervals: readonly StatusInterval[],
  layer: StatusLayer,
  subject: string,
): StatusInterval[] {
  return intervals
    .filter((s) => s.layer === layer && s.subject === subject)
    .sort((a, b) => a.from - b.from);
}

/** Returns the status of a subject on a layer at time t (from inclusive, to exclusive), or null. */
export function statusAt(
  intervals: readonly StatusInterval[],
  layer: StatusLayer,
  subject: string,
  t: number,
): StatusAt | null {
  for (const s of intervals) {
    if (s.layer !== layer || s.subject !== subject) continue;
    if (s.from <= t && (s.to === undefined || t < s.to)) {
      return { interval: s, uncertain: s.fromLatest !== undefined && t < s.fromLatest };
    }
  }
  return null;
}

/** Returns the subjects (site ids, region codes) that have intervals on a layer. */
export function statusSubjects(intervals: readonly StatusInterval[], layer: StatusLayer): string[] {
  return [...new Set(intervals.filter((s) => s.layer === layer).map((s) => s.subject))].sort();
}
