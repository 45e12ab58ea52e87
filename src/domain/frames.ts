/**
 * Schedules work once per animation frame. The map binding and the embed's message batcher
 * both coalesce to one update per frame through it; tests pass a manual scheduler instead.
 */
export interface FrameScheduler {
  request: (cb: () => void) => number;
  cancel: (handle: number) => void;
}

/** The browser's animation frames. */
export const animationFrames: FrameScheduler = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
};
