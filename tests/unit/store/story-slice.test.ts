import { describe, expect, it } from 'vitest';
import { initFromUrl } from '../../../src/app/init';
import type { StoryStep } from '../../../src/domain/story-steps';
import { parseUrlState } from '../../../src/embed/url-state';
import { urlStateOf } from '../../../src/embed/url-sync';
import { createQantarStore } from '../../../src/store/store';
import { PLACES, at, dataset, event } from '../helpers';

const step = (id: string, overrides: Partial<StoryStep> = {}): StoryStep => ({
  id,
  time: at('2022-01-05T12:00+06:00'),
  camera: { kind: 'place', place: 'almaty' },
  phoneCamera: { kind: 'view', lon: 77, lat: 43, zoom: 7 },
  layers: ['incidents', 'places'],
  places: ['almaty'],
  events: ['ev-a'],
  claims: [],
  cites: ['ev-a'],
  title: { en: id, de: id },
  text: { en: `${id} text`, de: `${id} Text` },
  alt: { en: `${id} alt`, de: `${id} Alt` },
  ...overrides,
});

const STEPS = [
  step('one', { time: at('2022-01-02T12:00+06:00') }),
  step('two', {
    time: at('2022-01-03T00:00+06:00'),
    end: at('2022-01-04T00:00+06:00'),
    layers: ['troops'],
  }),
  step('three', { time: at('2022-01-07T12:00+06:00'), events: [], places: [] }),
];
const ds = dataset({
  places: Object.values(PLACES),
  events: [event({ id: 'ev-a' })],
  story: STEPS,
});

const storeFor = (query: string, reducedMotion = false) =>
  createQantarStore(ds, { ...initFromUrl(parseUrlState(query), ds), reducedMotion });

describe('opening', () => {
  it('opens a plain link on step 1 with the opening card, its time, layers and highlights', () => {
    const s = storeFor('?lang=en').getState();
    expect(s.storyStep).toBe(0);
    expect(s.storyIntro).toBe(true);
    expect(s.time).toBe(STEPS[0]!.time);
    expect([...s.layers]).toEqual(['incidents', 'places']);
    expect(s.highlight.events).toEqual(['ev-a']);
  });

  it('opens ?step=2 and ?step=three on those steps without the opening card', () => {
    expect(storeFor('?step=2').getState()).toMatchObject({ storyStep: 1, storyIntro: false });
    expect(storeFor('?step=three').getState()).toMatchObject({ storyStep: 2, storyIntro: false });
  });

  it('opens links with t, place, event, view or play in free exploration, exactly as named', () => {
    for (const q of [
      '?t=2022-01-06T12:00',
      '?place=almaty',
      '?event=ev-a',
      '?view=70,45,5',
      '?play=1',
    ]) {
      const s = storeFor(q).getState();
      expect(s.storyStep, q).toBeNull();
      expect(s.storyIntro, q).toBe(false);
      expect(s.highlight.events, q).toEqual([]);
    }
    expect(storeFor('?t=2022-01-06T12:00').getState().time).toBe(at('2022-01-06T12:00+06:00'));
  });

  it('ignores a step that does not exist and opens on the story', () => {
    expect(storeFor('?step=9').getState()).toMatchObject({ storyStep: 0, storyIntro: true });
  });

  it('has no story mode when the dataset has no story', () => {
    const plain = dataset({ places: Object.values(PLACES) });
    const s = createQantarStore(plain, initFromUrl(parseUrlState('?step=1'), plain)).getState();
    expect(s.storyStep).toBeNull();
    expect(s.storyIntro).toBe(false);
  });
});

describe('stepping', () => {
  it('plays a window from its start towards its end', () => {
    const store = storeFor('?step=1');
    store.getState().nextStep();
    expect(store.getState()).toMatchObject({
      storyStep: 1,
      time: STEPS[1]!.time,
      storyPlayUntil: STEPS[1]!.end,
    });
    expect([...store.getState().layers]).toEqual(['troops']);
  });

  it('goes straight to the end of a window under reduced motion', () => {
    const store = storeFor('?step=1', true);
    store.getState().nextStep();
    expect(store.getState()).toMatchObject({ time: STEPS[1]!.end, storyPlayUntil: null });
  });

  it('stops at the first and the last step', () => {
    const store = storeFor('?step=1');
    store.getState().previousStep();
    expect(store.getState().storyStep).toBe(0);
    store.getState().goToStep(2);
    store.getState().nextStep();
    expect(store.getState().storyStep).toBe(2);
  });

  it('closes a panel the reader had open when a step is shown', () => {
    const store = storeFor('?step=1');
    store.getState().selectPlace('almaty');
    store.getState().nextStep();
    expect(store.getState().selectedPlace).toBeNull();
  });

  it('leaves the story keeping time and layers, and clears the highlights', () => {
    const store = storeFor('?step=3');
    store.getState().leaveStory();
    const s = store.getState();
    expect(s).toMatchObject({ storyStep: null, storyIntro: false, time: STEPS[2]!.time });
    expect(s.highlight.events).toEqual([]);
    expect([...s.layers]).toEqual(['incidents', 'places']);
  });

  it('starts the story from the opening card on step 1', () => {
    const store = storeFor('?lang=de');
    store.getState().startStory();
    expect(store.getState()).toMatchObject({ storyStep: 0, storyIntro: false });
  });
});

describe('the URL in story mode', () => {
  it('names the step (1-based) instead of time and camera', () => {
    const store = storeFor('?step=three');
    expect(urlStateOf(store.getState())).toEqual({ step: '3', lang: 'en' });
  });

  it('names the view again once the reader leaves the story', () => {
    const store = storeFor('?step=3');
    store.getState().leaveStory();
    expect(urlStateOf(store.getState())).toMatchObject({ time: STEPS[2]!.time });
    expect(urlStateOf(store.getState()).step).toBeUndefined();
  });
});
