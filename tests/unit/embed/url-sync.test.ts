// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { RANGE_START } from '../../../src/domain/time';
import { syncUrlWithStore, urlStateOf } from '../../../src/embed/url-sync';
import { createQantarStore, type QantarStore, type StoreInit } from '../../../src/store/store';
import { PLACES, at, dataset } from '../helpers';

function store(init: StoreInit = {}): QantarStore {
  return createQantarStore(dataset({ places: Object.values(PLACES) }), init);
}

describe('urlStateOf', () => {
  it('gives only time and language for the default view', () => {
    expect(urlStateOf(store().getState())).toStrictEqual({ time: RANGE_START, lang: 'en' });
  });

  it('leaves layers out when all are on', () => {
    expect(urlStateOf(store({ lang: 'de' }).getState())).not.toHaveProperty('layers');
  });

  it('gives the visible layers in the standard order when some are off', () => {
    const s = store({ layers: ['troops', 'incidents', 'internet'] });
    expect(urlStateOf(s.getState()).layers).toEqual(['incidents', 'troops', 'internet']);
  });

  it('gives an empty layer list when all are off', () => {
    expect(urlStateOf(store({ layers: [] }).getState()).layers).toEqual([]);
  });

  it('gives the selected place', () => {
    expect(urlStateOf(store({ selectedPlace: 'almaty' }).getState()).place).toBe('almaty');
  });

  it('gives the selected event', () => {
    expect(urlStateOf(store({ selectedEvent: 'ev-7' }).getState()).event).toBe('ev-7');
  });

  it('gives the camera once the reader has moved it', () => {
    const view = { lon: 76.95, lat: 43.25, zoom: 9 };
    expect(urlStateOf(store({ view }).getState()).view).toEqual(view);
  });

  it('gives the whole state at once', () => {
    const s = store({
      time: at('2022-01-05T22:00+06:00'),
      lang: 'de',
      selectedPlace: 'almaty',
      selectedEvent: 'ev-7',
      layers: ['places'],
      view: { lon: 76.95, lat: 43.25, zoom: 9 },
    });
    expect(urlStateOf(s.getState())).toStrictEqual({
      time: at('2022-01-05T22:00+06:00'),
      lang: 'de',
      place: 'almaty',
      event: 'ev-7',
      layers: ['places'],
      view: { lon: 76.95, lat: 43.25, zoom: 9 },
    });
  });

  it('adds hidden controls', () => {
    expect(urlStateOf(store().getState(), { controls: false })).toStrictEqual({
      time: RANGE_START,
      lang: 'en',
      controls: false,
    });
  });
});

describe('syncUrlWithStore', () => {
  let replaceState: MockInstance<History['replaceState']>;
  let stop: (() => void) | null;

  /** Puts the test page at a URL without counting it as a write. */
  function openAt(url: string) {
    replaceState.mockRestore();
    window.history.replaceState(null, '', url);
    replaceState = vi.spyOn(window.history, 'replaceState');
  }

  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/embed.html');
    replaceState = vi.spyOn(window.history, 'replaceState');
    stop = null;
  });

  afterEach(() => {
    stop?.();
    replaceState.mockRestore();
    vi.useRealTimers();
  });

  it('writes nothing before the delay has passed', () => {
    const s = store();
    stop = syncUrlWithStore(s);
    s.getState().setTime(at('2022-01-05T10:00+06:00'));
    vi.advanceTimersByTime(299);
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('writes once for several quick changes', () => {
    const s = store();
    stop = syncUrlWithStore(s);
    s.getState().setTime(at('2022-01-05T10:00+06:00'));
    s.getState().setTime(at('2022-01-05T11:00+06:00'));
    s.getState().setLang('de');
    s.getState().setTime(at('2022-01-05T12:00+06:00'));
    vi.advanceTimersByTime(300);
    expect(replaceState).toHaveBeenCalledTimes(1);
  });

  it('writes the latest time and language', () => {
    const s = store();
    stop = syncUrlWithStore(s);
    s.getState().setTime(at('2022-01-05T10:00+06:00'));
    s.getState().setLang('de');
    s.getState().setTime(at('2022-01-05T12:00+06:00'));
    vi.advanceTimersByTime(300);
    expect(window.location.search).toBe('?t=2022-01-05T12:00&lang=de');
  });

  it('writes the selection, the layers and the camera', () => {
    const s = store();
    stop = syncUrlWithStore(s);
    s.getState().selectPlace('almaty');
    s.getState().setLayers(['troops', 'incidents']);
    s.getState().setView({ lon: 76.95, lat: 43.25, zoom: 9 });
    vi.advanceTimersByTime(300);
    expect(window.location.search).toBe(
      '?t=2022-01-01T00:00&place=almaty&lang=en&layers=incidents,troops&view=76.95,43.25,9',
    );
  });

  it('replaces the history entry instead of adding one', () => {
    const s = store();
    stop = syncUrlWithStore(s);
    const length = window.history.length;
    for (let h = 1; h <= 5; h++) {
      s.getState().setTime(at('2022-01-05T00:00+06:00') + h * 3_600_000);
      vi.advanceTimersByTime(300);
    }
    expect(window.history.length).toBe(length);
  });

  it('writes at most once per delay while the view keeps changing', () => {
    const s = store();
    stop = syncUrlWithStore(s);
    for (let h = 1; h <= 10; h++) {
      s.getState().setTime(at('2022-01-05T00:00+06:00') + h * 3_600_000);
      vi.advanceTimersByTime(100);
    }
    // Changes at 0..900 ms: writes at 300, 600 and 900 ms, not only once things rest.
    expect(replaceState).toHaveBeenCalledTimes(3);
  });

  it('writes again for a change after the last write', () => {
    const s = store();
    stop = syncUrlWithStore(s);
    s.getState().setTime(at('2022-01-05T10:00+06:00'));
    vi.advanceTimersByTime(300);
    s.getState().setTime(at('2022-01-06T10:00+06:00'));
    vi.advanceTimersByTime(300);
    expect(replaceState).toHaveBeenCalledTimes(2);
    expect(window.location.search).toBe('?t=2022-01-06T10:00&lang=en');
  });

  it('does not write when the address already shows the state', () => {
    openAt('/embed.html?t=2022-01-01T00:00&lang=en');
    const s = store();
    stop = syncUrlWithStore(s);
    s.getState().setSpeed(2);
    vi.advanceTimersByTime(300);
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('keeps the path and the hash', () => {
    openAt('/maps/qantar/index.html#map');
    const s = store();
    stop = syncUrlWithStore(s);
    s.getState().setLang('de');
    vi.advanceTimersByTime(300);
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(
      '/maps/qantar/index.html?t=2022-01-01T00:00&lang=de#map',
    );
  });

  it('keeps the history state of the entry', () => {
    replaceState.mockRestore();
    window.history.replaceState({ scroll: 120 }, '', '/embed.html');
    replaceState = vi.spyOn(window.history, 'replaceState');
    const s = store();
    stop = syncUrlWithStore(s);
    s.getState().setLang('de');
    vi.advanceTimersByTime(300);
    expect(window.history.state).toEqual({ scroll: 120 });
  });

  it('writes controls=0 for an embed without controls', () => {
    const s = store();
    stop = syncUrlWithStore(s, { controls: false });
    s.getState().setLang('de');
    vi.advanceTimersByTime(300);
    expect(window.location.search).toBe('?t=2022-01-01T00:00&lang=de&controls=0');
  });

  it('uses the given delay', () => {
    const s = store();
    stop = syncUrlWithStore(s, {}, 50);
    s.getState().setLang('de');
    vi.advanceTimersByTime(50);
    expect(replaceState).toHaveBeenCalledTimes(1);
  });

  it('keeps parameters it does not own, such as the origin allow-list and pym.js child id', () => {
    // Bug (see report): the write rebuilds the query from the view state alone, so an embed's
    // origins= and childId= vanish from its address after the first change; reloading the
    // frame then accepts messages from any origin and stops pym.js resizing.
    openAt('/embed.html?origins=https%3A%2F%2Fa.example&childId=qantar-map&lang=en');
    const s = store();
    stop = syncUrlWithStore(s);
    s.getState().setLang('de');
    vi.advanceTimersByTime(300);
    const params = new URLSearchParams(window.location.search);
    expect([params.get('lang'), params.get('origins'), params.get('childId')]).toEqual([
      'de',
      'https://a.example',
      'qantar-map',
    ]);
  });

  describe('the stop function', () => {
    it('cancels a pending write', () => {
      const s = store();
      stop = syncUrlWithStore(s);
      s.getState().setLang('de');
      stop();
      vi.advanceTimersByTime(1000);
      expect(replaceState).not.toHaveBeenCalled();
      expect(window.location.search).toBe('');
    });

    it('stops writing for later changes', () => {
      const s = store();
      stop = syncUrlWithStore(s);
      stop();
      s.getState().setLang('de');
      vi.advanceTimersByTime(1000);
      expect(replaceState).not.toHaveBeenCalled();
    });
  });
});
