// The one module that uses turf: geometry the app derives from the dataset.
import { along, featureCollection, greatCircle, length, lineString, point } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { eventLocation } from './location';
import {
  cityOf,
  eventPosition,
  type Dataset,
  type Category,
  type Place,
  type StatusInterval,
  type Verification,
} from './dataset';
import type { StoryTroop } from './story';
import { hoursSinceStart } from './time';
import { recentUntil } from './time-cells';
import { isEstimatedNote } from './validate/rules/estimated-position';

export interface IncidentProperties {
  id: string;
  /** Hours since the slider start: the number map filters compare with the slider time. */
  h: number;
  /**
   * The hour (since the slider start) from which the event is no longer recent: drawn
   * emphasised while the incidents' time is below it (see RECENT_HOURS). Computed from the
   * same instant as the boundary the map's time is set to then, so the two compare exactly.
   */
  hr: number;
  cat: Category;
  ver: Verification;
  /** `site`: drawn at its point; `city`: drawn as city-level at its city. */
  loc: 'site' | 'city';
}

/**
 * Returns the incidents as one GeoJSON collection, loaded into the map once: every event with
 * a numeric time `h`, a stable id and its location precision `loc`. A site-level event sits at
 * its true point; a city-level one at the city's point (the map draws it as a ring there, never
 * as a made-up point beside it). Region-level and nationwide events have no point on the map.
 */
export function incidentCollection(dataset: Dataset): FeatureCollection<Point, IncidentProperties> {
  const placesById = new Map(dataset.places.map((p) => [p.id, p]));
  const features: Feature<Point, IncidentProperties>[] = [];
  for (const e of dataset.events) {
    const loc = eventLocation(e, placesById);
    if (loc !== 'site' && loc !== 'city') continue;
    const city = cityOf(e.place, placesById);
    const pos =
      loc === 'site'
        ? eventPosition(e, placesById)
        : city
          ? eventPosition({ place: city }, placesById)
          : null;
    if (!pos) continue;
    features.push(
      point(pos, {
        id: e.id,
        h: hoursSinceStart(e.start),
        hr: hoursSinceStart(recentUntil(e.start)),
        cat: e.category,
        ver: e.verification,
        loc,
      }),
    );
  }
  return featureCollection(features);
}

export interface SitePointProperties {
  id: string;
  kind: string;
  /** The city the site belongs to ('' when none): "zoom to the city" frames a city's sites. */
  city: string;
  name_en: string;
  name_de: string;
}

const SITE_KINDS: readonly string[] = ['site', 'airport', 'airfield', 'base'];

/**
 * Returns every site, airport, airfield and base that has coordinates as a point at those
 * coordinates (issue 11: true positions, labelled at city scale); sites without a sourced
 * position have no point and stay city-level. A point whose `coord_note` marks it as estimated
 * is never drawn (the data check refuses it too): a guessed point would read as a true one.
 */
export function sitePointCollection(
  places: readonly Place[],
): FeatureCollection<Point, SitePointProperties> {
  return featureCollection(
    places
      .filter(
        (p) =>
          SITE_KINDS.includes(p.kind) &&
          p.lon !== undefined &&
          p.lat !== undefined &&
          !isEstimatedNote(p.coordNote),
      )
      .map((p) =>
        point([p.lon!, p.lat!], {
          id: p.id,
          kind: p.kind,
          city: p.city ?? '',
          name_en: p.name.en,
          name_de: p.name.de,
        }),
      ),
  );
}

export interface MarkerPointProperties {
  id: string;
  kind: 'city' | 'site';
  name_en: string;
  name_de: string;
}

/**
 * Returns the points of the map's HTML markers (cities, and the sites with a status): the map
 * keeps the labels it draws clear of them and names the cities there at city scale (issue 11).
 */
export function markerPointCollection(
  cities: readonly Place[],
  sites: readonly Place[],
): FeatureCollection<Point, MarkerPointProperties> {
  const feature = (p: Place, kind: MarkerPointProperties['kind']) =>
    point([p.lon!, p.lat!], { id: p.id, kind, name_en: p.name.en, name_de: p.name.de });
  const located = (p: Place) => p.lon !== undefined && p.lat !== undefined;
  return featureCollection([
    ...cities.filter(located).map((p) => feature(p, 'city')),
    ...sites.filter(located).map((p) => feature(p, 'site')),
  ]);
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
  let measured = routeLengths.get(route);
  if (!measured) {
    const line = lineString(route as [number, number][]);
    routeLengths.set(route, (measured = { line, km: length(line) }));
  }
  const p = along(measured.line, measured.km * f).geometry.coordinates;
  return [p[0]!, p[1]!];
}

/** Each route's line and length, measured once: a moving contingent is placed on every tick. */
const routeLengths = new WeakMap<
  readonly [number, number][],
  { line: ReturnType<typeof lineString>; km: number }
>();

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
