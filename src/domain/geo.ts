// The one module that uses turf: geometry the app derives from the dataset.
import {
  along,
  destination,
  featureCollection,
  greatCircle,
  length,
  lineString,
  point,
} from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import {
  eventPosition,
  type Dataset,
  type Category,
  type StatusInterval,
  type Verification,
} from './dataset';
import type { StoryTroop } from './story';
import { hoursSinceStart } from './time';

export interface IncidentProperties {
  id: string;
  /** Hours since the slider start: the number map filters compare with the slider time. */
  h: number;
  cat: Category;
  ver: Verification;
}

const GOLDEN_ANGLE = 137.508;

/** Returns the i-th point of a sunflower spiral around a centre, so stacked events stay apart. */
export function spreadAround(center: [number, number], i: number, stepKm = 2.2): [number, number] {
  if (i === 0) return center;
  const p = destination(point(center), stepKm * Math.sqrt(i), ((i * GOLDEN_ANGLE) % 360) - 180, {
    units: 'kilometers',
  });
  const [lon, lat] = p.geometry.coordinates;
  return [Math.round(lon! * 1e5) / 1e5, Math.round(lat! * 1e5) / 1e5];
}

/**
 * Returns the incidents as one GeoJSON collection, loaded into the map once: every event with
 * a position gets a numeric time `h` and a stable id; events at the same spot are spread out.
 * Nationwide events (no position) are not drawn; they are listed in the text view.
 */
export function incidentCollection(dataset: Dataset): FeatureCollection<Point, IncidentProperties> {
  const placesById = new Map(dataset.places.map((p) => [p.id, p]));
  const perSpot = new Map<string, number>();
  const features: Feature<Point, IncidentProperties>[] = [];
  for (const e of dataset.events) {
    const pos = eventPosition(e, placesById);
    if (!pos) continue;
    const key = pos.join(',');
    const i = perSpot.get(key) ?? 0;
    perSpot.set(key, i + 1);
    features.push(
      point(spreadAround(pos, i), {
        id: e.id,
        h: hoursSinceStart(e.start),
        cat: e.category,
        ver: e.verification,
      }),
    );
  }
  return featureCollection(features);
}

/** Returns the great-circle route between two points as a list of positions. */
export function greatCircleRoute(
  from: [number, number],
  to: [number, number],
  npoints = 48,
): [number, number][] {
  if (from[0] === to[0] && from[1] === to[1]) return [from, to];
  const line = greatCircle(point(from), point(to), { npoints });
  const coords =
    line.geometry.type === 'LineString'
      ? line.geometry.coordinates
      : line.geometry.coordinates.flat();
  return coords.map((c) => [Math.round(c[0]! * 1e4) / 1e4, Math.round(c[1]! * 1e4) / 1e4]);
}

/** Returns the point at a fraction (0..1) of a route's length. */
export function pointAlong(route: readonly [number, number][], fraction: number): [number, number] {
  const f = Math.min(1, Math.max(0, fraction));
  if (route.length < 2 || f === 0) return route[0]!;
  if (f === 1) return route[route.length - 1]!;
  const line = lineString(route as [number, number][]);
  const p = along(line, length(line) * f).geometry.coordinates;
  return [p[0]!, p[1]!];
}

/** Hours value used for "never ends" in map filters (beyond any slider time). */
export const OPEN_END_HOURS = 1e6;

export interface RegionStatusProperties {
  id: string;
  layer: 'emergency' | 'curfew';
  code: string;
  from: number;
  to: number;
}

/**
 * Returns one region polygon per state-of-emergency or curfew interval, with the interval in
 * hours since the slider start, so the map shows the status at any time with a filter alone.
 */
export function regionStatusCollection(
  status: readonly StatusInterval[],
  regions: FeatureCollection<Polygon | MultiPolygon>,
): FeatureCollection<Polygon | MultiPolygon, RegionStatusProperties> {
  const byCode = new Map(regions.features.map((f) => [String(f.properties?.['code']), f.geometry]));
  const features: Feature<Polygon | MultiPolygon, RegionStatusProperties>[] = [];
  for (const s of status) {
    if (s.layer !== 'emergency' && s.layer !== 'curfew') continue;
    const geometry = byCode.get(s.subject);
    if (!geometry) continue;
    features.push({
      type: 'Feature',
      geometry,
      properties: {
        id: s.id,
        layer: s.layer,
        code: s.subject,
        from: hoursSinceStart(s.from),
        to: s.to === undefined ? OPEN_END_HOURS : hoursSinceStart(s.to),
      },
    });
  }
  return featureCollection(features);
}

export interface TroopRouteProperties {
  id: string;
  country: string;
  depart: number;
  withdrawEnd: number;
}

/** Returns the contingents' great-circle routes with their schedule in hours since the start. */
export function troopRouteCollection(
  troops: readonly StoryTroop[],
): FeatureCollection<LineString, TroopRouteProperties> {
  return featureCollection(
    troops.map((t) =>
      lineString(t.route.line, {
        id: t.contingent.id,
        country: t.contingent.country,
        depart:
          t.schedule.depart === undefined ? OPEN_END_HOURS : hoursSinceStart(t.schedule.depart),
        withdrawEnd:
          t.schedule.withdrawEnd === undefined
            ? OPEN_END_HOURS
            : hoursSinceStart(t.schedule.withdrawEnd),
      }),
    ),
  );
}
