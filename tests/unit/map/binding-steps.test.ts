import { describe, expect, it } from 'vitest';
import type { StoryStep } from '../../../src/domain/story-steps';
import { bindStoreToMap } from '../../../src/map/binding';
import type { MapPort } from '../../../src/map/port';
import { createQantarStore } from '../../../src/store/store';
import { PLACES, at, dataset, event } from '../helpers';

const step = (id: string, overrides: Partial<StoryStep> = {}): StoryStep => ({
  id,
  time: at('2022-01-05T12:00+06:00'),
  camera: { kind: 'view', lon: 70, lat: 45, zoom: 5 },
  phoneCamera: { kind: 'view', lon: 71, lat: 46, zoom: 4 },
  layers: ['incidents'],
  places: ['almaty'],
  events: ['ev-a'],
  claims: [],
  cites: ['ev-a'],
  title: { en: id, de: id },
  text: { en: id, de: id },
  alt: { en: id, de: id },
  ...overrides,
});

function setup() {
  const ds = dataset({
    places: Object.values(PLACES),
    events: [event({ id: 'ev-a' })],
    story: [
      step('one'),
      step('two', {
        camera: { kind: 'place', place: 'almaty' },
        phoneCamera: { kind: 'place', place: 'almaty' },
        events: [],
      }),
    ],
  });
  const store = createQantarStore(ds, { storyStep: 0 });
  const calls: { method: string; args: unknown[] }[] = [];
  const port = new Proxy({} as MapPort, {
    get:
      (_t, method) =>
      (...args: unknown[]) =>
        calls.push({ method: String(method), args }),
  });
  let frame: (() => void) | null = null;
  bindStoreToMap(store, port, { request: (cb) => ((frame = cb), 1), cancel: () => {} });
  const argsOf = (m: string) => calls.filter((c) => c.method === m).map((c) => c.args);
  return { store, calls, argsOf, runFrame: () => frame?.() };
}

describe('bindStoreToMap: story steps', () => {
  it('sends the opening step’s highlight and camera with the first sync', () => {
    const { argsOf } = setup();
    expect(argsOf('setHighlight')).toEqual([[['ev-a'], ['almaty']]]);
    expect(argsOf('flyToStep')).toEqual([
      [
        { lon: 70, lat: 45, zoom: 5 },
        { lon: 71, lat: 46, zoom: 4 },
      ],
    ]);
  });

  it('moves the camera to the next step, resolving a place camera to the place’s coordinates', () => {
    const { store, argsOf, runFrame } = setup();
    store.getState().nextStep();
    runFrame();
    const almaty = PLACES.almaty;
    const view = { lon: almaty.lon, lat: almaty.lat, zoom: 8 };
    expect(argsOf('flyToStep').at(-1)).toEqual([view, view]);
    expect(argsOf('setHighlight').at(-1)).toEqual([[], ['almaty']]);
  });

  it('does not move the camera when something else changes during a step', () => {
    const { store, argsOf, runFrame } = setup();
    store.getState().setTime(at('2022-01-06T00:00+06:00'));
    runFrame();
    expect(argsOf('flyToStep')).toHaveLength(1);
  });

  it('clears the highlight and leaves the camera alone when the reader leaves the story', () => {
    const { store, argsOf, runFrame } = setup();
    store.getState().leaveStory();
    runFrame();
    expect(argsOf('setHighlight').at(-1)).toEqual([[], []]);
    expect(argsOf('flyToStep')).toHaveLength(1);
  });
});
