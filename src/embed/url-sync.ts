import type { QantarState, QantarStore } from '../store/store';
import { LAYERS } from '../store/store';
import { encodeUrlState, URL_STATE_KEYS, type UrlState } from './url-state';

/** Returns the shareable view state of the store (defaults left out by the encoder). */
export function urlStateOf(
  s: QantarState,
  extra: Pick<UrlState, 'controls' | 'mode'> = {},
): UrlState {
  // In story mode the step stands for time, layers and camera: `?step=3` opens it again.
  if (s.storyStep !== null && !s.storyIntro)
    return { step: String(s.storyStep + 1), lang: s.lang, ...extra };
  const state: UrlState = { time: s.time, lang: s.lang, ...extra };
  if (s.selectedPlace) state.place = s.selectedPlace;
  if (s.selectedEvent) state.event = s.selectedEvent;
  if (s.layers.size < LAYERS.length) state.layers = LAYERS.filter((l) => s.layers.has(l));
  if (s.view) state.view = s.view;
  return state;
}

/**
 * Keeps the address bar in step with the view, replacing the current history entry (a slider
 * tick never adds one), at most once per `delayMs`. Returns a function that stops it.
 */
export function syncUrlWithStore(
  store: QantarStore,
  extra: Pick<UrlState, 'controls' | 'mode'> = {},
  delayMs = 300,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    // Keep parameters that are not ours (the embed's origin allow-list, pym.js's childId, …).
    const foreign = new URLSearchParams(window.location.search);
    for (const key of URL_STATE_KEYS) foreign.delete(key);
    const rest = foreign.toString();
    const own = encodeUrlState(urlStateOf(store.getState(), extra));
    const query = [own, rest].filter((q) => q !== '').join('&');
    const next = `${window.location.pathname}?${query}${window.location.hash}`;
    if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', next);
    }
  };
  const unsubscribe = store.subscribe(() => {
    timer ??= setTimeout(write, delayMs);
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
