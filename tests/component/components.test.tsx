// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { StoreProvider } from '../../src/store/context';
import { createQantarStore, type QantarStore, type StoreInit } from '../../src/store/store';
import { TimeSlider } from '../../src/ui/time-slider/TimeSlider';
import { PlacePanel } from '../../src/ui/place-panel/PlacePanel';
import { Legend } from '../../src/ui/legend/Legend';
import { TextView } from '../../src/ui/text-view/TextView';
import { testDataset } from './test-dataset';

afterEach(cleanup);

function renderWith(ui: ReactNode, init: StoreInit = {}): QantarStore {
  const store = createQantarStore(testDataset, { lang: 'en', ...init });
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return store;
}

const at = (iso: string) => Date.parse(iso);

describe('TimeSlider', () => {
  it('shows the time in words in Almaty time and the number of events so far', () => {
    renderWith(<TimeSlider />, { time: at('2022-01-05T23:00+06:00') });
    expect(screen.getByTestId('slider-time')).toHaveTextContent('Wednesday, 5 January 2022, 23:00');
    expect(screen.getByTestId('visible-count')).toHaveTextContent('4 events up to this time');
    // A German reader would otherwise assume CET (issue 12).
    expect(screen.getByTestId('time-zone')).toHaveTextContent('Almaty time (UTC+6)');
  });

  it('speaks German when the language is German', () => {
    renderWith(<TimeSlider />, { time: at('2022-01-05T23:00+06:00'), lang: 'de' });
    expect(screen.getByTestId('slider-time')).toHaveTextContent(
      'Mittwoch, 5. Januar 2022, 23:00 Uhr',
    );
    expect(screen.getByRole('slider', { name: 'Zeit (Almaty)' })).toBeInTheDocument();
    expect(screen.getByTestId('time-zone')).toHaveTextContent('Zeit in Almaty (UTC+6)');
  });

  it('moves a day with PageUp/PageDown and to the ends with Home/End', () => {
    const store = renderWith(<TimeSlider />, { time: at('2022-01-03T00:00+06:00') });
    const slider = screen.getByRole('slider');
    fireEvent.keyDown(slider, { key: 'PageUp' });
    expect(store.getState().time).toBe(at('2022-01-04T00:00+06:00'));
    fireEvent.keyDown(slider, { key: 'PageDown' });
    fireEvent.keyDown(slider, { key: 'PageDown' });
    expect(store.getState().time).toBe(at('2022-01-02T00:00+06:00'));
    fireEvent.keyDown(slider, { key: 'End' });
    expect(store.getState().time).toBe(at('2022-01-20T00:00+06:00'));
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(store.getState().time).toBe(at('2022-01-01T00:00+06:00'));
  });

  it('toggles playback with Space and with the play button', async () => {
    const store = renderWith(<TimeSlider />);
    fireEvent.keyDown(screen.getByRole('slider'), { key: ' ' });
    expect(store.getState().playing).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
  });

  it('changes the speed and marks the chosen one as pressed', async () => {
    const store = renderWith(<TimeSlider />);
    await userEvent.click(screen.getByRole('button', { name: '4×' }));
    expect(store.getState().speed).toBe(4);
    expect(screen.getByRole('button', { name: '4×' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '1×' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('jumps to the next and previous event', async () => {
    const store = renderWith(<TimeSlider />, { time: at('2022-01-03T00:00+06:00') });
    await userEvent.click(screen.getByRole('button', { name: 'Next event' }));
    expect(store.getState().time).toBe(at('2022-01-04T20:00+06:00'));
    await userEvent.click(screen.getByRole('button', { name: 'Next event' }));
    expect(store.getState().time).toBe(at('2022-01-05T00:00+06:00'));
    await userEvent.click(screen.getByRole('button', { name: 'Previous event' }));
    expect(store.getState().time).toBe(at('2022-01-04T20:00+06:00'));
  });

  it('draws one histogram bar per 6 hours of the range', () => {
    const { container } = render(
      <StoreProvider store={createQantarStore(testDataset)}>
        <TimeSlider />
      </StoreProvider>,
    );
    expect(
      container.querySelectorAll('.slider__histogram:not(.slider__histogram--past) .slider__bar'),
    ).toHaveLength(19 * 4);
  });
});

describe('PlacePanel', () => {
  it('lists the city’s events up to the slider time, newest first, including its sites', () => {
    renderWith(<PlacePanel />, { time: at('2022-01-06T00:00+06:00'), selectedPlace: 'almaty' });
    const panel = screen.getByTestId('place-panel');
    expect(within(panel).getByRole('heading', { name: 'Almaty' })).toBeInTheDocument();
    const ids = [...panel.querySelectorAll('[data-event-id]')].map((e) =>
      e.getAttribute('data-event-id'),
    );
    expect(ids).toEqual(['ev-al-2', 'ev-al-1']);
  });

  it('shows only what happened up to the slider time', () => {
    renderWith(<PlacePanel />, { time: at('2022-01-05T00:00+06:00'), selectedPlace: 'almaty' });
    expect(screen.getByTestId('place-count')).toHaveTextContent('1 event up to this time');
  });

  it('shows who claims an event, its verification and its sources with the reprint', () => {
    renderWith(<PlacePanel />, { time: at('2022-01-06T00:00+06:00'), selectedPlace: 'almaty' });
    const item = screen
      .getByTestId('place-panel')
      .querySelector('[data-event-id="ev-al-2"]') as HTMLElement;
    expect(within(item).getByText('Contested')).toBeInTheDocument();
    expect(item).toHaveTextContent('Claimed by: Interfax (state media)');
    expect(within(item).getByRole('link', { name: 'Interfax, 2022-01-06' })).toHaveAttribute(
      'href',
      'https://example.org/b',
    );
    expect(item).toHaveTextContent('(via reprint.example)');
    expect(item).toHaveTextContent('5 Jan, 22:52');
  });

  it('selects an event on the map when it is clicked', async () => {
    const store = renderWith(<PlacePanel />, {
      time: at('2022-01-06T00:00+06:00'),
      selectedPlace: 'almaty',
    });
    await userEvent.click(screen.getByRole('button', { name: /Airport seized/ }));
    expect(store.getState().selectedEvent).toBe('ev-al-2');
  });

  it('closes with its close button', async () => {
    const store = renderWith(<PlacePanel />, { selectedPlace: 'almaty' });
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(store.getState().selectedPlace).toBeNull();
    expect(screen.queryByTestId('place-panel')).toBeNull();
  });

  it('follows the slider', () => {
    const store = renderWith(<PlacePanel />, {
      time: at('2022-01-05T00:00+06:00'),
      selectedPlace: 'almaty',
    });
    act(() => store.getState().setTime(at('2022-01-06T00:00+06:00')));
    expect(screen.getByTestId('place-count')).toHaveTextContent('2 events up to this time');
  });
});

describe('TextView', () => {
  it('lists every event up to the slider time with its place, nationwide ones included', () => {
    renderWith(<TextView />, { time: at('2022-01-05T12:00+06:00') });
    const view = screen.getByTestId('text-view');
    expect(
      [...view.querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id')),
    ).toEqual(['ev-nat-1', 'ev-al-1', 'ev-zh-1']);
    expect(view).toHaveTextContent('Nationwide');
    expect(view).toHaveTextContent('2 Jan, morning');
  });
});

describe('Legend', () => {
  it('explains every category and verification style in both languages', () => {
    renderWith(<Legend />);
    for (const label of [
      'Protest',
      'Violence',
      'Independently confirmed',
      'Official claim only',
      'Contested',
      'Unverified',
    ]) {
      expect(screen.getByText(label)).toBeInTheDocument();
    }
    cleanup();
    renderWith(<Legend />, { lang: 'de' });
    expect(screen.getByText('Unabhängig bestätigt')).toBeInTheDocument();
    expect(screen.getByText('Festnahmen')).toBeInTheDocument();
  });

  it('sizes circles by events, in the singular for one', () => {
    renderWith(<Legend />);
    expect(screen.getByText('1 event in the city up to this time')).toBeInTheDocument();
    expect(screen.getByText('10 events in the city up to this time')).toBeInTheDocument();
    cleanup();
    renderWith(<Legend />, { lang: 'de' });
    expect(screen.getByText('1 Ereignis in der Stadt bis zu diesem Zeitpunkt')).toBeInTheDocument();
  });
});

describe('TimeSlider snapping (issue 10: a slider for thumbs)', () => {
  /** The range input with a track of a given width (jsdom lays nothing out). */
  function sliderOf(width: number) {
    const slider = screen.getByRole('slider');
    Object.defineProperty(slider, 'clientWidth', { configurable: true, value: width });
    return slider;
  }
  const hoursOf = (iso: string) => (at(iso) - at('2022-01-01T00:00+06:00')) / 3_600_000;

  it('snaps to an event near the thumb while dragged on a narrow track', () => {
    const store = renderWith(<TimeSlider />);
    // 250 px for 456 hours: 6 px are about 10 hours; the event is at 4 Jan 20:00.
    const slider = sliderOf(250);
    fireEvent.pointerDown(slider);
    fireEvent.change(slider, { target: { value: String(hoursOf('2022-01-04T15:00+06:00')) } });
    expect(store.getState().time).toBe(at('2022-01-04T20:00+06:00'));
    fireEvent.pointerUp(slider);
  });

  it('keeps the exact hour where no event is near, and when stepped by keys', () => {
    const store = renderWith(<TimeSlider />);
    const slider = sliderOf(250);
    fireEvent.pointerDown(slider);
    fireEvent.change(slider, { target: { value: String(hoursOf('2022-01-03T00:00+06:00')) } });
    expect(store.getState().time).toBe(at('2022-01-03T00:00+06:00'));
    // A key press ends the drag: arrows move by the hour, also next to an event.
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    fireEvent.change(slider, { target: { value: String(hoursOf('2022-01-04T19:00+06:00')) } });
    expect(store.getState().time).toBe(at('2022-01-04T19:00+06:00'));
  });

  it('snaps within fewer hours on a wide track', () => {
    const store = renderWith(<TimeSlider />);
    // 900 px: 6 px are 3 hours, so 15:00 is too far from the 20:00 event.
    const slider = sliderOf(900);
    fireEvent.pointerDown(slider);
    fireEvent.change(slider, { target: { value: String(hoursOf('2022-01-04T15:00+06:00')) } });
    expect(store.getState().time).toBe(at('2022-01-04T15:00+06:00'));
    fireEvent.change(slider, { target: { value: String(hoursOf('2022-01-04T18:00+06:00')) } });
    expect(store.getState().time).toBe(at('2022-01-04T20:00+06:00'));
  });
});
