import { findStep } from '../domain/story-steps';
import { toAlmatyIso } from '../domain/time';
import type { QantarStore } from '../store/store';
import { normalizeLayerList } from './layer-list';
import {
  isAllowedOrigin,
  parseHostMessage,
  pymHeightMessage,
  type HostMessage,
  type MapMessage,
} from './messages';
import { createMessageBatcher, type FrameScheduler } from './message-batch';
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
  /** Animation frames to batch host messages on (tests pass a fake); default: the window's. */
  frames?: FrameScheduler;
}

/**
 * Returns false for a message that applyHostMessage would ignore (a time that is not one or is
 * outside the range, a place that cannot be selected), so that coalescing never lets it
 * replace an earlier valid one.
 */
export function hasEffect(message: HostMessage, selectablePlaces: ReadonlySet<string>): boolean {
  switch (message.type) {
    case 'qantar:set-time':
      return parseTimeParam(message.time) !== null;
    case 'qantar:select-place':
      return message.placeId === null || selectablePlaces.has(message.placeId);
    default:
      return true;
  }
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
      // Already normalized by parseHostMessage; filtered again for callers that build messages.
      s.setLayers(normalizeLayerList(message.layers));
      break;
    case 'qantar:set-lang':
      s.setLang(message.lang);
      break;
    case 'qantar:set-step': {
      const index = findStep(s.storySteps, message.step);
      if (index !== null) {
        if (s.storyIntro) s.startStory();
        s.goToStep(index);
      }
      break;
    }
  }
}

/**
 * Connects an embedded map to its host page: listens for host messages (origin-checked,
 * malformed ones ignored) and reports ready, height (also as a pym.js message), time and
 * selection. Returns a function that disconnects.
 */
export function connectHostPage(store: QantarStore, options: HostBridgeOptions): () => void {
  const { win, allowList, childId, selectablePlaces, frames } = options;
  const parent = win.parent;
  const post = (message: MapMessage | string) => {
    if (parent === win) return;
    for (const origin of allowList ?? ['*']) parent.postMessage(message, origin);
  };

  // Bursts are applied once per animation frame, the last value winning; play and pause keep
  // their order (see message-batch.ts).
  const batcher = createMessageBatcher((messages) => {
    for (const message of messages) applyHostMessage(store, message, selectablePlaces);
  }, frames);
  const onMessage = (e: MessageEvent) => {
    if (e.source !== parent || !isAllowedOrigin(e.origin, allowList)) return;
    const message = parseHostMessage(e.data);
    if (message && hasEffect(message, selectablePlaces)) batcher.push(message);
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
    if (s.storyStep !== prev.storyStep) {
      const step = s.storyStep === null ? null : s.storySteps[s.storyStep];
      post({
        type: 'qantar:step',
        version: 1,
        step: s.storyStep === null ? null : s.storyStep + 1,
        id: step?.id ?? null,
      });
    }
    prev = s;
  });

  post({ type: 'qantar:ready', version: 1 });
  const opening = store.getState();
  if (opening.storyStep !== null)
    post({
      type: 'qantar:step',
      version: 1,
      step: opening.storyStep + 1,
      id: opening.storySteps[opening.storyStep]?.id ?? null,
    });
  reportHeight();
  return () => {
    win.removeEventListener('message', onMessage);
    batcher.dispose();
    resize.disconnect();
    unsubscribe();
    if (timeTimer !== null) clearTimeout(timeTimer);
  };
}
