import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { project } from '../src/map/opening-camera';
import type { FirstViewData } from '../src/map/first-view-data';
import type { Basemap } from './basemap';

/**
 * The first-view picture (issue 15): the base map, projected to Web Mercator world units and
 * simplified for the opening zooms, as SVG path data. The app draws it before maplibre has
 * loaded, at the camera maplibre will open on, so the reader sees the map at once and the
 * real map takes over in place.
 */

/** What the opening cameras show (Kazakhstan and its neighbours), with a margin. */
const VIEW: [number, number, number, number] = [28, 30, 100, 62];
/**
 * About one pixel at zoom 6, the closest opening camera (story step 1 on desktops); the
 * neighbours' outlines, far from where the story is, are drawn coarser.
 */
const TOLERANCE = 0.02;
const TOLERANCE_FAR = 0.06;
const PRECISION = 100;

const num = (v: number) => {
  const r = Math.round(v * PRECISION) / PRECISION;
  return String(r).replace(/^(-?)0\./, '$1.');
};

/** One ring or line as relative path data: "M x y l dx dy …" (and "z" when closed). */
function pathOf(line: Position[], closed: boolean, tolerance: number): string {
  const q = line.map(([lon, lat]) => project(lon!, lat!).map((v) => Math.round(v * PRECISION)));
  const simplified = turf.simplify(turf.lineString(q.length > 1 ? q : [q[0]!, q[0]!]), {
    tolerance: tolerance * PRECISION,
    highQuality: true,
  }).geometry.coordinates;
  if (simplified.length < (closed ? 4 : 2)) return '';
  let d = `M${num(simplified[0]![0]! / PRECISION)} ${num(simplified[0]![1]! / PRECISION)}`;
  let [px, py] = simplified[0]!;
  for (const [x, y] of simplified.slice(1, closed ? -1 : undefined)) {
    const dx = num((x! - px!) / PRECISION);
    const dy = num((y! - py!) / PRECISION);
    d += `l${dx}${dy.startsWith('-') ? '' : ' '}${dy}`;
    [px, py] = [x, y];
  }
  return closed ? `${d}z` : d;
}

function linesOf(g: Geometry): { lines: Position[][]; closed: boolean } {
  switch (g.type) {
    case 'Polygon':
      return { lines: g.coordinates, closed: true };
    case 'MultiPolygon':
      return { lines: g.coordinates.flat(), closed: true };
    case 'LineString':
      return { lines: [g.coordinates], closed: false };
    case 'MultiLineString':
      return { lines: g.coordinates, closed: false };
    default:
      return { lines: [], closed: false };
  }
}

function pathData(features: Feature[], tolerance = TOLERANCE): string {
  const parts: string[] = [];
  for (const f of features) {
    if (!f.geometry) continue;
    const clipped = turf.bboxClip(f as Feature<never>, VIEW).geometry as Geometry;
    const { lines, closed } = linesOf(clipped);
    for (const line of lines) if (line.length > 1) parts.push(pathOf(line, closed, tolerance));
  }
  return parts.filter((p) => p !== '').join('');
}

const where = (fc: FeatureCollection, test: (p: Record<string, unknown>) => boolean) =>
  fc.features.filter((f) => test((f.properties ?? {}) as Record<string, unknown>));

export function buildFirstView(basemap: Basemap): FirstViewData {
  return {
    land: pathData(
      where(basemap.countries, (p) => !p['kz']),
      TOLERANCE_FAR,
    ),
    kazakhstan: pathData(where(basemap.countries, (p) => p['kz'] === true)),
    lakes: pathData(basemap.lakes.features),
    rivers: pathData(basemap.rivers.features),
    regionLines: pathData(where(basemap.borders, (p) => p['level'] === 'region')),
    borders: pathData(
      where(basemap.borders, (p) => p['level'] === 'country' && !p['kz']),
      TOLERANCE_FAR,
    ),
    kzBorder: pathData(where(basemap.borders, (p) => p['level'] === 'country' && p['kz'] === true)),
  };
}
