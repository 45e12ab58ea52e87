import type { CameraView } from './port';

/**
 * The camera the map opens on, computed without maplibre, so the first-view picture
 * (FirstView.tsx) can be drawn where the map will draw the same places once it has loaded.
 * Web Mercator in maplibre's units: the world is 512 units wide at zoom 0.
 */

export const WORLD_SIZE = 512;

/** Kazakhstan with a margin: the camera of free exploration when a link names no view. */
export const KAZAKHSTAN_BOUNDS: [number, number, number, number] = [46.5, 40.3, 87.4, 55.6];

/** The map's zoom range (the adapter's minZoom and maxZoom; city scale needs 15). */
export const ZOOM_RANGE = { min: 1.5, max: 15 } as const;

/** Below this width a map uses a story step's phone camera (phones, narrow embeds). */
export const NARROW_MAP_WIDTH = 600;

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface CameraTarget {
  center: [number, number];
  zoom: number;
  padding: Padding;
}

/** Projects longitude and latitude to world units at zoom 0 (x east, y south). */
export function project(lon: number, lat: number): [number, number] {
  const phi = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
  return [
    ((lon + 180) / 360) * WORLD_SIZE,
    ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * WORLD_SIZE,
  ];
}

const NO_PADDING: Padding = { top: 0, bottom: 0, left: 0, right: 0 };

/** The inverse of `project`. */
export function unproject(x: number, y: number): [number, number] {
  const lon = (x / WORLD_SIZE) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / WORLD_SIZE))) * 180) / Math.PI;
  return [lon, lat];
}

/** The height of the row of tools (layers, nationwide) along the map's top edge, with its gap. */
const TOOLS_ROW = 48;

/** The padding of the Kazakhstan fit: clear of the legend on wide maps, of the tools row on all. */
export function openingFitPadding(width: number): Padding {
  return width > 900
    ? { left: 260, right: 16, top: TOOLS_ROW + 8, bottom: 16 }
    : { left: 8, right: 8, top: TOOLS_ROW, bottom: 8 };
}

/**
 * A story step's camera in a map of this size: narrow maps use the phone camera, and the step
 * is centred in the part of the map the story card and the tools row leave free (the card lies
 * over the right of wide maps and the bottom of narrow ones; no card, no padding). Without the
 * tools row, a place near the top of a phone's step (Almaty airport) had its name under them.
 */
export function stepTarget(
  camera: CameraView,
  phoneCamera: CameraView,
  map: { width: number; height: number },
  card: { width: number; height: number } | null,
): CameraTarget {
  const narrow = map.width < NARROW_MAP_WIDTH;
  const view = narrow ? phoneCamera : camera;
  const padding = { ...NO_PADDING };
  if (card) padding.top = TOOLS_ROW;
  if (card && narrow) padding.bottom = Math.round(Math.min(card.height + 8, map.height / 2));
  else if (card) padding.right = Math.round(Math.min(card.width + 16, map.width / 2));
  return { center: [view.lon, view.lat], zoom: view.zoom, padding };
}

/** The camera that fits the bounds into a map of this size, as maplibre's fitBounds finds it. */
export function fitTarget(
  bounds: readonly [number, number, number, number],
  map: { width: number; height: number },
  padding: Padding,
  zoomRange: { min: number; max: number },
): CameraTarget {
  const [west, south, east, north] = bounds;
  const [x0, y0] = project(west, north);
  const [x1, y1] = project(east, south);
  const scale = Math.min(
    (map.width - padding.left - padding.right) / (x1 - x0),
    (map.height - padding.top - padding.bottom) / (y1 - y0),
  );
  const zoom = Math.min(zoomRange.max, Math.max(zoomRange.min, Math.log2(scale)));
  return { center: unproject((x0 + x1) / 2, (y0 + y1) / 2), zoom, padding };
}

/**
 * Where world units land on the screen under a camera: screen = (world - origin) * scale.
 * The centre is drawn in the middle of the padded part of the map, as maplibre does.
 */
export function screenTransform(
  target: CameraTarget,
  map: { width: number; height: number },
): { scale: number; originX: number; originY: number } {
  const scale = 2 ** target.zoom;
  const [cx, cy] = project(target.center[0], target.center[1]);
  const { top, bottom, left, right } = target.padding;
  const sx = left + (map.width - left - right) / 2;
  const sy = top + (map.height - top - bottom) / 2;
  return { scale, originX: cx - sx / scale, originY: cy - sy / scale };
}

/**
 * The same view as `target`, as a centre for a map whose camera padding is `current`: the
 * chrome's padding (the bottom sheet) stays the map's, and the story card's part is in the
 * centre, so a later change of the chrome's padding does not undo the card's.
 */
export function centreFor(
  target: CameraTarget,
  map: { width: number; height: number },
  current: Padding,
): { center: [number, number]; zoom: number } {
  const { scale, originX, originY } = screenTransform(target, map);
  const sx = current.left + (map.width - current.left - current.right) / 2;
  const sy = current.top + (map.height - current.top - current.bottom) / 2;
  return { center: unproject(originX + sx / scale, originY + sy / scale), zoom: target.zoom };
}
