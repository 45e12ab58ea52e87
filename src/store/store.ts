import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Dataset, Place, Source } from '../domain/dataset';
import type { Lang } from '../domain/format';
import {
  createCityIndex,
  createTimeIndex,
  nextEventTime,
  previousEventTime,
  type CityIndex,
  type TimeIndex,
} from '../domain/time-index';
import { HOUR_MS, RANGE_END, RANGE_START, clampToRange, type EpochMs } from '../domain/time';

export const LAYERS = ['incidents', 'places'] as const;
export type LayerName = (typeof LAYERS)[number];
export const SPEEDS = [1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** Values computed once from the dataset; never change during a session. */
export interface DatasetSlice {
  dataset: Dataset;
  index: TimeIndex;
  cities: CityIndex;
  placesById: ReadonlyMap<string, Place>;
  sourcesById: ReadonlyMap<string, Source>;
}

export interface TimeSlice {
  time: EpochMs;
  playing: boolean;
  speed: Speed;
  setTime: (t: number) => void;
  stepHours: (hours: number) => void;
  stepToNextEvent: () => void;
  stepToPreviousEvent: () => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  setSpeed: (speed: Speed) => void;
}

export interface LayersSlice {
  layers: ReadonlySet<LayerName>;
  setLayerVisible: (layer: LayerName, visible: boolean) => void;
}

export interface SelectionSlice {
  selectedPlace: string | null;
  selectedEvent: string | null;
  selectPlace: (placeId: string | null) => void;
  selectEvent: (eventId: string | null) => void;
}

export interface PreferencesSlice {
  lang: Lang;
  reducedMotion: boolean;
  setLang: (lang: Lang) => void;
}

export type QantarState = DatasetSlice & TimeSlice & LayersSlice & SelectionSlice & PreferencesSlice;
export type QantarStore = StoreApi<QantarState>;

export interface StoreInit {
  time?: number;
  lang?: Lang;
  reducedMotion?: boolean;
  layers?: readonly LayerName[];
  selectedPlace?: string | null;
  selectedEvent?: string | null;
}

type Set = StoreApi<QantarState>['setState'];
type Get = StoreApi<QantarState>['getState'];

function createTimeSlice(set: Set, get: Get, init: StoreInit): TimeSlice {
  return {
    time: clampToRange(init.time ?? RANGE_START),
    playing: false,
    speed: 1,
    setTime: (t) => set({ time: clampToRange(t) }),
    stepHours: (hours) => set({ time: clampToRange(get().time + hours * HOUR_MS) }),
    stepToNextEvent: () => {
      const next = nextEventTime(get().index, get().time);
      // Event times may fall between hourly slider steps: round up so the event is included.
      if (next !== null) set({ time: clampToRange(Math.ceil((next - RANGE_START) / HOUR_MS) * HOUR_MS + RANGE_START) });
    },
    stepToPreviousEvent: () => {
      const { index, time } = get();
      const prev = previousEventTime(index, time);
      if (prev !== null) set({ time: clampToRange(prev) });
    },
    play: () => {
      // Playing from the end starts again from the beginning.
      if (get().time >= RANGE_END) set({ time: RANGE_START });
      set({ playing: true });
    },
    pause: () => set({ playing: false }),
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    setSpeed: (speed) => set({ speed }),
  };
}

/** Creates a fresh store for one app or embed instance (no module-level singleton). */
export function createQantarStore(dataset: Dataset, init: StoreInit = {}): QantarStore {
  const index = createTimeIndex(dataset.events);
  return createStore<QantarState>()((set, get) => ({
    dataset,
    index,
    cities: createCityIndex(index, dataset.places),
    placesById: new Map(dataset.places.map((p) => [p.id, p])),
    sourcesById: new Map(dataset.sources.map((x) => [x.id, x])),
    ...createTimeSlice(set, get, init),
    layers: new Set(init.layers ?? LAYERS),
    setLayerVisible: (layer, visible) => {
      const layers = new Set(get().layers);
      if (visible) layers.add(layer);
      else layers.delete(layer);
      set({ layers });
    },
    selectedPlace: init.selectedPlace ?? null,
    selectedEvent: init.selectedEvent ?? null,
    selectPlace: (selectedPlace) => set({ selectedPlace, selectedEvent: null }),
    selectEvent: (selectedEvent) => set({ selectedEvent }),
    lang: init.lang ?? 'en',
    reducedMotion: init.reducedMotion ?? false,
    setLang: (lang) => set({ lang }),
  }));
}

