// Location precision (issue 11): how exactly a source locates an event. The map draws an event
// at a point only when a source puts it at a site (or gives its own point); an event known only
// to the city is drawn as city-level at the city, never as a made-up point.
import type { DatedEvent, Place } from './dataset';

export const LOCATION_PRECISIONS = ['site', 'city', 'region', 'national'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

const RANK: Record<LocationPrecision, number> = { site: 0, city: 1, region: 2, national: 3 };

/**
 * Returns the finest location precision an event's place supports: `site` with coordinates
 * (the event's own or its place's), `city` for a city or a site without coordinates that
 * belongs to a city, `region` for a region, `national` for the country or an unknown place.
 */
export function finestLocation(
  event: Pick<DatedEvent, 'place' | 'lon' | 'lat'>,
  placesById: ReadonlyMap<string, Place>,
): LocationPrecision {
  if (event.lon !== undefined && event.lat !== undefined) return 'site';
  const place = placesById.get(event.place);
  if (!place || place.kind === 'country') return 'national';
  if (place.kind === 'region') return 'region';
  if (place.kind === 'city') return 'city';
  if (place.lon !== undefined && place.lat !== undefined) return 'site';
  return place.city ? 'city' : 'region';
}

/** Returns the event's location precision: as stored, or else the finest its place supports. */
export function eventLocation(
  event: Pick<DatedEvent, 'place' | 'lon' | 'lat' | 'location'>,
  placesById: ReadonlyMap<string, Place>,
): LocationPrecision {
  return event.location ?? finestLocation(event, placesById);
}

/** Returns whether a stored precision claims more than the place can show (e.g. `site` at a city). */
export function isFinerThanPlace(
  location: LocationPrecision,
  event: Pick<DatedEvent, 'place' | 'lon' | 'lat'>,
  placesById: ReadonlyMap<string, Place>,
): boolean {
  return RANK[location] < RANK[finestLocation(event, placesById)];
}
