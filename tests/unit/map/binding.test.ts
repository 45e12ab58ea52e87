import { describe, expect, it } from 'vitest';
import { bindStoreToMap, type FrameScheduler } from '../../../src/map/binding';
import type { MapPort } from '../../../src/map/port';
import { hoursSinceStart } from '../../../src/domain/time';
import { LAYERS, createQantarStore } from '../../../src/store/store';
import { PLACES, at, dataset, event } from '../helpers';

type Call = { method: string; args: unknown[] };

/**
 * A fake map that records every call. It answers any MapPort method, so the binding can grow
 * new intents without these tests' fake falling behind; each test asserts the calls it is about.
 */
function fakePort(): {
  port: MapPort;
  calls: Call[];
  names: () => string[];
  argsOf: (m: string) => unknown[][];
} {
  const calls: Call[] = [];
  const port = new Proxy({} as MapPort, {
    get:
      (_target, method) =>
      (...args: unknown[]) => {
        calls.push({ method: String(method), args });
      },
  });
  return {
    port,
    calls,
    names: () => calls.map((c) => c.method),
    argsOf: (m) => calls.filter((c) => c.method === m).map((c) => c.args),
  };
}

/** A fake frame scheduler: collects callbacks; the test runs them with runFrame(). */
function fakeFrames() {
  const pending = new Map<number, () => void>();
  const cancelled: number[] = [];
  let nextHandle = 1;
  const frames: FrameScheduler = {
    request: (cb) => {
      const h = nextHandle++;
      pending.set(h, cb);
      return h;
    },
    cancel: (h) => {
      cancelled.push(h);
      pending.delete(h);
    },
  };
  const runFrame = () => {
    const cbs = [...pending.values()];
    pending.clear();
    for (const cb of cbs) cb();
  };
  return { frames, pending, cancelled, runFrame, requested: () => nextHandle - 1 };
}

const T = at('2022-01-05T22:00+06:00');

function setup() {
  const store = createQantarStore(
    dataset({
      places: Object.values(PLACES),
      events: [event({ id: 'e1', place: 'almaty', start: at('2022-01-05T10:30+06:00') })],
    }),
    { time: T, lang: 'en' },
  );
  const map = fakePort();
  const raf = fakeFrames();
  const { stop, flush } = bindStoreToMap(store, map.port, raf.frames);
  return { store, map, raf, stop, flush };
}

/** Counts how often each method was called. */
function tally(names: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of names) out[n] = (out[n] ?? 0) + 1;
  return out;
}

describe('bindStoreToMap: initial sync', () => {
  it('sends each family’s time, language, selection and cities once, without waiting for a frame', () => {
    const { map, raf } = setup();
    expect(raf.pending.size).toBe(0);
    expect(tally(map.names())).toMatchObject({
      setLayerTime: 3,
      setLang: 1,
      setSelectedEvent: 1,
      updateCities: 1,
    });
  });

  it('sends every layer’s visibility once', () => {
    const { map } = setup();
    expect(map.argsOf('setLayerVisible')).toEqual(LAYERS.map((l) => [l, true]));
  });

  it('sends hidden layers as not visible', () => {
    const store = createQantarStore(dataset(), { layers: ['places'] });
    const map = fakePort();
    bindStoreToMap(store, map.port, fakeFrames().frames);
    expect(map.argsOf('setLayerVisible')).toEqual(LAYERS.map((l) => [l, l === 'places']));
  });

  it('sends the incidents the start of the last event before the time, in hours since the start', () => {
    const { map } = setup();
    // e1 started on 5 January at 10:30; at 22:00 the map draws what it draws at 10:30.
    expect(map.argsOf('setLayerTime')).toContainEqual(['incidents', 4 * 24 + 10.5]);
  });

  it('sends the language', () => {
    const { map } = setup();
    expect(map.argsOf('setLang')).toEqual([['en']]);
  });

  it('sends no selected event when none is selected', () => {
    const { map } = setup();
    expect(map.argsOf('setSelectedEvent')).toEqual([[null]]);
  });

  it('sends the city counts at the store time, the selected place and the language', () => {
    const { map } = setup();
    expect(map.argsOf('updateCities')).toEqual([
      [
        new Map([
          ['almaty', 1],
          ['aktobe', 0],
        ]),
        null,
        'en',
      ],
    ]);
  });
});

describe('bindStoreToMap: coalescing', () => {
  it('waits for a frame before sending a change', () => {
    const { store, map } = setup();
    map.calls.length = 0;
    store.getState().stepHours(1);
    expect(map.calls).toEqual([]);
  });

  it('requests one frame for several changes', () => {
    const { store, raf } = setup();
    store.getState().stepHours(1);
    store.getState().stepHours(1);
    store.getState().setLang('de');
    expect(raf.requested()).toBe(1);
  });

  it('sends several changes before a frame in one flush, with the latest values', () => {
    const { store, map, raf } = setup();
    map.calls.length = 0;
    store.getState().setTime(at('2022-01-04T12:00+06:00'));
    store.getState().setTime(at('2022-01-05T09:00+06:00'));
    raf.runFrame();
    // Both times are before e1: one call, an hour before it.
    expect(map.argsOf('setLayerTime')).toEqual([['incidents', 4 * 24 + 9.5]]);
    expect(map.argsOf('updateCities')).toHaveLength(1);
  });

  it('requests a new frame for a change after a flush', () => {
    const { store, raf } = setup();
    store.getState().stepHours(1);
    raf.runFrame();
    store.getState().stepHours(1);
    expect(raf.requested()).toBe(2);
    expect(raf.pending.size).toBe(1);
  });

  it('sends nothing when a change is undone before the frame', () => {
    const { store, map, raf } = setup();
    map.calls.length = 0;
    store.getState().setLang('de');
    store.getState().setLang('en');
    raf.runFrame();
    expect(map.calls).toEqual([]);
  });
});

describe('bindStoreToMap: only what changed', () => {
  it('sends nothing for a tick that crosses no boundary', () => {
    const { store, map, raf } = setup();
    map.calls.length = 0;
    store.getState().stepHours(2);
    raf.runFrame();
    expect(map.calls).toEqual([]);
  });

  it('sends a time change across an event as setLayerTime and updateCities, not setLang, layers or selection', () => {
    const { store, map, raf } = setup();
    map.calls.length = 0;
    store.getState().setTime(at('2022-01-05T10:00+06:00'));
    raf.runFrame();
    expect(map.names()).toContain('setLayerTime');
    expect(map.names()).toContain('updateCities');
    expect(map.names()).not.toContain('setLang');
    expect(map.names()).not.toContain('setLayerVisible');
    expect(map.names()).not.toContain('setSelectedEvent');
  });

  it('sends a language change as setLang and updateCities in that language, not setTime', () => {
    const { store, map, raf } = setup();
    map.calls.length = 0;
    store.getState().setLang('de');
    raf.runFrame();
    expect(map.argsOf('setLang')).toEqual([['de']]);
    expect(map.argsOf('updateCities')[0]?.[2]).toBe('de');
    expect(map.names()).not.toContain('setTime');
  });

  it('sends a layer change as every layer’s visibility, not setTime or updateCities', () => {
    const { store, map, raf } = setup();
    map.calls.length = 0;
    store.getState().setLayerVisible('incidents', false);
    raf.runFrame();
    expect(map.argsOf('setLayerVisible')).toEqual(LAYERS.map((l) => [l, l !== 'incidents']));
    expect(map.names()).not.toContain('setTime');
    expect(map.names()).not.toContain('updateCities');
  });

  it('sends a selected event as setSelectedEvent only', () => {
    const { store, map, raf } = setup();
    map.calls.length = 0;
    store.getState().selectEvent('e1');
    raf.runFrame();
    expect(map.calls).toEqual([{ method: 'setSelectedEvent', args: ['e1'] }]);
  });

  it('sends a selected place as updateCities with that place, not setSelectedEvent when none was selected', () => {
    const { store, map, raf } = setup();
    map.calls.length = 0;
    store.getState().selectPlace('almaty');
    raf.runFrame();
    expect(map.argsOf('updateCities')).toEqual([
      [
        new Map([
          ['almaty', 1],
          ['aktobe', 0],
        ]),
        'almaty',
        'en',
      ],
    ]);
    expect(map.names()).not.toContain('setSelectedEvent');
    expect(map.names()).not.toContain('setTime');
  });

  it('clears the selected event on the map when a place is selected', () => {
    const { store, map, raf } = setup();
    store.getState().selectEvent('e1');
    raf.runFrame();
    map.calls.length = 0;
    store.getState().selectPlace('almaty');
    raf.runFrame();
    expect(map.argsOf('setSelectedEvent')).toEqual([[null]]);
  });

  it('before the first event, sends the incidents a time an hour before it', () => {
    const { store, map, raf } = setup();
    map.calls.length = 0;
    store.getState().setTime(at('2022-01-01T05:00+06:00'));
    raf.runFrame();
    expect(map.argsOf('setLayerTime')).toEqual([
      ['incidents', hoursSinceStart(at('2022-01-05T09:30+06:00'))],
    ]);
  });

  it('sends city counts at the new time', () => {
    const { store, map, raf } = setup();
    map.calls.length = 0;
    store.getState().setTime(at('2022-01-05T10:00+06:00'));
    raf.runFrame();
    expect(map.argsOf('updateCities')[0]?.[0]).toEqual(
      new Map([
        ['almaty', 0],
        ['aktobe', 0],
      ]),
    );
  });
});

describe('bindStoreToMap: flushing', () => {
  // The browser tests' "map is idle" flushes first: the map may go idle in the frame before
  // the binding's, and the wait would end on the picture from before the change.
  it('sends the waiting update at once, as its frame would have, and cancels the frame', () => {
    const byFrame = setup();
    byFrame.map.calls.length = 0;
    byFrame.store.getState().stepHours(24);
    byFrame.raf.runFrame();

    const { store, map, raf, flush } = setup();
    map.calls.length = 0;
    store.getState().stepHours(24);
    expect(map.names()).toEqual([]);
    flush();
    // e1 stopped being recent on 6 January at 10:30: the incidents' time moves there.
    expect(map.names()).toEqual(['setLayerTime']);
    expect(map.calls).toEqual(byFrame.map.calls);
    expect(raf.cancelled).toEqual([1]);
    expect(raf.pending.size).toBe(0);
  });

  it('sends nothing when no update is waiting', () => {
    const { map, raf, flush } = setup();
    map.calls.length = 0;
    flush();
    expect(map.calls).toEqual([]);
    expect(raf.cancelled).toEqual([]);
  });

  it('lets the next change wait for a frame again', () => {
    const { store, raf, flush } = setup();
    store.getState().stepHours(1);
    flush();
    store.getState().stepHours(1);
    expect(raf.pending.size).toBe(1);
  });
});

describe('bindStoreToMap: stopping', () => {
  it('cancels the pending frame', () => {
    const { store, raf, stop } = setup();
    store.getState().stepHours(1);
    stop();
    expect(raf.cancelled).toEqual([1]);
    expect(raf.pending.size).toBe(0);
  });

  it('sends nothing for changes after stopping', () => {
    const { store, map, raf, stop } = setup();
    map.calls.length = 0;
    stop();
    store.getState().stepHours(1);
    raf.runFrame();
    expect(map.calls).toEqual([]);
    expect(raf.requested()).toBe(0);
  });

  it('cancels nothing when no frame is pending', () => {
    const { raf, stop } = setup();
    stop();
    expect(raf.cancelled).toEqual([]);
  });
});
