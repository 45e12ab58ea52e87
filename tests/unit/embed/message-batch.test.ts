import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyHostMessage } from '../../../src/embed/host-bridge';
import { coalesceHostMessages, createMessageBatcher } from '../../../src/embed/message-batch';
import type { HostMessage } from '../../../src/embed/messages';
import { createQantarStore, LAYERS, type QantarStore } from '../../../src/store/store';
import { PLACES, dataset } from '../helpers';

const SELECTABLE: ReadonlySet<string> = new Set(['almaty', 'almaty-akimat']);
const setTime = (time: string): HostMessage => ({ type: 'qantar:set-time', version: 1, time });
const PLAY: HostMessage = { type: 'qantar:play', version: 1 };
const PAUSE: HostMessage = { type: 'qantar:pause', version: 1 };

describe('coalesceHostMessages', () => {
  it('keeps only the last of a run of set-time messages', () => {
    expect(
      coalesceHostMessages([setTime('2022-01-02T00:00'), setTime('2022-01-03T00:00')]),
    ).toEqual([setTime('2022-01-03T00:00')]);
  });

  it('keeps the last of each type, in the order of those last ones', () => {
    const lang: HostMessage = { type: 'qantar:set-lang', version: 1, lang: 'de' };
    expect(
      coalesceHostMessages([setTime('2022-01-02T00:00'), lang, setTime('2022-01-03T00:00')]),
    ).toEqual([lang, setTime('2022-01-03T00:00')]);
  });

  it('never coalesces across play or pause, and keeps every play and pause', () => {
    const a = setTime('2022-01-02T00:00');
    const b = setTime('2022-01-03T00:00');
    const c = setTime('2022-01-04T00:00');
    expect(coalesceHostMessages([a, b, PLAY, PAUSE, PLAY, c, a])).toEqual([
      b,
      PLAY,
      PAUSE,
      PLAY,
      a,
    ]);
  });

  it('keeps a message type it does not know as order-sensitive', () => {
    const other = { type: 'qantar:set-step', version: 1, step: 'x' } as unknown as HostMessage;
    const a = setTime('2022-01-02T00:00');
    const b = setTime('2022-01-03T00:00');
    expect(coalesceHostMessages([a, other, b])).toEqual([a, other, b]);
  });

  it('returns an empty list for none', () => {
    expect(coalesceHostMessages([])).toEqual([]);
  });
});

// The contract of coalescing, for any sequence: applying what is kept leaves the store exactly
// as applying every message would.
describe('coalesceHostMessages: same end state as applying every message', () => {
  const message: fc.Arbitrary<HostMessage> = fc.oneof(
    fc
      .constantFrom(
        '2022-01-01T00:00',
        '2022-01-05T22:00',
        '2022-01-19T23:00',
        '2022-01-20T00:00',
        '2022-01-08T06:00+06:00',
      )
      .map(setTime),
    fc.constant(PLAY),
    fc.constant(PAUSE),
    fc
      .constantFrom('almaty', 'almaty-akimat', null)
      .map((placeId): HostMessage => ({ type: 'qantar:select-place', version: 1, placeId })),
    fc
      .subarray([...LAYERS], { minLength: 1 })
      .map((layers): HostMessage => ({ type: 'qantar:set-layers', version: 1, layers })),
    fc
      .constantFrom('de' as const, 'en' as const)
      .map((lang): HostMessage => ({ type: 'qantar:set-lang', version: 1, lang })),
  );

  const endState = (s: QantarStore) => {
    const { time, playing, layers, lang, selectedPlace, selectedEvent } = s.getState();
    return { time, playing, layers: [...layers].sort(), lang, selectedPlace, selectedEvent };
  };

  it('holds for arbitrary sequences', () => {
    fc.assert(
      fc.property(fc.array(message, { maxLength: 40 }), fc.boolean(), (messages, reducedMotion) => {
        const fresh = () =>
          createQantarStore(dataset({ places: Object.values(PLACES) }), {
            reducedMotion,
            selectedEvent: 'ev-1',
          });
        const all = fresh();
        for (const m of messages) applyHostMessage(all, m, SELECTABLE);
        const coalesced = fresh();
        for (const m of coalesceHostMessages(messages)) applyHostMessage(coalesced, m, SELECTABLE);
        expect(endState(coalesced)).toEqual(endState(all));
      }),
      { numRuns: 500 },
    );
  });
});

describe('createMessageBatcher', () => {
  let callbacks: (() => void)[];
  const frames = {
    request: (cb: () => void) => callbacks.push(cb),
    cancel: (handle: number) => {
      callbacks[handle - 1] = () => {};
    },
  };
  const runFrame = () => {
    const due = callbacks;
    callbacks = [];
    for (const cb of due) cb();
  };

  beforeEach(() => {
    callbacks = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('applies nothing before the frame, then the coalesced queue once', () => {
    const apply = vi.fn();
    const batcher = createMessageBatcher(apply, frames);
    for (let i = 0; i < 10_000; i++) batcher.push(setTime(`2022-01-0${1 + (i % 9)}T00:00`));
    batcher.push(setTime('2022-01-08T06:00'));
    expect(apply).not.toHaveBeenCalled();
    expect(callbacks).toHaveLength(1);
    runFrame();
    expect(apply).toHaveBeenCalledTimes(1);
    expect(apply).toHaveBeenCalledWith([setTime('2022-01-08T06:00')]);
  });

  it('requests a new frame for messages after a flush', () => {
    const apply = vi.fn();
    const batcher = createMessageBatcher(apply, frames);
    batcher.push(PLAY);
    runFrame();
    batcher.push(PAUSE);
    runFrame();
    expect(apply.mock.calls).toEqual([[[PLAY]], [[PAUSE]]]);
  });

  it('flushes on the fallback timer when no frame runs, and then not again at the frame', () => {
    const apply = vi.fn();
    const batcher = createMessageBatcher(apply, frames, 100);
    batcher.push(PLAY);
    vi.advanceTimersByTime(100);
    expect(apply).toHaveBeenCalledTimes(1);
    runFrame();
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('applies nothing after dispose', () => {
    const apply = vi.fn();
    const batcher = createMessageBatcher(apply, frames);
    batcher.push(PLAY);
    batcher.dispose();
    runFrame();
    vi.advanceTimersByTime(1000);
    expect(apply).not.toHaveBeenCalled();
  });
});
