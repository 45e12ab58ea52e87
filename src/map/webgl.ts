/**
 * Whether this browser can give the map a WebGL2 context. Kept apart from the adapter, which
 * pulls in maplibre-gl (about 300 kB), so a reader without WebGL gets the text view at once
 * instead of after downloading and parsing a map library it cannot use.
 */
export function supportsWebGL2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    // The probe's context is not the map's: give its resources back at once.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

/**
 * The same answer, with the expensive part off the main thread: the first WebGL context of a
 * page starts the browser's GL backend (ANGLE), which held the main thread for 40–700 ms on the
 * bench machine while the first view was painting (issue 15). A worker creates that first
 * context in an OffscreenCanvas; the page's own check then only asks a running backend. The
 * page decides: a worker may get WebGL2 where the page does not (Chromium's --disable-webgl2
 * covers pages only) and the other way round. Without workers or OffscreenCanvas the page
 * asks at once.
 */
export async function supportsWebGL2Async(): Promise<boolean> {
  if (typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined')
    await new Promise<void>((resolve) => {
      let worker: Worker | undefined;
      const done = () => {
        worker?.terminate();
        resolve();
      };
      try {
        worker = new Worker(new URL('./webgl-probe.worker.ts', import.meta.url), {
          type: 'module',
        });
        worker.onmessage = done;
        worker.onerror = done;
      } catch {
        done();
      }
    });
  return supportsWebGL2();
}
