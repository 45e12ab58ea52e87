// The embed message protocol (public contract: README, "Embed messages"). Every message is a
// plain object with `type` and `version: 1`; anything else is ignored.
import { LANGS, type Lang } from '../domain/format';
import type { LayerName } from '../store/store';
import { MAX_LAYER_ENTRIES, normalizeLayerList } from './layer-list';

export const PROTOCOL_VERSION = 1;

export type HostMessage =
  | { type: 'qantar:set-time'; version: 1; time: string }
  | { type: 'qantar:play'; version: 1 }
  | { type: 'qantar:pause'; version: 1 }
  | { type: 'qantar:select-place'; version: 1; placeId: string | null }
  | { type: 'qantar:set-layers'; version: 1; layers: LayerName[] }
  | { type: 'qantar:set-lang'; version: 1; lang: Lang }
  // Story mode (issue 12): a step by 1-based number or id.
  | { type: 'qantar:set-step'; version: 1; step: number | string };

export type MapMessage =
  | { type: 'qantar:ready'; version: 1 }
  | { type: 'qantar:height'; version: 1; height: number }
  | { type: 'qantar:time'; version: 1; time: string }
  | { type: 'qantar:select'; version: 1; placeId?: string; eventId?: string }
  // Story mode: the step shown (1-based) and its id; step null when the reader left the story.
  | { type: 'qantar:step'; version: 1; step: number | null; id: string | null };

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isShortString = (x: unknown, max = 200): x is string =>
  typeof x === 'string' && x.length > 0 && x.length <= max;

/** Returns the message as a typed host message, or null when it is malformed or unknown. */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (!isRecord(data) || data['version'] !== PROTOCOL_VERSION || typeof data['type'] !== 'string')
    return null;
  switch (data['type']) {
    case 'qantar:set-time':
      return isShortString(data['time'], 40)
        ? { type: 'qantar:set-time', version: 1, time: data['time'] }
        : null;
    case 'qantar:play':
    case 'qantar:pause':
      return { type: data['type'], version: 1 };
    case 'qantar:select-place': {
      const placeId = data['placeId'];
      if (placeId === null) return { type: 'qantar:select-place', version: 1, placeId: null };
      return isShortString(placeId, 100)
        ? { type: 'qantar:select-place', version: 1, placeId }
        : null;
    }
    case 'qantar:set-layers': {
      const layers = data['layers'];
      // Not a list (or an absurdly long one): ignored. A list is read like the URL parameter:
      // unknown names and non-strings are dropped, and one with no known name shows every layer.
      if (!Array.isArray(layers) || layers.length > MAX_LAYER_ENTRIES) return null;
      return { type: 'qantar:set-layers', version: 1, layers: normalizeLayerList(layers) };
    }
    case 'qantar:set-lang':
      return (LANGS as readonly unknown[]).includes(data['lang'])
        ? { type: 'qantar:set-lang', version: 1, lang: data['lang'] as Lang }
        : null;
    case 'qantar:set-step': {
      const step = data['step'];
      if (typeof step === 'number')
        return Number.isInteger(step) && step >= 1 && step <= 1000
          ? { type: 'qantar:set-step', version: 1, step }
          : null;
      return isShortString(step, 100) ? { type: 'qantar:set-step', version: 1, step } : null;
    }
    default:
      return null;
  }
}

/**
 * Parses the optional allow-list of host origins (`origins=https://a.example,https://b.example`).
 * Returns null when the parameter is absent (any host may talk to the map). A list given but
 * without one valid origin allows none: a typo must not silently open the map to every page.
 */
export function parseOriginList(value: string | null): string[] | null {
  if (value === null) return null;
  const origins = new Set<string>();
  for (const part of value.split(',')) {
    try {
      const url = new URL(part.trim());
      // "https://news.example/" is the same origin as "https://news.example".
      if (
        (url.protocol === 'https:' || url.protocol === 'http:') &&
        url.pathname === '/' &&
        !url.search &&
        !url.hash
      )
        origins.add(url.origin);
    } catch {
      // not a URL: ignored
    }
  }
  return [...origins];
}

/** Returns true when a message from this origin may drive the map (no list: any origin). */
export function isAllowedOrigin(origin: string, allowList: readonly string[] | null): boolean {
  return allowList === null || allowList.includes(origin);
}

/** Returns pym.js's child height message, so pages that use pym.js resize the frame unchanged. */
export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(height)].join('xPYMx');
}
