import { LANGS, type Lang } from '../domain/format';
import { parseIsoWithOffset, RANGE_END, RANGE_START, type EpochMs } from '../domain/time';
import { LAYERS, type LayerName } from '../store/store';

/** The view state carried in the URL (public contract: see README, "URL parameters"). */
export interface UrlState {
  time?: EpochMs;
  place?: string;
  event?: string;
  lang?: Lang;
  layers?: LayerName[];
  play?: boolean;
}

const ID = /^[a-z0-9][a-z0-9_-]{0,80}$/;

/** Parses `t`: local Almaty time (2022-01-05T18:00) or ISO with offset; null when invalid. */
export function parseTimeParam(raw: string): EpochMs | null {
  // URLSearchParams decodes a literal "+" to a space: put the offset's sign back.
  const value = raw.replace(/ (\d{2}:\d{2})$/, '+$1');
  const withOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value) ? `${value}+06:00` : value;
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
    out.layers = [...new Set(layers.split(','))].filter((l): l is LayerName => (LAYERS as readonly string[]).includes(l));
  }
  if (params.get('play') === '1') out.play = true;
  return out;
}
