import { gzipSync } from 'node:zlib';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBasemap, type Basemap } from '../../../scripts/basemap';

let basemap: Basemap;
beforeAll(() => {
  basemap = buildBasemap();
}, 60_000);

const inAny = (p: [number, number], fs: readonly Feature[]) =>
  fs.some((f) => booleanPointInPolygon(p, f as Feature<Polygon | MultiPolygon>));

describe('the derived base map (issue 11)', () => {
  it('has Balkhash, the Aral Sea, Zaysan, Alakol and the Kapchagay reservoir as lakes', () => {
    for (const p of [
      [74.3, 46.4],
      [59.5, 45.0],
      [84.0, 48.0],
      [81.7, 46.1],
      // Kapchagay: only in the 1:10m extract (data/basemap/water-10m.geojson).
      [77.5, 43.85],
    ] as [number, number][])
      expect(inAny(p, basemap.lakes.features), String(p)).toBe(true);
  });

  it('has the built-up areas of Almaty and Nur-Sultan, and none away from a city', () => {
    // The city points of data/places.csv, and a point in the steppe west of Nur-Sultan.
    expect(inAny([76.9285, 43.2565], basemap.urban.features)).toBe(true);
    expect(inAny([71.446, 51.1801], basemap.urban.features)).toBe(true);
    expect(inAny([70.5, 51.0], basemap.urban.features)).toBe(false);
    for (const f of basemap.urban.features) expect(f.properties?.['cities']).toMatch(/^[a-z_ ]+$/);
  });

  it('leaves the Caspian as water: no country covers it', () => {
    expect(inAny([50.8, 42.4], basemap.countries.features)).toBe(false);
    expect(inAny([49.5, 44.0], basemap.countries.features)).toBe(false);
    // ...while the land beside it is land.
    expect(inAny([53.0, 43.3], basemap.countries.features)).toBe(true);
  });

  it('names the main lakes and rivers in de, en and ru', () => {
    const named = [...basemap.labels.features, ...basemap.rivers.features]
      .map((f) => f.properties ?? {})
      .filter((p) => p['id']);
    const ids = new Set(named.map((p) => p['id']));
    for (const id of [
      'caspian',
      'aral',
      'balkhash',
      'zaysan',
      'alakol',
      'irtysh',
      'ural',
      'syr_darya',
      'kapchagay',
      'ili',
      'esil',
      'ishim',
    ])
      expect(ids, id).toContain(id);
    for (const p of named) for (const l of ['de', 'en', 'ru']) expect(p[`name_${l}`]).toBeTruthy();
  });

  it('draws Kazakhstan’s border on the same vertices as its regions (one source, no double line)', () => {
    const regionVertices = new Set<string>();
    for (const f of basemap.regions.features) {
      const g = f.geometry;
      for (const poly of g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
        for (const ring of poly) for (const p of ring) regionVertices.add(p.join(','));
    }
    const kzBorder = basemap.borders.features.find(
      (f) => f.properties?.['level'] === 'country' && f.properties['kz'],
    )!;
    const lines = kzBorder.geometry as { coordinates: Position[][] };
    const vertices = lines.coordinates.flat();
    expect(vertices.length).toBeGreaterThan(500);
    for (const p of vertices) expect(regionVertices.has(p.join(',')), String(p)).toBe(true);
  });

  it('labels every neighbour of Kazakhstan', () => {
    const countries = basemap.labels.features
      .filter((f) => f.properties?.['kind'] === 'country')
      .map((f) => f.properties?.['code']);
    for (const c of ['RU', 'CN', 'KG', 'UZ', 'TM']) expect(countries).toContain(c);
  });

  it('clips wider than the data region and stays within 120 kB gzip', () => {
    const [w, s, e, n] = basemap.bounds;
    expect(w).toBeLessThan(24);
    expect(s).toBeLessThan(34);
    expect(e).toBeGreaterThan(92);
    expect(n).toBeGreaterThan(60);
    expect(gzipSync(JSON.stringify(basemap)).length).toBeLessThanOrEqual(120 * 1024);
  });
});
