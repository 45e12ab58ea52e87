// Performance marks for the benchmark (`npm run bench`). Off unless the page sets
// `globalThis.__qantarTrace = true`, so readers' sessions never fill the timeline buffer.

declare global {
  var __qantarTrace: boolean | undefined;
}

/** Runs fn; when tracing, records its duration as a performance measure named `qantar:<name>`. */
export function traced<T>(name: string, fn: () => T): T {
  if (!globalThis.__qantarTrace) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(`qantar:${name}`, { start, end: performance.now() });
  }
}
