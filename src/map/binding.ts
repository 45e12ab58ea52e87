import { resolveStepCameras } from '../domain/story-steps';
import { statusAt } from '../domain/status';
import { hoursSinceStart } from '../domain/time';
import {
  anyTroopMoving,
  cellOf,
  cellTime,
  createLayerBoundaries,
  type LayerBoundaries,
} from '../domain/time-cells';
import { traced } from '../domain/trace';
import { troopPositionAt } from '../domain/troops';
import { selectCityCounts } from '../store/selectors';
import { LAYERS, type QantarState, type QantarStore } from '../store/store';
import type { MapPort, TimeFamily } from './port';
import type { LayerHours } from './style';
import { animationFrames, type FrameScheduler } from '../domain/frames';

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
  | 'highlight'
  | 'storyStep'
  | 'cityFocus'
> & { cells: Cells };

/** Which cell (see domain/time-cells) each time-bound family was drawn in. */
interface Cells {
  incidents: number;
  regions: number;
  routes: number;
  cities: number;
  sites: number;
  /** The cell, or the time itself while a contingent moves (then every tick moves it). */
  troops: number | string;
}

export type { FrameScheduler };

export interface MapBinding {
  /** Stops following the store. */
  stop: () => void;
  /**
   * Sends the update waiting for the next frame now, if there is one. Whoever waits for the
   * map to be idle calls it first: otherwise the map can go idle in that frame before the
   * update reaches it, and the wait ends on the picture from before the change.
   */
  flush: () => void;
}

/** Boundaries per dataset, computed once (the store's dataset never changes in a session). */
const boundariesCache = new WeakMap<object, LayerBoundaries>();
function boundariesOf(s: QantarState): LayerBoundaries {
  let b = boundariesCache.get(s.dataset);
  if (!b) boundariesCache.set(s.dataset, (b = createLayerBoundaries(s.dataset, s.index, s.story)));
  return b;
}

const FAMILIES: readonly TimeFamily[] = ['incidents', 'regions', 'routes'];

/** Returns the time each layer family is drawn at for the store's time (the map's first state). */
export function layerHoursAt(s: QantarState): LayerHours {
  const b = boundariesOf(s);
  return {
    incidents: hoursSinceStart(cellTime(b.incidents, s.time)),
    regions: hoursSinceStart(cellTime(b.regions, s.time)),
    routes: hoursSinceStart(cellTime(b.routes, s.time)),
  };
}

function cellsAt(s: QantarState, b: LayerBoundaries): Cells {
  const t = s.time;
  return {
    incidents: cellOf(b.incidents, t),
    regions: cellOf(b.regions, t),
    routes: cellOf(b.routes, t),
    cities: cellOf(b.cities, t),
    sites: cellOf(b.sites, t),
    troops: anyTroopMoving(s.story, t) ? `moving@${t}` : cellOf(b.troops, t),
  };
}

/** Returns true when any of the keys differ between the applied state and the new one. */
function changed(prev: Applied | null, s: QantarState, ...keys: (keyof QantarState)[]): boolean {
  return prev === null || keys.some((k) => prev[k as keyof Applied] !== s[k]);
}

/**
 * Keeps the map in step with the store outside React render: store changes are coalesced to
 * at most one map update per animation frame, and only what changed is sent to the map.
 * A slider tick sends a layer family's time only when the tick crosses one of that family's
 * boundaries (an event start, an interval end: domain/time-cells), and updates a marker kind
 * only when its own boundaries are crossed; a tick that changes nothing sends nothing.
 * No map source data is re-sent.
 */
export function bindStoreToMap(
  store: QantarStore,
  port: MapPort,
  frames: FrameScheduler = animationFrames,
): MapBinding {
  let applied: Applied | null = null;
  let frame: number | null = null;

  const flush = () => traced('map-update', () => apply());
  const apply = () => {
    frame = null;
    const s = store.getState();
    const prev = applied;
    const b = boundariesOf(s);
    const cells = cellsAt(s, b);
    const crossed = (k: keyof Cells) => prev === null || prev.cells[k] !== cells[k];
    for (const family of FAMILIES)
      if (crossed(family)) port.setLayerTime(family, hoursSinceStart(cellTime(b[family], s.time)));
    if (changed(prev, s, 'lang')) port.setLang(s.lang);
    if (changed(prev, s, 'layers'))
      for (const layer of LAYERS) port.setLayerVisible(layer, s.layers.has(layer));
    if (changed(prev, s, 'hiddenCategories', 'hiddenVerifications')) {
      port.setFilters([...s.hiddenCategories], [...s.hiddenVerifications]);
    }
    if (changed(prev, s, 'selectedEvent')) port.setSelectedEvent(s.selectedEvent);
    if (changed(prev, s, 'highlight')) port.setHighlight(s.highlight.events, s.highlight.places);
    const step = s.storyStep === null ? undefined : s.storySteps[s.storyStep];
    if (step && changed(prev, s, 'storyStep')) {
      const cameras = resolveStepCameras(step, s.placesById);
      if (cameras) port.flyToStep(cameras.camera, cameras.phone);
    }
    // A camera request, so never on the first frame (the map opens on its own view).
    if (prev !== null && prev.cityFocus !== s.cityFocus) port.focusCity(s.cityFocus);
    if (crossed('cities') || changed(prev, s, 'lang', 'selectedPlace'))
      port.updateCities(selectCityCounts(s), s.selectedPlace, s.lang);
    if (crossed('sites') || changed(prev, s, 'lang', 'selectedPlace'))
      port.updateSites(
        s.story.sites.map((id) => {
          const at = statusAt(s.dataset.status, 'site_control', id, s.time);
          return { id, status: at?.interval.status ?? null, uncertain: at?.uncertain ?? false };
        }),
        s.selectedPlace,
        s.lang,
      );
    if (crossed('troops') || changed(prev, s, 'lang', 'layers', 'selectedContingent')) {
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
      cells,
      highlight: s.highlight,
      storyStep: s.storyStep,
      cityFocus: s.cityFocus,
    };
  };

  flush();
  const unsubscribe = store.subscribe(() => {
    if (frame === null) frame = frames.request(flush);
  });
  return {
    stop: () => {
      unsubscribe();
      if (frame !== null) frames.cancel(frame);
    },
    flush: () => {
      if (frame === null) return;
      frames.cancel(frame);
      flush();
    },
  };
}
