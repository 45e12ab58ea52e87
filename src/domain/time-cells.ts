// When does what a layer shows change? Each layer family's filters and paint compare the slider
// time with thresholds (an event's start, an interval's end, a curfew hour). Between two
// consecutive thresholds — a "cell" — every comparison gives the same answer, so the map needs
// the time only when the cell changes, and a tick inside a cell sends nothing (issue 15).
import type { Dataset } from './dataset';
import type { StoryIndex } from './story';
import { DAY_MS, HOUR_MS, RANGE_END, RANGE_START } from './time';
import { upperBound, type TimeIndex } from './time-index';

/** Incidents of the last RECENT_HOURS before the slider time are emphasised on the map. */
export const RECENT_HOURS = 24;

/** The instant from which an event that started at `start` is no longer recent. */
export function recentUntil(start: number): number {
  return start + RECENT_HOURS * HOUR_MS;
}

/** Curfew hours (Almaty time) the curfew layer shows as night: from 23:00 to 07:00. */
export const CURFEW_FROM_HOUR = 23;
export const CURFEW_TO_HOUR = 7;

/** Sorted, distinct times at which what a layer shows may change. */
export interface Boundaries {
  readonly times: Float64Array;
}

/** Returns the boundaries made of the given times (sorted, duplicates and non-numbers dropped). */
export function createBoundaries(times: Iterable<number>): Boundaries {
  const sorted = [...new Set(times)].filter(Number.isFinite).sort((a, b) => a - b);
  return { times: Float64Array.from(sorted) };
}

/** Returns the cell t falls in: 0 before the first boundary, i from the i-th boundary on. */
export function cellOf(b: Boundaries, t: number): number {
  return upperBound(b.times, t);
}

/**
 * Returns a time every threshold at a boundary compares with exactly as t does: the start of
 * t's cell, or an hour before the first boundary while t is before all of them.
 */
export function cellTime(b: Boundaries, t: number): number {
  const i = upperBound(b.times, t);
  if (i > 0) return b.times[i - 1]!;
  return b.times.length > 0 ? b.times[0]! - HOUR_MS : RANGE_START;
}

/** The layer families whose time-bound drawing changes at their own boundaries. */
export interface LayerBoundaries {
  /**
   * Incidents: event starts, and the ends of their recency (recent and older incidents are
   * layers filtered by the same time: src/map/style.ts).
   */
  incidents: Boundaries;
  /** City markers: event counts per city change at event starts. */
  cities: Boundaries;
  /** State of emergency and curfew: interval ends and the nightly curfew hours inside them. */
  regions: Boundaries;
  /** Troop routes: departure and end of withdrawal. */
  routes: Boundaries;
  /** Troop markers: every phase change (they move every tick while arriving or withdrawing). */
  troops: Boundaries;
  /** Site-control markers: interval ends and the end of the uncertain start. */
  sites: Boundaries;
}

/** Returns the curfew-hour boundaries (07:00 and 23:00 each day) from `from` to `to`. */
function curfewHourBoundaries(from: number, to: number): number[] {
  const out: number[] = [];
  const firstDay = Math.floor((from - RANGE_START) / DAY_MS);
  for (let day = RANGE_START + firstDay * DAY_MS; day <= to; day += DAY_MS)
    for (const h of [CURFEW_TO_HOUR, CURFEW_FROM_HOUR]) {
      const t = day + h * HOUR_MS;
      if (t >= from && t <= to) out.push(t);
    }
  return out;
}

/** Returns the boundaries of every time-bound layer family of a dataset. */
export function createLayerBoundaries(
  dataset: Dataset,
  index: TimeIndex,
  story: StoryIndex,
): LayerBoundaries {
  const starts = createBoundaries(index.times);
  const regions: number[] = [];
  const sites: number[] = [];
  for (const s of dataset.status) {
    const ends = [s.from, s.to ?? Number.NaN];
    if (s.layer === 'emergency' || s.layer === 'curfew') regions.push(...ends);
    if (s.layer === 'curfew') regions.push(...curfewHourBoundaries(s.from, s.to ?? RANGE_END));
    if (s.layer === 'site_control') sites.push(...ends, s.fromLatest ?? Number.NaN);
  }
  const routes: number[] = [];
  const troops: number[] = [];
  for (const { schedule: sc } of story.troops) {
    routes.push(sc.depart ?? Number.NaN, sc.withdrawEnd ?? Number.NaN);
    troops.push(...[sc.depart, sc.arrive, sc.withdrawStart, sc.withdrawEnd].map((t) => t ?? NaN));
  }
  return {
    incidents: createBoundaries([...index.times, ...index.times.map(recentUntil)]),
    cities: starts,
    regions: createBoundaries(regions),
    routes: createBoundaries(routes),
    troops: createBoundaries(troops),
    sites: createBoundaries(sites),
  };
}

/** Returns true while any contingent is moving (arriving or withdrawing) at time t. */
export function anyTroopMoving(story: StoryIndex, t: number): boolean {
  return story.troops.some(({ schedule: s }) => {
    const arriving =
      s.depart !== undefined && s.arrive !== undefined && s.depart <= t && t < s.arrive;
    const leaving =
      s.withdrawStart !== undefined &&
      s.withdrawEnd !== undefined &&
      s.withdrawStart <= t &&
      t < s.withdrawEnd;
    return arriving || leaving;
  });
}
