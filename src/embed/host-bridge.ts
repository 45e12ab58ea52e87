import { toAlmatyIso } from '../domain/time';
import { LAYERS, type LayerName, type QantarStore } from '../store/store';
import {
  isAllowedOrigin,
  parseHostMessage,
  pymHeightMessage,
  type HostMessage,
  type MapMessage,
} from './messages';
import { parseTimeParam } from './url-state';

export interface HostBridgeOptions {
  /** The window the embed runs in (its parent is the host page). */
  win: Window;
  /** Host origins allowed to drive the map and to receive messages; null = any. */
  allowList: readonly string[] | null;
  /** pym.js child id (the `childId` URL parameter pym.js adds), if any. */
  childId: string | null;
  /** Places that may be selected from outside (cities and sites with a panel). */
  selectablePlaces: ReadonlySet<string>;
}

/** Applies one validated host message to the store; ids and times it does not know are ignored. */
export function applyHostMessage(
  store: QantarStore,
  message: HostMessage,
  selectablePlaces: ReadonlySet<string>,
): void {
  const s = store.getState();
  switch (message.type) {
    case 'qantar:set-time': {
      const t = parseTimeParam(message.time);
      if (t !== null) s.setTime(t);
      break;
    }
    case 'qantar:play':
      // Like `play=1`, a host cannot start motion for a reader who asked for reduced motion.
      if (!s.reducedMotion) s.play();
      break;
    case 'qantar:pause':
      s.pause();
      break;
    case 'qantar:select-place':
      if (message.placeId === null || selectablePlaces.has(message.placeId))
        s.selectPlace(message.placeId);
      break;
    case 'qantar:set-layers':
      s.setLayers(
        message.layers.filter((l): l is LayerName => (LAYERS as readonly string[]).includes(l)),
      );
      break;
    case 'qantar:set-lang':
      s.setLang(message.lang);
      break;
  }
}

/**
 * Connects an embedded map to its host page: listens for host messages (origin-checked,
 * malformed ones ignored) and reports ready, height (also as a pym.js message), time and
 * selection. Returns a function that disconnects.
 */
export function connectHostPage(store: QantarStore, options: HostBridgeOptions): () => void {
  const { win, allowList, childId, selectablePlaces } = options;
  const parent = win.parent;
  const post = (message: MapMessage | string) => {
    if (parent === win) return;
    for (const origin of allowList ?? ['*']) parent.postMessage(message, origin);
  };

  const onMessage = (e: MessageEvent) => {
    if (e.source !== parent || !isAllowedOrigin(e.origin, allowList)) return;
    const message = parseHostMessage(e.data);
    if (message) applyHostMessage(store, message, selectablePlaces);
  };
  win.addEventListener('message', onMessage);

  let lastHeight = -1;
  const reportHeight = () => {
    const height = Math.ceil(win.document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    post({ type: 'qantar:height', version: 1, height });
    if (childId) post(pymHeightMessage(childId, height));
  };
  const resize = new ResizeObserver(reportHeight);
  resize.observe(win.document.documentElement);

  // Time is reported at most every 200 ms while the slider moves, and always at rest.
  let timeTimer: ReturnType<typeof setTimeout> | null = null;
  let prev = store.getState();
  const unsubscribe = store.subscribe((s) => {
    if (s.time !== prev.time && timeTimer === null) {
      timeTimer = setTimeout(() => {
        timeTimer = null;
        post({ type: 'qantar:time', version: 1, time: toAlmatyIso(store.getState().time) });
      }, 200);
    }
    if (s.selectedPlace !== prev.selectedPlace || s.selectedEvent !== prev.selectedEvent) {
      const message: MapMessage = { type: 'qantar:select', version: 1 };
      if (s.selectedPlace) message.placeId = s.selectedPlace;
      if (s.selectedEvent) message.eventId = s.selectedEvent;
      post(message);
    }
    prev = s;
  });

  post({ type: 'qantar:ready', version: 1 });
  reportHeight();
  return () => {
    win.removeEventListener('message', onMessage);
    resize.disconnect();
    unsubscribe();
    if (timeTimer !== null) clearTimeout(timeTimer);
  };
}
