// @vitest-environment jsdom
// The WebGL2 check (src/map/webgl.ts): a worker starts the GL backend off the main thread, then
// the page's own check decides.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { supportsWebGL2Async } from '../../../src/map/webgl';

/** Records the order of events: the worker's start, its end and the page's check. */
const order: string[] = [];

/** A worker that ends (or fails) a task after it is created, as the probe does. */
function fakeWorker(outcome: 'done' | 'error') {
  class FakeWorker {
    onmessage: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor() {
      order.push('worker');
      setTimeout(() => {
        order.push(`worker ${outcome}`);
        if (outcome === 'error') this.onerror?.();
        else this.onmessage?.();
      }, 0);
    }
    terminate() {
      order.push('terminated');
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('OffscreenCanvas', class {});
}

function pageContext(gl: boolean) {
  const loseContext = vi.fn();
  const getContext = vi
    .spyOn(HTMLCanvasElement.prototype, 'getContext')
    .mockImplementation((kind: string) => {
      order.push(`page ${kind}`);
      return gl ? ({ getExtension: () => ({ loseContext }) } as unknown as RenderingContext) : null;
    });
  return { getContext, loseContext };
}

afterEach(() => {
  order.length = 0;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('supportsWebGL2Async', () => {
  it('asks the page only after the worker has started the GL backend', async () => {
    fakeWorker('done');
    const { loseContext } = pageContext(true);
    await expect(supportsWebGL2Async()).resolves.toBe(true);
    expect(order).toEqual(['worker', 'worker done', 'terminated', 'page webgl2']);
    // The page's probe gives its context back: the map makes its own.
    expect(loseContext).toHaveBeenCalledOnce();
  });

  it('lets the page decide: no context there means no map', async () => {
    fakeWorker('done');
    pageContext(false);
    await expect(supportsWebGL2Async()).resolves.toBe(false);
  });

  it('asks the page when the worker fails', async () => {
    fakeWorker('error');
    pageContext(true);
    await expect(supportsWebGL2Async()).resolves.toBe(true);
    expect(order).toEqual(['worker', 'worker error', 'terminated', 'page webgl2']);
  });

  it('asks the page at once where there is no OffscreenCanvas', async () => {
    vi.stubGlobal('Worker', class {});
    vi.stubGlobal('OffscreenCanvas', undefined);
    pageContext(true);
    await expect(supportsWebGL2Async()).resolves.toBe(true);
    expect(order).toEqual(['page webgl2']);
  });
});
