import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Category, Correction, Dataset, Place, Source, Verification } from '../domain/dataset';
import type { Lang } from '../domain/format';
import { createStoryIndex, type StoryIndex } from '../domain/story';
import {
  createCityIndex,
  createFacetIndex,
  createTimeIndex,
  nextEventTime,
  previousEventTime,
  type CityIndex,
  type FacetIndex,
  type TimeIndex,
} from '../domain/time-index';
import { createStorySlice, stepState, type StoryInit, type StorySlice } from './story-slice';
import { HOUR_MS, RANGE_END, RANGE_START, clampToRange, type EpochMs } from '../domain/time';

/** Map layers a reader (or the `layers` URL parameter) can switch on and off. */
export const LAYERS = ['incidents', 'places', 'sites', 'troops', 'emergency', 'internet'] as const;
export type LayerName = (typeof LAYERS)[number];
export const SPEEDS = [1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** Values computed once from the dataset; never change during a session. */
export interface DatasetSlice {
  dataset: Dataset;
  index: TimeIndex;
  cities: CityIndex;
  facets: FacetIndex;
  story: StoryIndex;
  placesById: ReadonlyMap<string, Place>;
  sourcesById: ReadonlyMap<string, Source>;
  correctionsByRecord: ReadonlyMap<string, readonly Correction[]>;
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
  hiddenCategories: ReadonlySet<Category>;
  hiddenVerifications: ReadonlySet<Verification>;
  setLayerVisible: (layer: LayerName, visible: boolean) => void;
  setLayers: (layers: readonly LayerName[]) => void;
  setCategoryVisible: (category: Category, visible: boolean) => void;
  setVerificationVisible: (verification: Verification, visible: boolean) => void;
}

export interface SelectionSlice {
  selectedPlace: string | null;
  selectedEvent: string | null;
  selectedContingent: string | null;
  selectPlace: (placeId: string | null) => void;
  selectEvent: (eventId: string | null) => void;
  selectContingent: (contingentId: string | null) => void;
  /** Cartography (issue 11): the city the reader zoomed to from its panel, or null. */
  cityFocus: string | null;
  /** Zooms the map to a city and its sites, or (null) back to where the reader was. */
  focusCity: (placeId: string | null) => void;
}

/** The map camera: centre and zoom. */
export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

export interface PreferencesSlice {
  lang: Lang;
  reducedMotion: boolean;
  /** The camera as the reader left it, or null for the default view of Kazakhstan. */
  view: View | null;
  setLang: (lang: Lang) => void;
  setView: (view: View) => void;
}

export type QantarState = DatasetSlice &
  TimeSlice &
  LayersSlice &
  SelectionSlice &
  PreferencesSlice &
  StorySlice;
export type QantarStore = StoreApi<QantarState>;

export interface StoreInit extends StoryInit {
  time?: number;
  lang?: Lang;
  reducedMotion?: boolean;
  view?: View | null;
  layers?: readonly LayerName[];
  hiddenCategories?: readonly Category[];
  hiddenVerifications?: readonly Verification[];
  selectedPlace?: string | null;
  selectedEvent?: string | null;
}

type SetState = StoreApi<QantarState>['setState'];
type GetState = StoreApi<QantarState>['getState'];

/** Returns a copy of a set with one member added or removed. */
function toggled<T>(set: ReadonlySet<T>, member: T, present: boolean): ReadonlySet<T> {
  const next = new Set(set);
  if (present) next.add(member);
  else next.delete(member);
  return next;
}

/** Event times may fall between hourly slider steps: the first whole hour that includes t. */
function hourIncluding(t: number): EpochMs {
  return clampToRange(Math.ceil((t - RANGE_START) / HOUR_MS) * HOUR_MS + RANGE_START);
}

function createTimeSlice(set: SetState, get: GetState, init: StoreInit): TimeSlice {
  return {
    time: clampToRange(init.time ?? RANGE_START),
    playing: false,
    speed: 1,
    setTime: (t) => set({ time: clampToRange(t) }),
    stepHours: (hours) => set({ time: clampToRange(get().time + hours * HOUR_MS) }),
    stepToNextEvent: () => {
      const next = nextEventTime(get().index, get().time);
      if (next !== null) set({ time: hourIncluding(next) });
    },
    stepToPreviousEvent: () => {
      // The last event that was already shown an hour earlier: retraces stepToNextEvent's stops.
      const { index, time } = get();
      const prev = previousEventTime(index, time - HOUR_MS + 1);
      if (prev !== null) set({ time: hourIncluding(prev) });
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

/** Returns the correction log per record id. */
function groupCorrections(corrections: readonly Correction[]): Map<string, Correction[]> {
  const out = new Map<string, Correction[]>();
  for (const c of corrections) out.set(c.record, [...(out.get(c.record) ?? []), c]);
  return out;
}

/** Creates a fresh store for one app or embed instance (no module-level singleton). */
export function createQantarStore(dataset: Dataset, init: StoreInit = {}): QantarStore {
  const index = createTimeIndex(dataset.events);
  const store = createStore<QantarState>()((set, get) => ({
    dataset,
    index,
    cities: createCityIndex(index, dataset.places),
    facets: createFacetIndex(index),
    story: createStoryIndex(dataset),
    placesById: new Map(dataset.places.map((p) => [p.id, p])),
    sourcesById: new Map(dataset.sources.map((x) => [x.id, x])),
    correctionsByRecord: groupCorrections(dataset.corrections),
    ...createTimeSlice(set, get, init),
    layers: new Set(init.layers ?? LAYERS),
    hiddenCategories: new Set(init.hiddenCategories ?? []),
    hiddenVerifications: new Set(init.hiddenVerifications ?? []),
    setLayerVisible: (layer, visible) => set({ layers: toggled(get().layers, layer, visible) }),
    setLayers: (layers) => set({ layers: new Set(layers) }),
    setCategoryVisible: (c, visible) =>
      set({ hiddenCategories: toggled(get().hiddenCategories, c, !visible) }),
    setVerificationVisible: (v, visible) =>
      set({ hiddenVerifications: toggled(get().hiddenVerifications, v, !visible) }),
    selectedPlace: init.selectedPlace ?? null,
    selectedEvent: init.selectedEvent ?? null,
    selectedContingent: null,
    selectPlace: (selectedPlace) =>
      set({ selectedPlace, selectedEvent: null, selectedContingent: null }),
    selectEvent: (selectedEvent) => set({ selectedEvent }),
    selectContingent: (selectedContingent) => set({ selectedContingent, selectedPlace: null }),
    cityFocus: null,
    focusCity: (cityFocus) => set({ cityFocus }),
    lang: init.lang ?? 'en',
    reducedMotion: init.reducedMotion ?? false,
    view: init.view ?? null,
    setLang: (lang) => set({ lang }),
    setView: (view) => set({ view }),
    ...createStorySlice(set, get, dataset.story ?? [], init),
  }));
  // Opening on a step: the step sets time, layers and highlights (story mode, issue 12).
  const { storyStep, storySteps } = store.getState();
  const step = storyStep === null ? undefined : storySteps[storyStep];
  if (step && storyStep !== null)
    store.setState({
      ...stepState(step, storyStep, store.getState().reducedMotion),
      // The opening card waits for the reader: no playing through before they start.
      ...(store.getState().storyIntro ? { time: step.end ?? step.time, storyPlayUntil: null } : {}),
    });
  return store;
}
