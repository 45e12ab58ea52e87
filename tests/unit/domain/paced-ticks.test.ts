import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pacedTicks } from '../../../src/domain/paced-ticks';

/** A `ready` the test resolves by hand: the map "draws" when the test says so. */
function manualReady() {
  let waiting: (() => void)[] = [];
  const ready = vi.fn(() => new Promise<void>((resolve) => waiting.push(resolve)));
  const draw = () => {
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  return { ready, draw, waiting: () => waiting.length };
}

describe('pacedTicks', () => {
  let stop: (() => void) | null = null;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  it('ticks once per interval, one step each, while nothing waits', async () => {
    const tick = vi.fn();
    stop = pacedTicks(100, tick);
    await vi.advanceTimersByTimeAsync(99);
    expect(tick).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(tick.mock.calls).toEqual([[1]]);
    await vi.advanceTimersByTimeAsync(300);
    expect(tick.mock.calls).toEqual([[1], [1], [1], [1]]);
  });

  it('waits for the map before a tick and never asks twice while it waits', async () => {
    const tick = vi.fn();
    const map = manualReady();
    stop = pacedTicks(100, tick, map.ready);
    await vi.advanceTimersByTimeAsync(1000);
    expect(tick).not.toHaveBeenCalled();
    expect(map.waiting()).toBe(1);
    map.draw();
    await vi.advanceTimersByTimeAsync(0);
    expect(tick).toHaveBeenCalledTimes(1);
  });

  it('keeps the speed in longer strides when the map was slow', async () => {
    const tick = vi.fn();
    const map = manualReady();
    stop = pacedTicks(100, tick, map.ready);
    // The map draws the tick before only 350 ms after the first tick was due.
    await vi.advanceTimersByTimeAsync(450);
    map.draw();
    await vi.advanceTimersByTimeAsync(0);
    expect(tick.mock.calls).toEqual([[4]]);
    // Back on time: the next tick is due at 500 ms, one interval after the one it stood for.
    await vi.advanceTimersByTimeAsync(49);
    expect(map.waiting()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    map.draw();
    await vi.advanceTimersByTimeAsync(0);
    expect(tick.mock.calls).toEqual([[4], [1]]);
  });

  it('stops: no tick after stop, also not one whose map was drawn afterwards', async () => {
    const tick = vi.fn();
    const map = manualReady();
    stop = pacedTicks(100, tick, map.ready);
    await vi.advanceTimersByTimeAsync(100);
    stop();
    map.draw();
    await vi.advanceTimersByTimeAsync(1000);
    expect(tick).not.toHaveBeenCalled();
  });

  it('stops from inside a tick (playback reaches the end)', async () => {
    const tick = vi.fn(() => stop!());
    stop = pacedTicks(100, tick);
    await vi.advanceTimersByTimeAsync(1000);
    expect(tick).toHaveBeenCalledTimes(1);
  });
});
