/**
 * Calls `tick(steps)` every `intervalMs` until stopped, paced by `ready`: a tick first waits
 * until `ready()` resolves (playback passes "the map has drawn the tick before"), then passes how
 * many intervals have passed since the tick before (1 when on time). So a playback keeps its
 * speed where the map cannot draw every step, by taking longer strides, and never asks for more
 * than the map can draw (before, a slow map queued a reload per tick). Returns the function that
 * stops it.
 */
export function pacedTicks(
  intervalMs: number,
  tick: (steps: number) => void,
  ready: () => Promise<void> = () => Promise.resolve(),
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let due = Date.now() + intervalMs;
  const run = () => {
    void ready().then(() => {
      if (stopped) return;
      const steps = 1 + Math.max(0, Math.floor((Date.now() - due) / intervalMs));
      due += steps * intervalMs;
      tick(steps);
      if (!stopped) timer = setTimeout(run, Math.max(0, due - Date.now()));
    });
  };
  timer = setTimeout(run, intervalMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
