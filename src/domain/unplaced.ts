// Nationwide and region-wide events (issue 11): they have no point on the map, so the map
// shows them in a tray of their own, with the same time, filters and selection as the rest.
import type { DatedEvent, Place } from './dataset';
import { eventLocation } from './location';
import { createTimeIndex, latestEventsUpTo, passesFilters, type TimeIndex } from './time-index';

/** Returns a time index of the events located only to a region or the whole country. */
export function unplacedIndex(index: TimeIndex, placesById: ReadonlyMap<string, Place>): TimeIndex {
  return createTimeIndex(
    index.events.filter((e) => {
      const loc = eventLocation(e, placesById);
      return loc === 'region' || loc === 'national';
    }),
  );
}

/** Returns the unplaced events up to t that pass the filters, newest first (up to `limit`). */
export function unplacedUpTo(
  unplaced: TimeIndex,
  t: number,
  hiddenCategories: ReadonlySet<string>,
  hiddenVerifications: ReadonlySet<string>,
  limit = Number.POSITIVE_INFINITY,
): { events: DatedEvent[]; more: boolean } {
  return latestEventsUpTo(
    unplaced,
    t,
    (e) => passesFilters(e, hiddenCategories, hiddenVerifications),
    limit,
  );
}
