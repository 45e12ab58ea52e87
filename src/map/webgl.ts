/**
 * Whether this browser can give the map a WebGL2 context. Kept apart from the adapter, which
 * pulls in maplibre-gl (about 300 kB), so a reader without WebGL gets the text view at once
 * instead of after downloading and parsing a map library it cannot use.
 */
export function supportsWebGL2(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}
