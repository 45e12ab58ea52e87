import { describe, expect, it } from 'vitest';
import { cityOf, eventPosition } from '../../../src/domain/dataset';
import { incidentCollection, sitePointCollection } from '../../../src/domain/geo';
import { PLACES, at, byId, dataset, event, place } from '../helpers';

const places = byId(Object.values(PLACES));

describe('eventPosition', () => {
  it('uses the event’s own point first', () => {
    expect(eventPosition({ place: 'almaty', lon: 76.9, lat: 43.2 }, places)).toEqual([76.9, 43.2]);
  });

  it('uses the event’s own point even at a country-wide place', () => {
    expect(eventPosition({ place: 'kz', lon: 71.4, lat: 51.1 }, places)).toEqual([71.4, 51.1]);
  });

  it('uses the place’s coordinates when the event has none', () => {
    expect(eventPosition({ place: 'almaty-akimat' }, places)).toEqual([76.946, 43.238]);
  });

  it('falls back to the city of a site without coordinates', () => {
    expect(eventPosition({ place: 'almaty-airport' }, places)).toEqual([76.95, 43.25]);
  });

  it('uses a region’s coordinates', () => {
    expect(eventPosition({ place: 'kz-ma' }, places)).toEqual([53.0, 44.0]);
  });

  it('returns null for a country-wide event', () => {
    expect(eventPosition({ place: 'kz' }, places)).toBeNull();
  });

  it('returns null for a country-wide event even when the country has a centroid', () => {
    const kz = place({ id: 'kz-centroid', kind: 'country', lon: 67, lat: 48 });
    expect(eventPosition({ place: 'kz-centroid' }, byId([kz]))).toBeNull();
  });

  it('returns null for an unknown place', () => {
    expect(eventPosition({ place: 'nowhere' }, places)).toBeNull();
  });

  it('returns null for a place without coordinates and without a city', () => {
    const lost = place({ id: 'lost-site', kind: 'site' });
    expect(eventPosition({ place: 'lost-site' }, byId([lost]))).toBeNull();
  });

  it('ignores half a point (lon without lat) and uses the place', () => {
    expect(eventPosition({ place: 'almaty', lon: 1 }, places)).toEqual([76.95, 43.25]);
  });
});

describe('cityOf', () => {
  it('returns a city’s own id', () => {
    expect(cityOf('almaty', places)).toBe('almaty');
  });

  it('returns the city of a site', () => {
    expect(cityOf('almaty-akimat', places)).toBe('almaty');
  });

  it('returns the city of an airport without coordinates', () => {
    expect(cityOf('almaty-airport', places)).toBe('almaty');
  });

  it('returns null for a region', () => {
    expect(cityOf('kz-ma', places)).toBeNull();
  });

  it('returns null for the country', () => {
    expect(cityOf('kz', places)).toBeNull();
  });

  it('returns null for an unknown place', () => {
    expect(cityOf('nowhere', places)).toBeNull();
  });

  it('returns null for a site whose city is not a city', () => {
    const odd = place({ id: 'odd-site', kind: 'site', city: 'kz-ma' });
    expect(cityOf('odd-site', byId([...Object.values(PLACES), odd]))).toBeNull();
  });

  it('returns null for a site whose city does not exist', () => {
    const orphan = place({ id: 'orphan-site', kind: 'site', city: 'atlantis' });
    expect(cityOf('orphan-site', byId([orphan]))).toBeNull();
  });
});

describe('incidentCollection', () => {
  it('makes one point feature per positioned event', () => {
    const ds = dataset({
      places: Object.values(PLACES),
      events: [event({ id: 'e1', place: 'almaty' }), event({ id: 'e2', place: 'aktobe' })],
    });
    const fc = incidentCollection(ds);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.properties.id)).toEqual(['e1', 'e2']);
    expect(fc.features.map((f) => f.geometry.type)).toEqual(['Point', 'Point']);
  });

  it('places a lone event at its position', () => {
    const ds = dataset({ places: Object.values(PLACES), events: [event({ place: 'aktobe' })] });
    expect(incidentCollection(ds).features[0]?.geometry.coordinates).toEqual([57.2, 50.3]);
  });

  it('sets h to the hours since 2022-01-01T00:00+06:00', () => {
    const ds = dataset({
      places: Object.values(PLACES),
      events: [event({ start: at('2022-01-05T22:30+06:00') })],
    });
    expect(incidentCollection(ds).features[0]?.properties.h).toBe(4 * 24 + 22.5);
  });

  it('carries the category and verification', () => {
    const ds = dataset({
      places: Object.values(PLACES),
      events: [event({ category: 'arrests', verification: 'official_claim' })],
    });
    expect(incidentCollection(ds).features[0]?.properties).toMatchObject({
      cat: 'arrests',
      ver: 'official_claim',
    });
  });

  it('carries exactly id, h, hr (the hour its recency ends), cat, ver and loc as properties', () => {
    const ds = dataset({
      places: Object.values(PLACES),
      events: [event({ id: 'e1', start: at('2022-01-01T01:00+06:00') })],
    });
    expect(incidentCollection(ds).features[0]?.properties).toEqual({
      id: 'e1',
      h: 1,
      hr: 25,
      cat: 'protest',
      ver: 'independent',
      loc: 'city',
    });
  });

  it('draws stacked city-level events at the city point itself, never spread around it', () => {
    const ds = dataset({
      places: Object.values(PLACES),
      events: [event({ place: 'almaty' }), event({ place: 'almaty' }), event({ place: 'almaty' })],
    });
    const features = incidentCollection(ds).features;
    expect(features.map((f) => f.geometry.coordinates.join(','))).toEqual([
      '76.95,43.25',
      '76.95,43.25',
      '76.95,43.25',
    ]);
    expect(features.map((f) => f.properties.loc)).toEqual(['city', 'city', 'city']);
  });

  it('draws an event at a site without coordinates as city-level at its city', () => {
    const ds = dataset({
      places: Object.values(PLACES),
      events: [event({ place: 'almaty-airport' })],
    });
    const [f] = incidentCollection(ds).features;
    expect(f?.geometry.coordinates).toEqual([76.95, 43.25]);
    expect(f?.properties.loc).toBe('city');
  });

  it('draws an event at a site with coordinates at the site, site-level', () => {
    const ds = dataset({
      places: Object.values(PLACES),
      events: [event({ place: 'almaty-akimat' })],
    });
    const [f] = incidentCollection(ds).features;
    expect(f?.geometry.coordinates).toEqual([76.946, 43.238]);
    expect(f?.properties.loc).toBe('site');
  });

  it('draws a stored city-level event at a site at the city, not at the site', () => {
    const ds = dataset({
      places: Object.values(PLACES),
      events: [event({ place: 'almaty-akimat', location: 'city' })],
    });
    expect(incidentCollection(ds).features[0]?.geometry.coordinates).toEqual([76.95, 43.25]);
  });

  it('has no point for a region-level event', () => {
    const ds = dataset({ places: Object.values(PLACES), events: [event({ place: 'kz-ma' })] });
    expect(incidentCollection(ds).features).toEqual([]);
  });

  it('does not spread events at different spots', () => {
    const ds = dataset({
      places: Object.values(PLACES),
      events: [event({ place: 'almaty' }), event({ place: 'aktobe' })],
    });
    expect(incidentCollection(ds).features.map((f) => f.geometry.coordinates)).toEqual([
      [76.95, 43.25],
      [57.2, 50.3],
    ]);
  });

  it('skips nationwide events', () => {
    const ds = dataset({
      places: Object.values(PLACES),
      events: [event({ id: 'national', place: 'kz' }), event({ id: 'local', place: 'almaty' })],
    });
    expect(incidentCollection(ds).features.map((f) => f.properties.id)).toEqual(['local']);
  });

  it('is empty for a dataset without events', () => {
    expect(incidentCollection(dataset({ places: Object.values(PLACES) })).features).toEqual([]);
  });
});

describe('sitePointCollection', () => {
  const site = (id: string, extra: Partial<Parameters<typeof place>[0]>) =>
    place({ id, kind: 'site', region: 'KZ-AC', city: 'almaty', ...extra });

  it('draws a site with a sourced point, never one whose point is marked as estimated', () => {
    const fc = sitePointCollection([
      PLACES.almaty,
      site('sourced', { lon: 76.94, lat: 43.24, coordNote: 'OpenStreetMap way 123 (ODbL)' }),
      site('estimated', { lon: 76.95, lat: 43.23, coordNote: 'ESTIMATED from descriptions' }),
      site('approximate', { lon: 76.94, lat: 43.23, coordNote: 'Approximate point' }),
      site('city-level', { coordNote: 'The earlier point was estimated; no coordinates.' }),
    ]);
    expect(fc.features.map((f) => f.properties.id)).toEqual(['sourced']);
    expect(fc.features[0]?.geometry.coordinates).toEqual([76.94, 43.24]);
  });
});
