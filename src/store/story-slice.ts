// Story mode state (issue 12): which step is shown, the opening card, the highlights and the
// time the map plays towards through a step's window. Composed into the main store.
import { stepEndTime, type StoryStep } from '../domain/story-steps';
import type { EpochMs } from '../domain/time';
import type { LayerName, QantarState } from './store';
import type { StoreApi } from 'zustand/vanilla';

export interface StoryHighlight {
  events: readonly string[];
  places: readonly string[];
  claims: readonly string[];
}

const NO_HIGHLIGHT: StoryHighlight = { events: [], places: [], claims: [] };

export interface StorySlice {
  storySteps: readonly StoryStep[];
  /** Index of the step shown, or null in free exploration. */
  storyStep: number | null;
  /** The opening card (title, one line, start the story / explore freely) is shown. */
  storyIntro: boolean;
  highlight: StoryHighlight;
  /** The time a step's window plays towards, or null when nothing is playing through. */
  storyPlayUntil: EpochMs | null;
  /** Shows a step: time (or the start of its window), layers, highlights; camera via the map binding. */
  goToStep: (index: number) => void;
  nextStep: () => void;
  previousStep: () => void;
  /** Closes the opening card and stays on the current step. */
  startStory: () => void;
  /** Free exploration from exactly what is shown now (time, layers, camera stay). */
  leaveStory: () => void;
  stopStoryPlayback: () => void;
}

export interface StoryInit {
  storyStep?: number | null;
  storyIntro?: boolean;
}

type Set = StoreApi<QantarState>['setState'];
type Get = StoreApi<QantarState>['getState'];

/** Returns the state a step sets (time, layers, highlights, playback target). */
export function stepState(
  step: StoryStep,
  index: number,
  reducedMotion: boolean,
): Pick<
  QantarState,
  | 'storyStep'
  | 'time'
  | 'layers'
  | 'highlight'
  | 'storyPlayUntil'
  | 'selectedPlace'
  | 'selectedEvent'
  | 'selectedContingent'
  | 'playing'
> {
  const playThrough = step.end !== undefined && !reducedMotion;
  return {
    storyStep: index,
    time: playThrough ? step.time : stepEndTime(step),
    layers: new Set<LayerName>(step.layers),
    highlight: { events: step.events, places: step.places, claims: step.claims },
    storyPlayUntil: playThrough ? stepEndTime(step) : null,
    // A panel would cover the map the step frames; the reader opens one when they want it.
    selectedPlace: null,
    selectedEvent: null,
    selectedContingent: null,
    playing: false,
  };
}

export function createStorySlice(
  set: Set,
  get: Get,
  steps: readonly StoryStep[],
  init: StoryInit,
): StorySlice {
  const goToStep = (index: number) => {
    const step = steps[index];
    if (!step) return;
    set(stepState(step, index, get().reducedMotion));
  };
  return {
    storySteps: steps,
    storyStep: steps.length > 0 ? (init.storyStep ?? null) : null,
    storyIntro: steps.length > 0 && (init.storyIntro ?? false),
    highlight: NO_HIGHLIGHT,
    storyPlayUntil: null,
    goToStep,
    nextStep: () => {
      const i = get().storyStep;
      set({ storyIntro: false });
      goToStep(i === null ? 0 : Math.min(i + 1, steps.length - 1));
    },
    previousStep: () => {
      const i = get().storyStep;
      set({ storyIntro: false });
      goToStep(i === null ? 0 : Math.max(i - 1, 0));
    },
    startStory: () => {
      set({ storyIntro: false });
      goToStep(get().storyStep ?? 0);
    },
    leaveStory: () =>
      set({ storyStep: null, storyIntro: false, highlight: NO_HIGHLIGHT, storyPlayUntil: null }),
    stopStoryPlayback: () => set({ storyPlayUntil: null }),
  };
}
