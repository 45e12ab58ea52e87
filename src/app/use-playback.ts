import { useEffect } from 'react';
import { pacedTicks } from '../domain/paced-ticks';
import { RANGE_END } from '../domain/time';
import { useQantar, useQantarStoreApi } from '../store/context';

/** Milliseconds between hourly steps at 1× speed (4 hours of January 2022 per second). */
export const STEP_INTERVAL_MS = 250;

/**
 * Advances the slider by one hour per step while playing, and stops at the end. Each step waits
 * until the map has drawn the one before (`whenDrawn`, once the map is there); where it cannot
 * keep up, the playback keeps its speed in longer strides instead of piling up work (issue 15).
 */
export function usePlayback(whenDrawn?: () => Promise<void>): void {
  const store = useQantarStoreApi();
  const playing = useQantar((s) => s.playing);
  const speed = useQantar((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    return pacedTicks(
      STEP_INTERVAL_MS / speed,
      (steps) => {
        const s = store.getState();
        if (s.time >= RANGE_END) s.pause();
        else s.stepHours(steps);
      },
      whenDrawn,
    );
  }, [store, playing, speed, whenDrawn]);
}
