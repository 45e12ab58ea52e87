import { hoursSinceStart } from '../domain/time';
import { selectCityCounts } from '../store/selectors';
import { LAYERS, type QantarState, type QantarStore } from '../store/store';
import type { MapPort } from './port';

type Applied = Pick<QantarState, 'time' | 'lang' | 'layers' | 'selectedEvent' | 'selectedPlace'>;

export interface FrameScheduler {
  request: (cb: () => void) => number;
  cancel: (handle: number) => void;
}

const animationFrames: FrameScheduler = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
};

/**
 * Keeps the map in step with the store outside React render: store changes are coalesced to
 * at most one map update per animation frame, and only what changed is sent to the map.
 * Returns a function that stops the binding.
 */
export function bindStoreToMap(store: QantarStore, port: MapPort, frames: FrameScheduler = animationFrames): () => void {
  let applied: Applied | null = null;
  let frame: number | null = null;

  const flush = () => {
    frame = null;
    const s = store.getState();
    const prev = applied;
    if (s.time !== prev?.time) port.setTime(hoursSinceStart(s.time));
    if (s.lang !== prev?.lang) port.setLang(s.lang);
    if (s.layers !== prev?.layers) for (const layer of LAYERS) port.setLayerVisible(layer, s.layers.has(layer));
    if (s.selectedEvent !== prev?.selectedEvent) port.setSelectedEvent(s.selectedEvent);
    if (s.time !== prev?.time || s.lang !== prev?.lang || s.selectedPlace !== prev?.selectedPlace) {
      port.updateCities(selectCityCounts(s), s.selectedPlace, s.lang);
    }
    applied = { time: s.time, lang: s.lang, layers: s.layers, selectedEvent: s.selectedEvent, selectedPlace: s.selectedPlace };
  };

  flush();
  const unsubscribe = store.subscribe(() => {
    if (frame === null) frame = frames.request(flush);
  });
  return () => {
    unsubscribe();
    if (frame !== null) frames.cancel(frame);
  };
}
