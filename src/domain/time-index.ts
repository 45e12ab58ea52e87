import { cityOf, type DatedEvent, type Place } from './dataset';
import { compareEvents } from './editorial';
import { HOUR_MS, type EpochMs } from './time';

/** Events sorted by start time, with their start times in a typed array for binary search. */
export interface TimeIndex {
  readonly events: readonly DatedEvent[];
  readonly times: Float64Array;
}

/** Returns a time index over the events (sorted by start; ties: an event after the one it follows, then by id). */
export function createTimeIndex(events: readonly DatedEvent[]): TimeIndex {
  const sorted = [...events].sort(compareEvents);
  return { events: sorted, times: Float64Array.from(sorted, (e) => e.start) };
}

/** Returns the number of sorted times that are <= t (the upper bound). */
export function upperBound(times: Float64Array, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Returns the number of sorted times that are < t (the lower bound). */
export function lowerBound(times: Float64Array, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Returns the hour an event is first shown at (its start, rounded up to the whole hour the
 * slider can stand on) that lies nearest to t and at most `windowMs` away, or t when none is
 * that close. `origin` is the slider's first hour. Used while the slider is dragged, so a
 * thumb on a 360 px track lands on the events, not an hour beside them.
 */
export function snapToEvent(
  times: Float64Array,
  t: number,
  windowMs: number,
  origin: number,
): number {
  let best = t;
  let bestDistance = Infinity;
  for (let i = lowerBound(times, t - windowMs - HOUR_MS); i < times.length; i++) {
    const shown = origin + Math.ceil((times[i]! - origin) / HOUR_MS) * HOUR_MS;
    const distance = Math.abs(shown - t);
    if (shown > t + windowMs) break;
    if (distance <= windowMs && distance < bestDistance) {
      best = shown;
      bestDistance = distance;
    }
  }
  return best;
}

/** Returns how many events started at or before t. */
export function countUpTo(index: TimeIndex, t: number): number {
  return upperBound(index.times, t);
}

/** Returns the events that started in the window (from, to], oldest first. */
export function eventsInWindow(index: TimeIndex, from: number, to: number): readonly DatedEvent[] {
  if (to <= from) return [];
  return index.events.slice(upperBound(index.times, from), upperBound(index.times, to));
}

/** Returns the start of the first event strictly after t, or null if there is none. */
export function nextEventTime(index: TimeIndex, t: number): EpochMs | null {
  const i = upperBound(index.times, t);
  return i < index.times.length ? (index.times[i]! as EpochMs) : null;
}

/** Returns the start of the last event strictly before t, or null if there is none. */
export function previousEventTime(index: TimeIndex, t: number): EpochMs | null {
  const i = lowerBound(index.times, t);
  return i > 0 ? (index.times[i - 1]! as EpochMs) : null;
}

/** Returns event counts per bin of binMs over [from, to); events outside are not counted. */
export function histogram(index: TimeIndex, from: number, to: number, binMs: number): number[] {
  const n = Math.ceil((to - from) / binMs);
  const bins = new Array<number>(n).fill(0);
  for (let i = lowerBound(index.times, from); i < index.times.length; i++) {
    const t = index.times[i]!;
    if (t >= to) break;
    bins[Math.floor((t - from) / binMs)]! += 1;
  }
  return bins;
}

/** Per-city events and start times, so counts and lists at any time cost one binary search per city. */
export interface CityIndex {
  readonly cityIds: readonly string[];
  readonly times: ReadonlyMap<string, Float64Array>;
  readonly events: ReadonlyMap<string, readonly DatedEvent[]>;
}

/** Returns an index of events per city (events at a site count for its city). */
export function createCityIndex(index: TimeIndex, places: readonly Place[]): CityIndex {
  const placesById = new Map(places.map((p) => [p.id, p]));
  const cityIds = places.filter((p) => p.kind === 'city').map((p) => p.id);
  const lists = new Map<string, DatedEvent[]>(cityIds.map((id) => [id, []]));
  for (const e of index.events) {
    const city = cityOf(e.place, placesById);
    if (city) lists.get(city)?.push(e);
  }
  return {
    cityIds,
    events: lists,
    times: new Map([...lists].map(([id, es]) => [id, Float64Array.from(es, (e) => e.start)])),
  };
}

/** Returns the number of events per city that started at or before t. */
export function countsByCity(cities: CityIndex, t: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of cities.cityIds)
    out.set(id, upperBound(cities.times.get(id) ?? new Float64Array(), t));
  return out;
}

/** Returns the events of one city (its own and its sites') up to t, newest first. */
export function cityEventsUpTo(cities: CityIndex, cityId: string, t: number): DatedEvent[] {
  const events = cities.events.get(cityId) ?? [];
  return events.slice(0, upperBound(cities.times.get(cityId) ?? new Float64Array(), t)).reverse();
}

/**
 * Returns up to `limit` events that started at or before t and pass `keep`, newest first,
 * scanning back from t so a long dataset costs only what is shown.
 */
export function latestEventsUpTo(
  index: TimeIndex,
  t: number,
  keep: (e: DatedEvent) => boolean,
  limit = Number.POSITIVE_INFINITY,
): { events: DatedEvent[]; more: boolean } {
  const events: DatedEvent[] = [];
  for (let i = upperBound(index.times, t) - 1; i >= 0; i--) {
    const e = index.events[i]!;
    if (!keep(e)) continue;
    if (events.length === limit) return { events, more: true };
    events.push(e);
  }
  return { events, more: false };
}

/** Start times per category and verification, so filtered counts stay binary searches. */
export interface FacetIndex {
  readonly facets: readonly { category: string; verification: string; times: Float64Array }[];
}

/** Returns an index of event start times per (category, verification) pair. */
export function createFacetIndex(index: TimeIndex): FacetIndex {
  const lists = new Map<string, { category: string; verification: string; starts: number[] }>();
  for (const e of index.events) {
    const key = `${e.category}|${e.verification}`;
    const entry = lists.get(key) ?? {
      category: e.category,
      verification: e.verification,
      starts: [],
    };
    entry.starts.push(e.start);
    lists.set(key, entry);
  }
  return {
    facets: [...lists.values()].map(({ category, verification, starts }) => ({
      category,
      verification,
      times: Float64Array.from(starts),
    })),
  };
}

/** Returns true when an event passes the category and verification filters. */
export function passesFilters(
  e: { category: string; verification: string },
  hiddenCategories: ReadonlySet<string>,
  hiddenVerifications: ReadonlySet<string>,
): boolean {
  return !hiddenCategories.has(e.category) && !hiddenVerifications.has(e.verification);
}

/** Returns how many events that pass the filters started at or before t. */
export function countVisibleUpTo(
  index: FacetIndex,
  t: number,
  hiddenCategories: ReadonlySet<string>,
  hiddenVerifications: ReadonlySet<string>,
): number {
  let n = 0;
  for (const f of index.facets)
    if (passesFilters(f, hiddenCategories, hiddenVerifications)) n += upperBound(f.times, t);
  return n;
}
