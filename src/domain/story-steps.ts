// The story: data/story.csv, one row per step (data/README.md, "story.csv"). Parsed and
// validated here, on its own, so the table can be edited without touching the other tables'
// checks; problems use the validator's file:row:column shape.
import { parseCsv } from './csv';
import type { Localized, Place } from './dataset';
import {
  EXAMPLE_DATA_TIME,
  parseIsoWithOffset,
  RANGE_END,
  RANGE_START,
  type EpochMs,
} from './time';
import type { Problem } from './validate/problem';

export const STORY_FILE = 'story.csv';

/** Layer names a step may switch on (the same names as the `layers` URL parameter). */
export const STORY_LAYERS = [
  'incidents',
  'places',
  'sites',
  'troops',
  'emergency',
  'internet',
] as const;
export type StoryLayer = (typeof STORY_LAYERS)[number];

/** A camera as written in a step: a centre and zoom, or a place to centre on. */
export type StoryCamera =
  { kind: 'view'; lon: number; lat: number; zoom: number } | { kind: 'place'; place: string };

export interface StoryStep {
  id: string;
  /** The instant the step shows, or the start of the window it plays through. */
  time: EpochMs;
  /** The end of the window, when the step plays through one. */
  end?: EpochMs;
  camera: StoryCamera;
  /** The camera on phones (narrow maps). */
  phoneCamera: StoryCamera;
  layers: StoryLayer[];
  places: string[];
  events: string[];
  claims: string[];
  /** The events the step's text summarises. */
  cites: string[];
  title: Localized;
  text: Localized;
  alt: Localized;
}

export const STORY_COLUMNS = {
  required: [
    'id',
    'time',
    'camera',
    'layers',
    'cites',
    'title_en',
    'title_de',
    'text_en',
    'text_de',
    'alt_en',
    'alt_de',
  ],
  optional: ['end', 'camera_phone', 'places', 'events', 'claims'],
} as const;

/** The ids a step may refer to. */
export interface StoryRefs {
  events: ReadonlySet<string>;
  places: ReadonlySet<string>;
  claims: ReadonlySet<string>;
  /** When each event starts: a step names nothing that happens after it (no spoilers). */
  eventStarts?: ReadonlyMap<string, number>;
}

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const DATA_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
/** The map's zoom limits (src/map/adapter.ts). */
export const STORY_ZOOM = { min: 1.5, max: 12 } as const;

/** Parses a camera cell: `lon,lat,zoom` or a place id; returns an error text when invalid. */
export function parseStoryCamera(cell: string): StoryCamera | string {
  const v = cell.trim();
  if (v.includes(',')) {
    const parts = v.split(',').map((p) => p.trim());
    if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p)))
      return 'bad camera; expected lon,lat,zoom (e.g. 76.93,43.26,9) or a place id';
    const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
    if (lon < -180 || lon > 180 || lat < -85 || lat > 85)
      return 'bad camera; lon must lie within -180–180 and lat within -85–85';
    if (zoom < STORY_ZOOM.min || zoom > STORY_ZOOM.max)
      return `bad camera; zoom must lie within ${STORY_ZOOM.min}–${STORY_ZOOM.max}`;
    return { kind: 'view', lon, lat, zoom };
  }
  if (!ID.test(v)) return 'bad camera; expected lon,lat,zoom (e.g. 76.93,43.26,9) or a place id';
  return { kind: 'place', place: v };
}

/** Zoom used when a camera names a place, by the kind of place. */
const PLACE_ZOOM: Record<Place['kind'], number> = {
  city: 8,
  site: 10,
  airport: 10,
  airfield: 8,
  base: 8,
  region: 6,
  country: 3.6,
};

/** Returns the centre and zoom of a camera, or null when its place has no coordinates. */
export function resolveStoryCamera(
  camera: StoryCamera,
  placesById: ReadonlyMap<string, Place>,
): { lon: number; lat: number; zoom: number } | null {
  if (camera.kind === 'view') return { lon: camera.lon, lat: camera.lat, zoom: camera.zoom };
  const place = placesById.get(camera.place);
  if (!place) return null;
  const located =
    place.lon !== undefined && place.lat !== undefined
      ? place
      : place.city
        ? placesById.get(place.city)
        : undefined;
  if (located?.lon === undefined || located.lat === undefined) return null;
  return { lon: located.lon, lat: located.lat, zoom: PLACE_ZOOM[place.kind] };
}

/** A step's camera and its phone camera (the camera when it has none), or null without one. */
export function resolveStepCameras(
  step: StoryStep,
  placesById: ReadonlyMap<string, Place>,
): {
  camera: { lon: number; lat: number; zoom: number };
  phone: { lon: number; lat: number; zoom: number };
} | null {
  const camera = resolveStoryCamera(step.camera, placesById);
  if (!camera) return null;
  return { camera, phone: resolveStoryCamera(step.phoneCamera, placesById) ?? camera };
}

/** Returns the time a step ends on: the end of its window, or its instant. */
export function stepEndTime(step: StoryStep): EpochMs {
  return step.end ?? step.time;
}

/**
 * Returns the indices of sorted positions grouped so that positions closer than `minGap` to the
 * previous one join its group: story ticks that would be drawn on top of each other on the
 * slider (steps hours apart on a phone's track) become one tick.
 */
export function groupNearby(positions: readonly number[], minGap: number): number[][] {
  const groups: number[][] = [];
  positions.forEach((p, i) => {
    const last = groups.at(-1);
    if (last && p - positions[last.at(-1)!]! < minGap) last.push(i);
    else groups.push([i]);
  });
  return groups;
}

/**
 * Returns the step index a `step` value names (1-based number or step id), or null when it
 * names none.
 */
export function findStep(steps: readonly StoryStep[], value: string | number): number | null {
  if (typeof value === 'number' || /^\d+$/.test(value)) {
    const n = Number(value);
    return Number.isInteger(n) && n >= 1 && n <= steps.length ? n - 1 : null;
  }
  const i = steps.findIndex((s) => s.id === value);
  return i < 0 ? null : i;
}

/**
 * Validates story.csv against the ids of the rest of the dataset. Returns every problem
 * (file:row:column) and the steps, in file order; steps with a problem are left out.
 */
export function validateStory(
  text: string,
  refs: StoryRefs,
  placesById: ReadonlyMap<string, Place> = new Map(),
): { problems: Problem[]; steps: StoryStep[] } {
  const file = STORY_FILE;
  const problems: Problem[] = [];
  const steps: StoryStep[] = [];
  const report = (row: number, column: string, message: string, found?: string) =>
    problems.push(
      found === undefined ? { file, row, column, message } : { file, row, column, message, found },
    );
  const { records, errors } = parseCsv(text);
  for (const e of errors) report(e.row, '-', `CSV syntax: ${e.message}`);
  const [header, ...body] = records;
  if (!header) {
    report(1, '-', 'file is empty; expected a header row');
    return { problems, steps };
  }
  const names = header.cells.map((c) => c.trim());
  const known = new Set<string>([...STORY_COLUMNS.required, ...STORY_COLUMNS.optional]);
  names.forEach((name, i) => {
    if (!known.has(name)) report(1, name || `#${i + 1}`, 'unknown column', name);
    else if (names.indexOf(name) !== i) report(1, name, 'duplicate column');
  });
  for (const name of STORY_COLUMNS.required)
    if (!names.includes(name)) report(1, name, 'required column is missing from the header');

  const seen = new Map<string, number>();
  for (const rec of body) {
    const row = rec.row;
    const before = problems.length;
    if (rec.cells.length > names.length)
      report(
        row,
        '-',
        'row has more cells than the header',
        `${rec.cells.length} > ${names.length}`,
      );
    const cell = (c: string) => (rec.cells[names.indexOf(c)] ?? '').trim();
    const has = (c: string) => names.includes(c);
    const required = (c: string) => {
      const v = cell(c);
      if (v === '' && has(c)) report(row, c, 'required value is missing');
      return v;
    };

    const id = required('id');
    if (id !== '' && !ID.test(id))
      report(row, 'id', 'id must use lowercase letters, digits, _ and - only', id);
    else if (id !== '') {
      const first = seen.get(id);
      if (first !== undefined) report(row, 'id', `duplicate id, first used in row ${first}`, id);
      else seen.set(id, row);
    }

    const time = (c: string, isRequired: boolean): EpochMs | undefined => {
      const v = isRequired ? required(c) : cell(c);
      if (v === '') return undefined;
      const t = DATA_TIME.test(v)
        ? parseIsoWithOffset(v)
        : `not a time with offset like ${EXAMPLE_DATA_TIME}`;
      if (typeof t === 'string') {
        report(row, c, `bad time: ${t}`, v);
        return undefined;
      }
      if (t.epoch < RANGE_START || t.epoch > RANGE_END) {
        report(row, c, 'time is outside the covered range (1–20 January 2022)', v);
        return undefined;
      }
      return t.epoch;
    };
    const start = time('time', true);
    const end = time('end', false);
    if (start !== undefined && end !== undefined && end <= start)
      report(row, 'end', 'the window must end after it starts', cell('end'));

    const camera = (c: string, isRequired: boolean): StoryCamera | undefined => {
      const v = isRequired ? required(c) : cell(c);
      if (v === '') return undefined;
      const parsed = parseStoryCamera(v);
      if (typeof parsed === 'string') {
        report(row, c, parsed, v);
        return undefined;
      }
      if (parsed.kind === 'place') {
        if (!refs.places.has(parsed.place)) report(row, c, 'unknown place id', parsed.place);
        else if (placesById.size > 0 && !resolveStoryCamera(parsed, placesById))
          report(row, c, 'bad camera; the place has no coordinates', parsed.place);
      }
      return parsed;
    };
    const cam = camera('camera', true);
    const phoneCam = camera('camera_phone', false);

    const list = (c: string) =>
      cell(c)
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    const layers: StoryLayer[] = [];
    if (has('layers') && cell('layers') === '')
      report(row, 'layers', 'required value is missing; name at least one layer');
    for (const l of list('layers')) {
      if ((STORY_LAYERS as readonly string[]).includes(l)) layers.push(l as StoryLayer);
      else report(row, 'layers', `unknown layer; expected some of ${STORY_LAYERS.join(', ')}`, l);
    }
    const refList = (c: string, set: ReadonlySet<string>, label: string) => {
      const ids = list(c);
      for (const x of ids) if (!set.has(x)) report(row, c, `unknown ${label} id`, x);
      return ids;
    };
    const places = refList('places', refs.places, 'place');
    const events = refList('events', refs.events, 'event');
    const claims = refList('claims', refs.claims, 'claim');
    const cites = refList('cites', refs.events, 'event');
    if (has('cites') && cites.length === 0)
      report(row, 'cites', 'required value is missing; cite the events the text summarises');
    // The step is read at its time (or over its span): what it names has happened by then.
    // (Not when the window itself is broken: that has its own message.)
    const windowOk =
      cell('end') === '' || (start !== undefined && end !== undefined && end > start);
    const shownUntil = windowOk ? (end ?? start) : undefined;
    if (shownUntil !== undefined && refs.eventStarts)
      for (const [c, ids] of [
        ['events', events],
        ['cites', cites],
      ] as const)
        for (const x of ids) {
          const at = refs.eventStarts.get(x);
          if (at !== undefined && at > shownUntil)
            report(
              row,
              c,
              "event is after the step's time; the step would tell what comes later",
              x,
            );
        }

    const localized = (prefix: string, label: string): Localized | undefined => {
      const en = cell(`${prefix}_en`);
      const de = cell(`${prefix}_de`);
      if (en === '' && has(`${prefix}_en`))
        report(row, `${prefix}_en`, `${label} is missing in English`);
      if (de === '' && has(`${prefix}_de`))
        report(row, `${prefix}_de`, `${label} is missing in German`);
      return en !== '' && de !== '' ? { en, de } : undefined;
    };
    const title = localized('title', 'title');
    const textL = localized('text', 'text');
    const alt = localized('alt', 'alt text');

    if (problems.length > before || !cam || start === undefined || !title || !textL || !alt)
      continue;
    const step: StoryStep = {
      id,
      time: start,
      camera: cam,
      phoneCamera: phoneCam ?? cam,
      layers,
      places,
      events,
      claims,
      cites,
      title,
      text: textL,
      alt,
    };
    if (end !== undefined) step.end = end;
    steps.push(step);
  }
  if (body.length === 0) report(1, '-', 'the story has no steps');
  return { problems, steps };
}
