import type { Place } from '../domain/dataset';
import { countUpTo, countVisibleUpTo, countsByCity } from '../domain/time-index';
import { HOUR_MS } from '../domain/time';
import type { QantarState } from './store';

/** Returns how many events that pass the filters have started by the slider time. */
export const selectVisibleCount = (s: QantarState): number => visibleCountAt(s, s.time);

/** Returns how many events that pass the filters have started by the given time. */
export const visibleCountAt = (s: QantarState, time: number): number =>
  s.hiddenCategories.size + s.hiddenVerifications.size === 0
    ? countUpTo(s.index, time)
    : countVisibleUpTo(s.facets, time, s.hiddenCategories, s.hiddenVerifications);

/** Returns the number of events per city up to the slider time. */
export const selectCityCounts = (s: QantarState): Map<string, number> =>
  countsByCity(s.cities, s.time);

/** Returns the cities of the dataset (places of kind city with coordinates). */
export const selectCities = (s: QantarState): Place[] =>
  s.dataset.places.filter((p) => p.kind === 'city' && p.lon !== undefined && p.lat !== undefined);

/** The sites with a status of their own (the airports): drawn as HTML markers with it. */
export const selectStatusSites = (s: QantarState): Place[] =>
  s.story.sites.map((id) => s.placesById.get(id)).filter((p) => p !== undefined);

/** Bin width of the slider histogram. */
export const HISTOGRAM_BIN_MS = 6 * HOUR_MS;
