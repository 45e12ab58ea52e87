import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { applyHostMessage, connectHostPage } from '../../../src/embed/host-bridge';
import { parseHostMessage, type HostMessage } from '../../../src/embed/messages';
import {
  createQantarStore,
  LAYERS,
  type QantarStore,
  type StoreInit,
} from '../../../src/store/store';
import { PLACES, at, dataset } from '../helpers';

// Cities and sites that may be selected from outside; aktobe exists but is not selectable here.
const SELECTABLE: ReadonlySet<string> = new Set(['almaty', 'almaty-akimat']);

function store(init: StoreInit = {}): QantarStore {
  return createQantarStore(dataset({ places: Object.values(PLACES) }), init);
}

function apply(s: QantarStore, message: HostMessage) {
  applyHostMessage(s, message, SELECTABLE);
}

describe('applyHostMessage: set-time', () => {
  it('sets a time with offset', () => {
    const s = store();
    apply(s, { type: 'qantar:set-time', version: 1, time: '2022-01-05T22:00+06:00' });
    expect(s.getState().time).toBe(at('2022-01-05T22:00+06:00'));
  });

  it('reads a time without offset as Almaty time', () => {
    const s = store();
    apply(s, { type: 'qantar:set-time', version: 1, time: '2022-01-05T22:00' });
    expect(s.getState().time).toBe(at('2022-01-05T22:00+06:00'));
  });

  it('rounds a time between hours down to the hour, as the slider does', () => {
    const s = store();
    apply(s, { type: 'qantar:set-time', version: 1, time: '2022-01-05T22:45+06:00' });
    expect(s.getState().time).toBe(at('2022-01-05T22:00+06:00'));
  });

  it('ignores a time that is not a time', () => {
    const s = store({ time: at('2022-01-05T10:00+06:00') });
    apply(s, { type: 'qantar:set-time', version: 1, time: 'tomorrow' });
    expect(s.getState().time).toBe(at('2022-01-05T10:00+06:00'));
  });

  it('ignores a time after the range instead of clamping it', () => {
    const s = store({ time: at('2022-01-05T10:00+06:00') });
    apply(s, { type: 'qantar:set-time', version: 1, time: '2022-02-01T00:00+06:00' });
    expect(s.getState().time).toBe(at('2022-01-05T10:00+06:00'));
  });

  it('ignores a time before the range', () => {
    const s = store({ time: at('2022-01-05T10:00+06:00') });
    apply(s, { type: 'qantar:set-time', version: 1, time: '2021-12-31T23:00+06:00' });
    expect(s.getState().time).toBe(at('2022-01-05T10:00+06:00'));
  });
});

describe('applyHostMessage: play and pause', () => {
  it('starts playing', () => {
    const s = store();
    apply(s, { type: 'qantar:play', version: 1 });
    expect(s.getState().playing).toBe(true);
  });

  it('does not start playing for a reader who asked for reduced motion', () => {
    const s = store({ reducedMotion: true });
    apply(s, { type: 'qantar:play', version: 1 });
    expect(s.getState().playing).toBe(false);
  });

  it('pauses', () => {
    const s = store();
    s.getState().play();
    apply(s, { type: 'qantar:pause', version: 1 });
    expect(s.getState().playing).toBe(false);
  });

  it('pauses under reduced motion too', () => {
    const s = store({ reducedMotion: true });
    s.getState().play();
    apply(s, { type: 'qantar:pause', version: 1 });
    expect(s.getState().playing).toBe(false);
  });
});

describe('applyHostMessage: select-place', () => {
  it('selects a selectable city', () => {
    const s = store();
    apply(s, { type: 'qantar:select-place', version: 1, placeId: 'almaty' });
    expect(s.getState().selectedPlace).toBe('almaty');
  });

  it('selects a selectable site', () => {
    const s = store();
    apply(s, { type: 'qantar:select-place', version: 1, placeId: 'almaty-akimat' });
    expect(s.getState().selectedPlace).toBe('almaty-akimat');
  });

  it('ignores a place of the dataset that is not selectable', () => {
    const s = store({ selectedPlace: 'almaty' });
    apply(s, { type: 'qantar:select-place', version: 1, placeId: 'aktobe' });
    expect(s.getState().selectedPlace).toBe('almaty');
  });

  it('ignores an unknown place', () => {
    const s = store({ selectedPlace: 'almaty' });
    apply(s, { type: 'qantar:select-place', version: 1, placeId: 'atlantis' });
    expect(s.getState().selectedPlace).toBe('almaty');
  });

  it('clears the selection for null', () => {
    const s = store({ selectedPlace: 'almaty', selectedEvent: 'ev-1' });
    apply(s, { type: 'qantar:select-place', version: 1, placeId: null });
    expect(s.getState().selectedPlace).toBeNull();
    expect(s.getState().selectedEvent).toBeNull();
  });
});

describe('applyHostMessage: set-layers and set-lang', () => {
  it('shows exactly the given layers', () => {
    const s = store();
    apply(s, { type: 'qantar:set-layers', version: 1, layers: ['troops', 'incidents'] });
    expect([...s.getState().layers].sort()).toEqual(['incidents', 'troops']);
  });

  it('shows every layer for an empty list, never an empty map', () => {
    const s = store({ layers: ['troops'] });
    apply(s, { type: 'qantar:set-layers', version: 1, layers: [] });
    expect([...s.getState().layers]).toEqual([...LAYERS]);
  });

  it('reads a raw host list through the parser: unknown dropped, case ignored', () => {
    const s = store();
    const message = parseHostMessage({
      type: 'qantar:set-layers',
      version: 1,
      layers: ['heatmap', 'sites', 'Troops'],
    });
    apply(s, message!);
    expect([...s.getState().layers]).toEqual(['sites', 'troops']);
  });

  it("shows every layer for ['__proto__'] sent by a host", () => {
    const s = store({ layers: ['incidents'] });
    apply(s, parseHostMessage({ type: 'qantar:set-layers', version: 1, layers: ['__proto__'] })!);
    expect([...s.getState().layers]).toEqual([...LAYERS]);
  });

  it('sets the language', () => {
    const s = store({ lang: 'en' });
    apply(s, { type: 'qantar:set-lang', version: 1, lang: 'de' });
    expect(s.getState().lang).toBe('de');
  });
});

// --- connectHostPage, with a hand-made window and parent --------------------------------------

/** Stands in for the browser's ResizeObserver, which Node lacks; keeps the callback to call. */
class FakeResizeObserver {
  static last: FakeResizeObserver | null = null;
  readonly observed: unknown[] = [];
  disconnected = false;
  constructor(readonly callback: () => void) {
    FakeResizeObserver.last = this;
  }
  observe(target: unknown) {
    this.observed.push(target);
  }
  unobserve() {}
  disconnect() {
    this.disconnected = true;
  }
}

/** Animation frames that run only when the test says so. */
class FakeFrames {
  private callbacks = new Map<number, () => void>();
  private next = 1;
  request = (cb: () => void) => {
    this.callbacks.set(this.next, cb);
    return this.next++;
  };
  cancel = (handle: number) => {
    this.callbacks.delete(handle);
  };
  get pending(): number {
    return this.callbacks.size;
  }
  /** Runs the callbacks requested so far (those they request wait for the next run). */
  run() {
    const due = [...this.callbacks.values()];
    this.callbacks.clear();
    for (const cb of due) cb();
  }
}

type Listener = (e: MessageEvent) => void;

interface FakePage {
  win: Window;
  /** The host page: the embed's `window.parent`. */
  parent: { postMessage: Mock };
  /** The embed's own postMessage, only called when it wrongly posts to itself. */
  ownPostMessage: Mock;
  listeners: Set<Listener>;
  removeEventListener: Mock;
  setHeight: (height: number) => void;
  /** Delivers a message event to the embed's listeners. */
  receive: (event: { source: unknown; origin: string; data: unknown }) => void;
}

function fakePage({ height = 640, topLevel = false } = {}): FakePage {
  let currentHeight = height;
  const listeners = new Set<Listener>();
  const parent = { postMessage: vi.fn() };
  const ownPostMessage = vi.fn();
  const removeEventListener = vi.fn((type: string, listener: Listener) => {
    if (type === 'message') listeners.delete(listener);
  });
  const documentElement = { getBoundingClientRect: () => ({ height: currentHeight }) };
  const win: Record<string, unknown> = {
    addEventListener: (type: string, listener: Listener) => {
      if (type === 'message') listeners.add(listener);
    },
    removeEventListener,
    postMessage: ownPostMessage,
    document: { documentElement },
  };
  win['parent'] = topLevel ? win : parent;
  return {
    win: win as unknown as Window,
    parent,
    ownPostMessage,
    listeners,
    removeEventListener,
    setHeight: (h) => {
      currentHeight = h;
    },
    receive: (event) => {
      for (const l of listeners) l(event as unknown as MessageEvent);
    },
  };
}

/** Returns the messages posted to the parent of one type, with their target origins. */
function posted(page: FakePage, type: string): unknown[][] {
  return page.parent.postMessage.mock.calls.filter(
    ([m]) => typeof m === 'object' && m !== null && (m as { type: unknown }).type === type,
  );
}

describe('connectHostPage', () => {
  let page: FakePage;
  let s: QantarStore;
  let disconnect: (() => void) | null;

  let frames: FakeFrames;

  function connect(options: { allowList?: string[] | null; childId?: string | null } = {}) {
    disconnect = connectHostPage(s, {
      win: page.win,
      allowList: options.allowList ?? null,
      childId: options.childId ?? null,
      selectablePlaces: SELECTABLE,
      frames,
    });
    return disconnect;
  }

  /** Delivers a message and runs the next animation frame, which applies the queued ones. */
  function receive(event: { source: unknown; origin: string; data: unknown }) {
    page.receive(event);
    frames.run();
  }

  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    FakeResizeObserver.last = null;
    page = fakePage();
    frames = new FakeFrames();
    s = store({ time: at('2022-01-05T10:00+06:00') });
    disconnect = null;
  });

  afterEach(() => {
    disconnect?.();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  describe('on connect', () => {
    it('posts ready, then the height, to any origin', () => {
      connect();
      expect(page.parent.postMessage.mock.calls).toEqual([
        [{ type: 'qantar:ready', version: 1 }, '*'],
        [{ type: 'qantar:height', version: 1, height: 640 }, '*'],
      ]);
    });

    it('also posts the pym.js height message when there is a child id', () => {
      connect({ childId: 'qantar-map' });
      expect(page.parent.postMessage.mock.calls).toEqual([
        [{ type: 'qantar:ready', version: 1 }, '*'],
        [{ type: 'qantar:height', version: 1, height: 640 }, '*'],
        ['pymxPYMxqantar-mapxPYMxheightxPYMx640', '*'],
      ]);
    });

    it('rounds a fractional height up', () => {
      page.setHeight(640.2);
      connect();
      expect(posted(page, 'qantar:height')).toEqual([
        [{ type: 'qantar:height', version: 1, height: 641 }, '*'],
      ]);
    });

    it('posts to each allowed origin instead of to any', () => {
      connect({ allowList: ['https://a.example', 'https://b.example'] });
      expect(posted(page, 'qantar:ready')).toEqual([
        [{ type: 'qantar:ready', version: 1 }, 'https://a.example'],
        [{ type: 'qantar:ready', version: 1 }, 'https://b.example'],
      ]);
    });

    it('never posts to any origin when there is an allow-list', () => {
      connect({ allowList: ['https://a.example'], childId: 'qantar-map' });
      const targets = page.parent.postMessage.mock.calls.map(([, target]) => target as string);
      expect(new Set(targets)).toEqual(new Set(['https://a.example']));
    });

    it('observes the size of the document element', () => {
      connect();
      expect(FakeResizeObserver.last?.observed).toEqual([
        (page.win as unknown as { document: { documentElement: unknown } }).document
          .documentElement,
      ]);
    });

    it('posts nothing when the map is not in a frame', () => {
      page = fakePage({ topLevel: true });
      connect({ childId: 'qantar-map' });
      s.getState().selectPlace('almaty');
      s.getState().setTime(at('2022-01-06T10:00+06:00'));
      vi.advanceTimersByTime(1000);
      expect(page.ownPostMessage).not.toHaveBeenCalled();
      expect(page.parent.postMessage).not.toHaveBeenCalled();
    });
  });

  describe('receiving messages', () => {
    it('applies a valid message from the parent', () => {
      connect();
      receive({
        source: page.parent,
        origin: 'https://news.example',
        data: { type: 'qantar:set-lang', version: 1, lang: 'de' },
      });
      expect(s.getState().lang).toBe('de');
    });

    it('applies a message from an allowed origin', () => {
      connect({ allowList: ['https://a.example', 'https://b.example'] });
      receive({
        source: page.parent,
        origin: 'https://b.example',
        data: { type: 'qantar:select-place', version: 1, placeId: 'almaty' },
      });
      expect(s.getState().selectedPlace).toBe('almaty');
    });

    it('ignores a message whose source is not the parent', () => {
      connect();
      receive({
        source: { postMessage: vi.fn() },
        origin: 'https://news.example',
        data: { type: 'qantar:set-lang', version: 1, lang: 'de' },
      });
      expect(s.getState().lang).toBe('en');
    });

    it('ignores a message without a source', () => {
      connect();
      receive({
        source: null,
        origin: 'https://news.example',
        data: { type: 'qantar:set-lang', version: 1, lang: 'de' },
      });
      expect(s.getState().lang).toBe('en');
    });

    it('ignores a message from the parent at an origin not on the list', () => {
      connect({ allowList: ['https://a.example'] });
      receive({
        source: page.parent,
        origin: 'https://a.example.evil.com',
        data: { type: 'qantar:set-lang', version: 1, lang: 'de' },
      });
      expect(s.getState().lang).toBe('en');
    });

    it('ignores a malformed message without throwing', () => {
      connect();
      const before = s.getState();
      expect(() =>
        receive({
          source: page.parent,
          origin: 'https://news.example',
          data: '{"type":"qantar:set-lang","version":1,"lang":"de"}',
        }),
      ).not.toThrow();
      expect(s.getState()).toBe(before);
    });

    it('ignores a message that names a place that is not selectable', () => {
      connect();
      receive({
        source: page.parent,
        origin: 'https://news.example',
        data: { type: 'qantar:select-place', version: 1, placeId: 'aktobe' },
      });
      expect(s.getState().selectedPlace).toBeNull();
    });
  });

  describe('bursts of messages (issue 14, item 7)', () => {
    const fromHost = (data: unknown) => ({
      source: page.parent,
      origin: 'https://news.example',
      data,
    });
    const setTime = (time: string) => fromHost({ type: 'qantar:set-time', version: 1, time });

    it('applies 10,000 set-time messages as one store update at the next frame, the last winning', () => {
      connect();
      const updates = vi.fn();
      s.subscribe(updates);
      for (let i = 0; i < 10_000; i++) {
        const t = at('2022-01-01T00:00+06:00') + (i % 400) * 3_600_000;
        page.receive(setTime(new Date(t).toISOString()));
      }
      page.receive(setTime('2022-01-08T06:00'));
      expect(updates).not.toHaveBeenCalled();
      expect(frames.pending).toBe(1);
      frames.run();
      expect(updates).toHaveBeenCalledTimes(1);
      expect(s.getState().time).toBe(at('2022-01-08T06:00+06:00'));
    });

    it('keeps an earlier valid time when the last one of the burst is ignored', () => {
      connect();
      page.receive(setTime('2022-01-08T06:00'));
      page.receive(setTime('tomorrow'));
      page.receive(setTime('2030-01-01T00:00'));
      frames.run();
      expect(s.getState().time).toBe(at('2022-01-08T06:00+06:00'));
    });

    it('keeps the order of play and pause: pause then play plays', () => {
      connect();
      page.receive(fromHost({ type: 'qantar:pause', version: 1 }));
      page.receive(fromHost({ type: 'qantar:play', version: 1 }));
      frames.run();
      expect(s.getState().playing).toBe(true);
    });

    it('keeps the order of play and pause: play then pause is paused', () => {
      connect();
      page.receive(fromHost({ type: 'qantar:play', version: 1 }));
      page.receive(fromHost({ type: 'qantar:pause', version: 1 }));
      frames.run();
      expect(s.getState().playing).toBe(false);
    });

    it('applies the times on both sides of a play: play from the end restarts, then the later time', () => {
      connect();
      page.receive(setTime('2022-01-03T00:00'));
      page.receive(setTime('2022-01-20T00:00'));
      page.receive(fromHost({ type: 'qantar:play', version: 1 }));
      page.receive(setTime('2022-01-09T12:00'));
      page.receive(setTime('2022-01-10T12:00'));
      frames.run();
      expect(s.getState().time).toBe(at('2022-01-10T12:00+06:00'));
      expect(s.getState().playing).toBe(true);
    });

    it('a time before play counts: from the end, play starts again at the beginning', () => {
      connect();
      page.receive(setTime('2022-01-07T00:00'));
      page.receive(setTime('2022-01-20T00:00'));
      page.receive(fromHost({ type: 'qantar:play', version: 1 }));
      frames.run();
      expect(s.getState().time).toBe(at('2022-01-01T00:00+06:00'));
      expect(s.getState().playing).toBe(true);
    });

    it('selects the last place of a burst and reports only that selection', () => {
      connect();
      page.receive(fromHost({ type: 'qantar:select-place', version: 1, placeId: 'almaty' }));
      page.receive(fromHost({ type: 'qantar:select-place', version: 1, placeId: 'atlantis' }));
      page.receive(fromHost({ type: 'qantar:select-place', version: 1, placeId: null }));
      page.receive(fromHost({ type: 'qantar:select-place', version: 1, placeId: 'almaty-akimat' }));
      frames.run();
      expect(s.getState().selectedPlace).toBe('almaty-akimat');
      expect(posted(page, 'qantar:select')).toEqual([
        [{ type: 'qantar:select', version: 1, placeId: 'almaty-akimat' }, '*'],
      ]);
    });

    it('flushes on a timer when no animation frame comes (hidden tab, off-screen frame)', () => {
      connect();
      page.receive(setTime('2022-01-08T06:00'));
      vi.advanceTimersByTime(99);
      expect(s.getState().time).toBe(at('2022-01-05T10:00+06:00'));
      vi.advanceTimersByTime(1);
      expect(s.getState().time).toBe(at('2022-01-08T06:00+06:00'));
      expect(frames.pending).toBe(0);
    });

    it('applies nothing queued after disconnecting', () => {
      connect();
      page.receive(setTime('2022-01-08T06:00'));
      disconnect!();
      disconnect = null;
      frames.run();
      vi.advanceTimersByTime(1000);
      expect(s.getState().time).toBe(at('2022-01-05T10:00+06:00'));
    });
  });

  describe('reporting the time', () => {
    it('posts nothing before 200 ms have passed', () => {
      connect();
      s.getState().setTime(at('2022-01-05T11:00+06:00'));
      vi.advanceTimersByTime(199);
      expect(posted(page, 'qantar:time')).toEqual([]);
    });

    it('posts one message with the latest time for several quick changes', () => {
      connect();
      s.getState().setTime(at('2022-01-05T11:00+06:00'));
      vi.advanceTimersByTime(50);
      s.getState().setTime(at('2022-01-05T12:00+06:00'));
      vi.advanceTimersByTime(50);
      s.getState().setTime(at('2022-01-05T13:00+06:00'));
      vi.advanceTimersByTime(1000);
      expect(posted(page, 'qantar:time')).toEqual([
        [{ type: 'qantar:time', version: 1, time: '2022-01-05T13:00+06:00' }, '*'],
      ]);
    });

    it('reports at most every 200 ms while the time keeps changing', () => {
      connect();
      for (let h = 1; h <= 10; h++) {
        s.getState().setTime(at('2022-01-05T10:00+06:00') + h * 3_600_000);
        vi.advanceTimersByTime(50);
      }
      // Changes every 50 ms from 0 to 450 ms: reports at 200 ms (14:00) and at 400 ms (18:00);
      // the one due at 600 ms is still pending.
      expect(posted(page, 'qantar:time').map(([m]) => m)).toEqual([
        { type: 'qantar:time', version: 1, time: '2022-01-05T14:00+06:00' },
        { type: 'qantar:time', version: 1, time: '2022-01-05T18:00+06:00' },
      ]);
    });

    it('posts nothing more for other changes after the time was reported', () => {
      connect();
      s.getState().setTime(at('2022-01-05T11:00+06:00'));
      vi.advanceTimersByTime(200);
      s.getState().setLang('de');
      vi.advanceTimersByTime(1000);
      expect(posted(page, 'qantar:time')).toHaveLength(1);
    });

    it('posts again for a change after the last report', () => {
      connect();
      s.getState().setTime(at('2022-01-05T11:00+06:00'));
      vi.advanceTimersByTime(200);
      s.getState().setTime(at('2022-01-07T04:00+06:00'));
      vi.advanceTimersByTime(200);
      expect(posted(page, 'qantar:time').map(([m]) => m)).toEqual([
        { type: 'qantar:time', version: 1, time: '2022-01-05T11:00+06:00' },
        { type: 'qantar:time', version: 1, time: '2022-01-07T04:00+06:00' },
      ]);
    });

    it('writes the time in Almaty time with its offset', () => {
      connect();
      s.getState().setTime(at('2022-01-05T16:00Z'));
      vi.advanceTimersByTime(200);
      expect(posted(page, 'qantar:time')).toEqual([
        [{ type: 'qantar:time', version: 1, time: '2022-01-05T22:00+06:00' }, '*'],
      ]);
    });

    it('posts nothing for changes that leave the time alone', () => {
      connect();
      s.getState().setLang('de');
      s.getState().play();
      vi.advanceTimersByTime(1000);
      expect(posted(page, 'qantar:time')).toEqual([]);
    });

    it('reports a time set by the host', () => {
      connect();
      receive({
        source: page.parent,
        origin: 'https://news.example',
        data: { type: 'qantar:set-time', version: 1, time: '2022-01-06T09:00+06:00' },
      });
      vi.advanceTimersByTime(200);
      expect(posted(page, 'qantar:time')).toEqual([
        [{ type: 'qantar:time', version: 1, time: '2022-01-06T09:00+06:00' }, '*'],
      ]);
    });

    it('posts the time to each allowed origin', () => {
      connect({ allowList: ['https://a.example', 'https://b.example'] });
      s.getState().setTime(at('2022-01-05T11:00+06:00'));
      vi.advanceTimersByTime(200);
      expect(posted(page, 'qantar:time').map(([, target]) => target)).toEqual([
        'https://a.example',
        'https://b.example',
      ]);
    });
  });

  describe('reporting the selection', () => {
    it('posts the selected place at once', () => {
      connect();
      s.getState().selectPlace('almaty');
      expect(posted(page, 'qantar:select')).toEqual([
        [{ type: 'qantar:select', version: 1, placeId: 'almaty' }, '*'],
      ]);
    });

    it('posts the place and the event when an event is selected', () => {
      connect();
      s.getState().selectPlace('almaty');
      s.getState().selectEvent('ev-7');
      expect(posted(page, 'qantar:select').at(-1)).toEqual([
        { type: 'qantar:select', version: 1, placeId: 'almaty', eventId: 'ev-7' },
        '*',
      ]);
    });

    it('posts a message without ids when the selection is cleared', () => {
      s = store({ selectedPlace: 'almaty' });
      connect();
      s.getState().selectPlace(null);
      const [message] = posted(page, 'qantar:select')[0] ?? [];
      expect(message).toStrictEqual({ type: 'qantar:select', version: 1 });
    });

    it('posts nothing when the same place is selected again', () => {
      s = store({ selectedPlace: 'almaty' });
      connect();
      s.getState().selectPlace('almaty');
      expect(posted(page, 'qantar:select')).toEqual([]);
    });

    it('posts nothing for other changes after a selection was reported', () => {
      connect();
      s.getState().selectPlace('almaty');
      s.getState().setLang('de');
      expect(posted(page, 'qantar:select')).toHaveLength(1);
    });

    it('posts nothing for changes that leave the selection alone', () => {
      connect();
      s.getState().setLang('de');
      s.getState().setTime(at('2022-01-05T11:00+06:00'));
      vi.advanceTimersByTime(1000);
      expect(posted(page, 'qantar:select')).toEqual([]);
    });
  });

  describe('reporting the height', () => {
    it('posts a new height when the page resizes', () => {
      connect({ childId: 'qantar-map' });
      page.parent.postMessage.mockClear();
      page.setHeight(900);
      FakeResizeObserver.last?.callback();
      expect(page.parent.postMessage.mock.calls).toEqual([
        [{ type: 'qantar:height', version: 1, height: 900 }, '*'],
        ['pymxPYMxqantar-mapxPYMxheightxPYMx900', '*'],
      ]);
    });

    it('posts nothing when the height is unchanged', () => {
      connect({ childId: 'qantar-map' });
      page.parent.postMessage.mockClear();
      FakeResizeObserver.last?.callback();
      expect(page.parent.postMessage).not.toHaveBeenCalled();
    });

    it('posts nothing when the new height rounds up to the same whole pixel', () => {
      connect();
      page.parent.postMessage.mockClear();
      page.setHeight(639.5);
      FakeResizeObserver.last?.callback();
      expect(page.parent.postMessage).not.toHaveBeenCalled();
    });
  });

  describe('disconnecting', () => {
    it('removes the message listener it added', () => {
      const stop = connect();
      expect(page.listeners.size).toBe(1);
      const [listener] = page.listeners;
      stop();
      expect(page.removeEventListener).toHaveBeenCalledWith('message', listener);
      expect(page.listeners.size).toBe(0);
    });

    it('stops the resize observer', () => {
      const stop = connect();
      stop();
      expect(FakeResizeObserver.last?.disconnected).toBe(true);
    });

    it('posts nothing for later changes', () => {
      const stop = connect();
      page.parent.postMessage.mockClear();
      stop();
      s.getState().selectPlace('almaty');
      s.getState().setTime(at('2022-01-06T10:00+06:00'));
      vi.advanceTimersByTime(1000);
      expect(page.parent.postMessage).not.toHaveBeenCalled();
    });

    it('cancels a pending time report', () => {
      const stop = connect();
      s.getState().setTime(at('2022-01-06T10:00+06:00'));
      stop();
      vi.advanceTimersByTime(1000);
      expect(posted(page, 'qantar:time')).toEqual([]);
    });
  });
});
