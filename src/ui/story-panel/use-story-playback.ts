import { useEffect } from 'react';
import { pacedTicks } from '../../domain/paced-ticks';
import { HOUR_MS } from '../../domain/time';
import { useQantar, useQantarStoreApi } from '../../store/context';

/** Ticks per window: a step's window plays through in about five seconds, however long it is. */
export const WINDOW_TICKS = 20;
export const WINDOW_TICK_MS = 250;

/**
 * Plays the time through a step's window in whole hours, then stops. A reader who moves the
 * slider meanwhile takes over: the playback stops where they put it. Like the slider's playback,
 * each tick waits until the map has drawn the one before (`whenDrawn`).
 */
export function useStoryPlayback(whenDrawn?: () => Promise<void>): void {
  const store = useQantarStoreApi();
  const until = useQantar((s) => s.storyPlayUntil);
  useEffect(() => {
    if (until === null) return;
    const from = store.getState().time;
    const stride = Math.max(1, Math.ceil((until - from) / HOUR_MS / WINDOW_TICKS)) * HOUR_MS;
    let expected = from;
    return pacedTicks(
      WINDOW_TICK_MS,
      (steps) => {
        const s = store.getState();
        if (s.time !== expected || s.storyPlayUntil !== until) {
          s.stopStoryPlayback();
          return;
        }
        expected = Math.min(until, s.time + stride * steps) as typeof expected;
        s.setTime(expected);
        if (expected >= until) s.stopStoryPlayback();
      },
      whenDrawn,
    );
  }, [store, until, whenDrawn]);
}
