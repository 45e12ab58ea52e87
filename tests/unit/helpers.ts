// Small hand-made domain objects for unit tests. Real objects with sensible defaults, never
// mocks: each test overrides only the fields its behaviour depends on.
import type { Dataset, DatedEvent, Place } from '../../src/domain/dataset';
import type { EpochMs } from '../../src/domain/time';

/** Returns the epoch of an ISO time with offset, e.g. at('2022-01-05T22:00+06:00'). */
export function at(iso: string): EpochMs {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`test helper at(): not a time: ${iso}`);
  return t as EpochMs;
}

/** Returns a place; by default a city in Almaty region at Almaty's coordinates. */
export function place(overrides: Partial<Place> & Pick<Place, 'id'>): Place {
  return {
    kind: 'city',
    name: { en: overrides.id, de: overrides.id, ru: overrides.id },
    region: 'KZ-AA',
    ...overrides,
  };
}

let eventCounter = 0;

/** Returns an exact-time protest event in Almaty on 5 January 2022 at noon, unless overridden. */
export function event(overrides: Partial<DatedEvent> = {}): DatedEvent {
  eventCounter += 1;
  return {
    id: `ev-${String(eventCounter).padStart(4, '0')}`,
    start: at('2022-01-05T12:00+06:00'),
    precision: 'exact',
    offsetMinutes: 360,
    place: 'almaty',
    category: 'protest',
    summary: { en: 'Test event', de: 'Testereignis' },
    claimedBy: 'Test source',
    claimantKind: 'independent_media',
    verification: 'independent',
    sources: ['src-test'],
    ...overrides,
  };
}

/** Returns a dataset with empty tables except those given. */
export function dataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    places: [],
    events: [],
    sources: [],
    claims: [],
    status: [],
    deployments: [],
    deploymentSites: [],
    corrections: [],
    ...overrides,
  };
}

/** A few places: two cities, a site in Almaty with and without coordinates, a region, the country. */
export const PLACES = {
  almaty: place({ id: 'almaty', kind: 'city', lon: 76.95, lat: 43.25, region: 'KZ-AA' }),
  aktobe: place({ id: 'aktobe', kind: 'city', lon: 57.2, lat: 50.3, region: 'KZ-AT' }),
  akimat: place({
    id: 'almaty-akimat',
    kind: 'site',
    lon: 76.946,
    lat: 43.238,
    region: 'KZ-AA',
    city: 'almaty',
  }),
  airport: place({ id: 'almaty-airport', kind: 'airport', region: 'KZ-AA', city: 'almaty' }),
  region: place({ id: 'kz-ma', kind: 'region', lon: 53.0, lat: 44.0, region: 'KZ-MG' }),
  country: place({ id: 'kz', kind: 'country', region: 'KZ' }),
} as const;

/** Returns a lookup from place id to place, as the store builds it. */
export function byId(places: readonly Place[]): Map<string, Place> {
  return new Map(places.map((p) => [p.id, p]));
}
