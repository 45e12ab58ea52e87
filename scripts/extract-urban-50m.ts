// Writes data/basemap/urban-50m.geojson: the built-up areas of the cities on the map, from
// Natural Earth 4.1's 1:50m urban areas (public domain; derived from MODIS satellite data,
// about 2002). At city scale the map had nothing to show where Almaty or Nur-Sultan is built up,
// only the administrative boundary (issue 11). No npm package ships this layer, so the extract
// is checked in; the base-map build (scripts/basemap.ts) reads it.
//
// Run once by hand, with the GeoJSON file of the layer, for example from
// github.com/martynafford/natural-earth-geojson (CC0), 50m/cultural/ne_50m_urban_areas.json at
// 0b9a6ce:
//   npx tsx scripts/extract-urban-50m.ts ne_50m_urban_areas.json
// It keeps each urban area that contains a city of data/places.csv, and fails if Almaty or
// Nur-Sultan has none.
import { readFileSync, writeFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { parseCsv } from '../src/domain/csv';

const REQUIRED = ['almaty', 'nur_sultan'];
const round = (n: number) => Math.round(n * 1e4) / 1e4;

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx scripts/extract-urban-50m.ts ne_50m_urban_areas.json');
  process.exit(2);
}
const [header, ...records] = parseCsv(readFileSync('data/places.csv', 'utf8')).records;
const cols = header!.cells;
const cities = records
  .map((r) => Object.fromEntries(cols.map((c, i) => [c, r.cells[i] ?? ''])))
  .filter((p) => p['kind'] === 'city' && p['lon'] && p['lat'])
  .map((p) => ({ id: p['id']!, point: turf.point([Number(p['lon']), Number(p['lat'])]) }));

const areas = (JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection).features.filter(
  (f): f is Feature<Polygon | MultiPolygon> =>
    f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
);
const features: Feature[] = [];
const found = new Set<string>();
for (const f of areas) {
  const inside = cities.filter((c) => turf.booleanPointInPolygon(c.point, f));
  if (inside.length === 0) continue;
  for (const c of inside) found.add(c.id);
  features.push({
    type: 'Feature',
    geometry: JSON.parse(JSON.stringify(f.geometry), (_k, v: unknown) =>
      typeof v === 'number' ? round(v) : v,
    ) as Polygon | MultiPolygon,
    properties: { cities: inside.map((c) => c.id).join(' '), featurecla: 'Urban area' },
  });
}
for (const id of REQUIRED) if (!found.has(id)) throw new Error(`${file}: no urban area at ${id}`);
const out: FeatureCollection = { type: 'FeatureCollection', features };
writeFileSync('data/basemap/urban-50m.geojson', `${JSON.stringify(out)}\n`);
console.log(
  `data/basemap/urban-50m.geojson: ${features.length} urban areas, at ${[...found].sort().join(', ')}`,
);
