import { statusAt } from '../domain/status';
import { hoursSinceStart } from '../domain/time';
import { traced } from '../domain/trace';
import { troopPositionAt } from '../domain/troops';
import { selectCityCounts } from '../store/selectors';
import { LAYERS, type QantarState, type QantarStore } from '../store/store';
import type { MapPort } from './port';

type Applied = Pick<
  QantarState,
  | 'time'
  | 'lang'
  | 'layers'
  | 'hiddenCategories'
  | 'hiddenVerifications'
  | 'selectedEvent'
  | 'selectedPlace'
  | 'selectedContingent'
  | 'cityFocus'
>;

export interface FrameScheduler {
  request: (cb: () => void) => number;
  cancel: (handle: number) => void;
}

const animationFrames: FrameScheduler = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
};

/** Returns true when any of the keys differ between the applied state and the new one. */
function changed(prev: Applied | null, s: QantarState, ...keys: (keyof Applied)[]): boolean {
  return prev === null || keys.some((k) => prev[k] !== s[k]);
}

/**
 * Keeps the map in step with the store outside React render: store changes are coalesced to
 * at most one map update per animation frame, and only what changed is sent to the map.
 * A slider tick sets one number on the map, resizes the city markers and moves the few
 * contingent markers; no map source data is re-sent. Returns a function that stops the binding.
 */
export function bindStoreToMap(
  store: QantarStore,
  port: MapPort,
  frames: FrameScheduler = animationFrames,
): () => void {
  let applied: Applied | null = null;
  let frame: number | null = null;

  const flush = () => traced('map-update', () => apply());
  const apply = () => {
    frame = null;
    const s = store.getState();
    const prev = applied;
    if (changed(prev, s, 'time')) port.setTime(hoursSinceStart(s.time));
    if (changed(prev, s, 'lang')) port.setLang(s.lang);
    if (changed(prev, s, 'layers'))
      for (const layer of LAYERS) port.setLayerVisible(layer, s.layers.has(layer));
    if (changed(prev, s, 'hiddenCategories', 'hiddenVerifications')) {
      port.setFilters([...s.hiddenCategories], [...s.hiddenVerifications]);
    }
    if (changed(prev, s, 'selectedEvent')) port.setSelectedEvent(s.selectedEvent);
    // A camera request, so never on the first frame (the map opens on its own view).
    if (prev !== null && prev.cityFocus !== s.cityFocus) port.focusCity(s.cityFocus);
    if (changed(prev, s, 'time', 'lang', 'selectedPlace')) {
      port.updateCities(selectCityCounts(s), s.selectedPlace, s.lang);
      port.updateSites(
        s.story.sites.map((id) => {
          const at = statusAt(s.dataset.status, 'site_control', id, s.time);
          return { id, status: at?.interval.status ?? null, uncertain: at?.uncertain ?? false };
        }),
        s.selectedPlace,
        s.lang,
      );
    }
    if (changed(prev, s, 'time', 'lang', 'layers', 'selectedContingent')) {
      port.updateTroops(
        s.story.troops.map((t) => ({
          id: t.contingent.id,
          ...troopPositionAt(t.schedule, t.route, s.time),
        })),
        s.selectedContingent,
        s.lang,
      );
    }
    applied = {
      time: s.time,
      lang: s.lang,
      layers: s.layers,
      hiddenCategories: s.hiddenCategories,
      hiddenVerifications: s.hiddenVerifications,
      selectedEvent: s.selectedEvent,
      selectedPlace: s.selectedPlace,
      selectedContingent: s.selectedContingent,
      cityFocus: s.cityFocus,
    };
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
