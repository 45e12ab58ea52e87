// @vitest-environment jsdom
// Story ticks on the slider track (issue 12): one per step at the moment it comes to rest,
// named on hover; steps that end hours apart share one tick that names each (they would cover
// each other on a phone's track), and a click opens the step.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { StoryStep } from '../../src/domain/story-steps';
import { StoreProvider } from '../../src/store/context';
import { createQantarStore } from '../../src/store/store';
import { StoryTicks } from '../../src/ui/story-ticks/StoryTicks';
import { testDataset } from './test-dataset';

afterEach(cleanup);

const at = (iso: string) => Date.parse(`${iso}+06:00`) as StoryStep['time'];
const step = (id: string, time: string, end?: string): StoryStep => ({
  id,
  time: at(time),
  ...(end ? { end: at(end) } : {}),
  camera: { kind: 'view', lon: 70, lat: 48, zoom: 4 },
  phoneCamera: { kind: 'view', lon: 70, lat: 48, zoom: 3.5 },
  layers: ['incidents', 'places'],
  places: [],
  events: [],
  claims: [],
  cites: [],
  title: { en: `Title ${id}`, de: `Titel ${id}` },
  text: { en: id, de: id },
  alt: { en: id, de: id },
});

const STEPS = [
  step('first', '2022-01-02T23:00'),
  step('window', '2022-01-06T06:00', '2022-01-07T22:00'),
  step('order', '2022-01-07T23:00'),
  step('last', '2022-01-15T12:00'),
];

function renderTicks() {
  const store = createQantarStore({ ...testDataset, story: STEPS }, { lang: 'en' });
  render(
    <StoreProvider store={store}>
      <StoryTicks />
    </StoreProvider>,
  );
  return store;
}

const ticks = () => [...screen.getByTestId('story-ticks').querySelectorAll('.story-tick')];

it('draws a tick per step, and one for steps that end an hour apart', () => {
  renderTicks();
  expect(ticks().map((t) => t.getAttribute('data-step-ids'))).toEqual([
    'first',
    'window order',
    'last',
  ]);
  // The shared tick names both steps, each with its number.
  expect(ticks()[1]).toHaveTextContent('Step 2: Title window');
  expect(ticks()[1]).toHaveTextContent('Step 3: Title order');
  // At the end of the first step's moment: 2 Jan 23:00 is 47 hours into the 19-day range.
  expect((ticks()[0] as HTMLElement).style.left).toBe(`${(47 / (19 * 24)) * 100}%`);
});

it('opens the step of a tick, the first of a shared one', () => {
  const store = renderTicks();
  fireEvent.click(ticks()[1]!);
  expect(store.getState().storyStep).toBe(1);
  fireEvent.click(ticks()[2]!);
  expect(store.getState().storyStep).toBe(3);
  expect(store.getState().time).toBe(at('2022-01-15T12:00'));
});
