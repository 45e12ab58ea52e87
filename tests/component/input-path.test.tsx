// @vitest-environment jsdom
// Issue 15: React off the input path. The slider and its readout render inside the input
// event; the views that follow the slider (here the text view) render after it, in a
// transition, so they never hold up the next input.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { StoreProvider } from '../../src/store/context';
import { createQantarStore } from '../../src/store/store';
import { NationwideTray } from '../../src/ui/nationwide-tray/NationwideTray';
import { TextView } from '../../src/ui/text-view/TextView';
import { TimeSlider } from '../../src/ui/time-slider/TimeSlider';
import { testDataset } from './test-dataset';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

afterEach(cleanup);

it('the readout changes within the input event; the text view follows after it', async () => {
  const store = createQantarStore(testDataset, {
    lang: 'en',
    time: Date.parse('2022-01-01T00:00+06:00'),
  });
  render(
    <StoreProvider store={store}>
      <TimeSlider />
      <TextView />
      <NationwideTray />
    </StoreProvider>,
  );
  const listed = () =>
    [...screen.getByTestId('text-view').querySelectorAll('[data-event-id]')].map((e) =>
      e.getAttribute('data-event-id'),
    );
  const trayCount = () => screen.getByTestId('nationwide-tray').getAttribute('data-count');
  expect(listed()).toEqual([]);
  expect(trayCount()).toBe('0');

  // Dispatched as a browser does, outside act(): act() would flush the transition too.
  const actEnvironment = globalThis.IS_REACT_ACT_ENVIRONMENT;
  globalThis.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    const input = screen.getByRole<HTMLInputElement>('slider');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
      input,
      String(4 * 24 + 12),
    );
    input.dispatchEvent(new Event('input', { bubbles: true }));

    // Synchronously, before any other task runs: the readout already shows the new time ...
    expect(screen.getByTestId('slider-time')).toHaveTextContent('Wednesday, 5 January 2022, 12:00');
    expect(input).toHaveAttribute('aria-valuetext', 'Wednesday, 5 January 2022, 12:00');
    // ... while the text view and the nationwide tray still show the old one,
    expect(listed()).toEqual([]);
    expect(trayCount()).toBe('0');
    // and follows once React gets to the transition.
    await waitFor(() => expect(listed()).toEqual(['ev-nat-1', 'ev-al-1', 'ev-zh-1']));
    await waitFor(() => expect(trayCount()).toBe('1'));
  } finally {
    globalThis.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  }
});

it('an input event renders no React: thumb, readout and past bars are written straight to the DOM', async () => {
  const store = createQantarStore(testDataset, {
    lang: 'en',
    time: Date.parse('2022-01-01T00:00+06:00'),
  });
  let commits = 0;
  // Around the provider: the views follow the slider through its context, whose updates a
  // Profiler between provider and view would not report.
  render(
    <Profiler id="slider" onRender={() => commits++}>
      <StoreProvider store={store}>
        <TimeSlider />
      </StoreProvider>
    </Profiler>,
  );
  const input = screen.getByRole<HTMLInputElement>('slider');
  const past = document.querySelector<HTMLElement>('.slider__past')!;
  const count = screen.getByTestId('visible-count');
  expect(count).toHaveAttribute('data-count', '0');
  const before = commits;

  const actEnvironment = globalThis.IS_REACT_ACT_ENVIRONMENT;
  globalThis.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
      input,
      String(4 * 24 + 12),
    );
    // The reader's input holds its value already: the event does not write it again.
    const valueWrites = vi.spyOn(input, 'value', 'set');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(valueWrites).not.toHaveBeenCalled();
    valueWrites.mockRestore();
    // Within the event: nothing rendered, yet the reader sees the new moment.
    expect(commits).toBe(before);
    expect(screen.getByTestId('slider-time')).toHaveTextContent('Wednesday, 5 January 2022, 12:00');
    expect(input.value).toBe(String(4 * 24 + 12));
    expect(past.style.clipPath).toBe(`inset(0 ${100 - ((4 * 24 + 12) / (19 * 24)) * 100}% 0 0)`);
    // The count follows in a transition.
    expect(count).toHaveAttribute('data-count', '0');
    await waitFor(() => expect(count).toHaveAttribute('data-count', '3'));

    // Keys, buttons and links move the thumb through the store, and React does not reset it.
    store.getState().setTime(Date.parse('2022-01-02T06:00+06:00'));
    expect(input.value).toBe(String(24 + 6));
    await waitFor(() => expect(commits).toBeGreaterThan(before));
    expect(input.value).toBe(String(24 + 6));
    store.getState().setLang('de');
    expect(screen.getByTestId('slider-time')).toHaveTextContent('Sonntag, 2. Januar 2022, 06:00');
  } finally {
    globalThis.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  }
});
