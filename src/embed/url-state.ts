import { LANGS, type Lang } from '../domain/format';
import { ID_PATTERN } from '../domain/ids';
import {
  ALMATY_OFFSET,
  parseIsoWithOffset,
  RANGE_END,
  RANGE_START,
  toAlmatyIso,
  type EpochMs,
} from '../domain/time';
import { LAYERS, type LayerName, type View } from '../store/store';
import { normalizeLayerList } from './layer-list';

/** The query parameters this codec owns; others (e.g. `origins`, pym.js's `childId`) are left alone. */
export const URL_STATE_KEYS = [
  't',
  'place',
  'event',
  'lang',
  'layers',
  'view',
  'play',
  'controls',
  'step',
  'mode',
] as const;

/** The view state carried in the URL (public contract: see README, "URL parameters"). */
export interface UrlState {
  time?: EpochMs;
  place?: string;
  event?: string;
  lang?: Lang;
  layers?: LayerName[];
  view?: View;
  play?: boolean;
  /** `controls=0`: hide the controls (embeds). */
  controls?: boolean;
  /** `step`: a story step, by 1-based number or id (story mode, issue 12). */
  step?: string;
  /** `mode=list`: the story unrolled as a list of steps with pictures. */
  mode?: 'list';
}

const ID = ID_PATTERN;

/** Parses `t`: local Almaty time (2022-01-05T18:00) or ISO with offset; null when invalid. */
export function parseTimeParam(raw: string): EpochMs | null {
  // URLSearchParams decodes a literal "+" to a space: put the offset's sign back.
  const value = raw.replace(/ (\d{2}:\d{2})$/, '+$1');
  const withOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)
    ? `${value}${ALMATY_OFFSET}`
    : value;
  const t = parseIsoWithOffset(withOffset);
  if (typeof t === 'string') return null;
  return t.epoch >= RANGE_START && t.epoch <= RANGE_END ? t.epoch : null;
}

/**
 * Returns the state found in a query string. Unknown or invalid values are dropped, never
 * thrown: a bad link opens the default view. Ids are checked for shape only; the app checks
 * that they exist in the dataset.
 */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const out: UrlState = {};
  const t = params.get('t');
  if (t) {
    const time = parseTimeParam(t);
    if (time !== null) out.time = time;
  }
  const place = params.get('place');
  if (place && ID.test(place)) out.place = place;
  const event = params.get('event');
  if (event && ID.test(event)) out.event = event;
  const lang = params.get('lang');
  if (lang && (LANGS as readonly string[]).includes(lang)) out.lang = lang as Lang;
  const layers = params.get('layers');
  if (layers !== null) {
    // Never an empty map: unknown names are dropped, an empty result means every layer.
    out.layers = normalizeLayerList(layers);
  }
  const view = params.get('view');
  if (view) {
    const parsed = parseView(view);
    if (parsed) out.view = parsed;
  }
  if (params.get('play') === '1') out.play = true;
  if (params.get('controls') === '0') out.controls = false;
  const step = params.get('step');
  if (step && ID.test(step)) out.step = step;
  if (params.get('mode') === 'list') out.mode = 'list';
  return out;
}

/** Parses `lon,lat,zoom`; null when any part is missing or out of range. */
export function parseView(value: string): View | null {
  const parts = value.split(',');
  if (parts.length !== 3 || !parts.every((p) => /^-?\d+(\.\d+)?$/.test(p))) return null;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return null;
  return { lon, lat, zoom };
}

/** Returns the query string for a view state (without `?`); defaults are left out. */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.time !== undefined) params.set('t', toAlmatyIso(state.time).slice(0, 16));
  if (state.place) params.set('place', state.place);
  if (state.event) params.set('event', state.event);
  if (state.lang) params.set('lang', state.lang);
  // No layers and all layers both open as the default (see normalizeLayerList): left out.
  if (state.layers && state.layers.length > 0 && state.layers.length < LAYERS.length)
    params.set('layers', state.layers.join(','));
  if (state.view) {
    const { lon, lat, zoom } = state.view;
    params.set('view', `${+lon.toFixed(4)},${+lat.toFixed(4)},${+zoom.toFixed(2)}`);
  }
  if (state.play) params.set('play', '1');
  if (state.controls === false) params.set('controls', '0');
  if (state.step) params.set('step', state.step);
  if (state.mode) params.set('mode', state.mode);
  // Commas and colons read better than %2C and %3A in links people copy (both are allowed).
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}
