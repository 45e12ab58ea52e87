// Creates the page's first WebGL2 context off the main thread and says when it is done (see
// webgl.ts): the first context starts the browser's GL backend, which held the calling thread
// for 40–700 ms on the bench machine (WebGL in software).
try {
  new OffscreenCanvas(1, 1).getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
} catch {
  // The page's own check decides.
}
postMessage('done');
