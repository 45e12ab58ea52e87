import { useEffect } from 'react';
import { RANGE_END } from '../domain/time';
import { useQantar, useQantarStoreApi } from '../store/context';

/** Milliseconds between hourly steps at 1× speed (4 hours of January 2022 per second). */
export const STEP_INTERVAL_MS = 250;

/** Advances the slider by one hour per step while playing, and stops at the end. */
export function usePlayback(): void {
  const store = useQantarStoreApi();
  const playing = useQantar((s) => s.playing);
  const speed = useQantar((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const s = store.getState();
      if (s.time >= RANGE_END) s.pause();
      else s.stepHours(1);
    }, STEP_INTERVAL_MS / speed);
    return () => clearInterval(timer);
  }, [store, playing, speed]);
}
