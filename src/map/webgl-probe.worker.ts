// Creates the page's first WebGL2 context off the main thread and says when it is done (see
// webgl.ts): the first context starts the browser's GL backend, which can hold the calling
// thread for hundreds of milliseconds on a phone or in software rendering.
try {
  new OffscreenCanvas(1, 1).getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
} catch {
  // The page's own check decides.
}
postMessage('done');
