import { useLayoutEffect, useRef, useState } from 'react';
import { resolveStepCameras } from '../domain/story-steps';
import { useQantarStoreApi } from '../store/context';
import { selectCities } from '../store/selectors';
import type { QantarState } from '../store/store';
import { COLORS, DARK_COLORS } from './colors';
import type { FirstViewData } from './first-view-data';
import {
  KAZAKHSTAN_BOUNDS,
  ZOOM_RANGE,
  fitTarget,
  openingFitPadding,
  project,
  screenTransform,
  stepTarget,
  type CameraTarget,
} from './opening-camera';

type Size = { width: number; height: number };

/** The camera the map will open on in a map of this size (see MapView and the adapter). */
export function openingTarget(s: QantarState, map: Size, card: Size | null): CameraTarget | null {
  const step = s.storyStep === null ? undefined : s.storySteps[s.storyStep];
  const cameras = step && resolveStepCameras(step, s.placesById);
  if (cameras) return stepTarget(cameras.camera, cameras.phone, map, card);
  if (s.view)
    return {
      center: [s.view.lon, s.view.lat],
      zoom: s.view.zoom,
      padding: { top: 0, bottom: 0, left: 0, right: 0 },
    };
  if (map.width === 0 || map.height === 0) return null;
  return fitTarget(KAZAKHSTAN_BOUNDS, map, openingFitPadding(map.width), ZOOM_RANGE);
}

const sizeOf = (e: Element | null | undefined): Size | null => {
  const r = e?.getBoundingClientRect();
  return r ? { width: r.width, height: r.height } : null;
};

/**
 * The closest zoom the picture draws the base map at. Its paths are simplified for the opening
 * zooms (about a pixel at zoom 6); at city scale (a story step or a `view` link at zoom 10) they
 * would be off by tens of pixels, and Chromium spent seconds rasterising the whole country
 * scaled up (long tasks of 9, 4 and 4 s at 390x844 before the map could start). There the
 * picture is the plain land with the cities, which are exact at any zoom.
 */
const DETAIL_MAX_ZOOM = 7.5;

type Palette = typeof COLORS | typeof DARK_COLORS;

/**
 * Draws the base map's build-time paths into the canvas at the opening camera, strokes at their
 * screen widths as the map draws them. The canvas is drawn on the CPU (`willReadFrequently`
 * keeps a 2D canvas out of GPU rasterisation): as SVG the same paths were rasterised by the GPU
 * process, which (in software, SwiftShader on the bench machine) was still busy with them when
 * maplibre created its context and linked its first shader; both waited for it on the main
 * thread, 1–1.5 s in all (issue 15). The GPU now gets only the finished picture.
 */
function drawBaseMap(
  el: HTMLCanvasElement,
  data: FirstViewData,
  t: { scale: number; originX: number; originY: number },
  size: Size,
  colors: Palette,
): void {
  const dpr = window.devicePixelRatio || 1;
  el.width = Math.round(size.width * dpr);
  el.height = Math.round(size.height * dpr);
  const ctx = el.getContext('2d', { willReadFrequently: true });
  if (!ctx) return;
  // World units to CSS pixels, applied to the paths so that line widths stay in pixels.
  const toScreen = new DOMMatrix([
    t.scale,
    0,
    0,
    t.scale,
    -t.originX * t.scale,
    -t.originY * t.scale,
  ]);
  const path = (d: string) => {
    const p = new Path2D();
    p.addPath(new Path2D(d), toScreen);
    return p;
  };
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = colors.water;
  ctx.fillRect(0, 0, size.width, size.height);
  for (const [d, color] of [
    [data.land, colors.land],
    [data.kazakhstan, colors.kazakhstan],
    [data.lakes, colors.water],
  ] as const) {
    ctx.fillStyle = color;
    ctx.fill(path(d));
  }
  for (const [d, color, width, dash] of [
    [data.rivers, colors.river, 1, []],
    [data.regionLines, colors.regionLine, 0.7, [2, 1.4]],
    [data.borders, colors.border, 0.8, []],
    [data.kzBorder, colors.border, 1.6, []],
  ] as const) {
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.stroke(path(d));
  }
}

/**
 * A picture of the map (issue 15), drawn while maplibre loads: the base map from build-time
 * paths (a canvas) and the cities as dots (SVG), at the camera the map will open on, so the
 * real map takes over in place. It is decoration; the map region and the story card carry the
 * words.
 */
export function FirstView({ data, leaving }: { data: FirstViewData; leaving: boolean }) {
  const store = useQantarStoreApi();
  const root = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [layout, setLayout] = useState<{ map: Size; card: Size | null } | null>(null);

  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const card = () => el.parentElement?.querySelector('.story-card');
    const measure = () => {
      const map = sizeOf(el);
      if (map) setLayout({ map, card: sizeOf(card()) });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    const c = card();
    if (c) observer.observe(c);
    return () => observer.disconnect();
  }, []);

  const s = store.getState();
  const target = layout ? openingTarget(s, layout.map, layout.card) : null;
  const colors = window.matchMedia('(prefers-color-scheme: dark)').matches ? DARK_COLORS : COLORS;
  const t = target && layout ? screenTransform(target, layout.map) : null;
  const plain = target !== null && target.zoom > DETAIL_MAX_ZOOM;
  const toScreen = (lon: number, lat: number): [number, number] => {
    const [x, y] = project(lon, lat);
    return t ? [(x - t.originX) * t.scale, (y - t.originY) * t.scale] : [0, 0];
  };
  const detail = t && !plain ? t : null;
  useLayoutEffect(() => {
    const el = canvas.current;
    if (!el || !layout || !detail) return;
    const key = `${layout.map.width}x${layout.map.height} ${detail.scale} ${detail.originX} ${detail.originY} ${colors.water}`;
    if (el.dataset['drawn'] === key) return;
    drawBaseMap(el, data, detail, layout.map, colors);
    el.dataset['drawn'] = key;
  });

  return (
    <div
      ref={root}
      className={`first-view${leaving ? ' first-view--leaving' : ''}`}
      data-testid="first-view"
      aria-hidden="true"
      style={{ background: colors.water }}
    >
      {detail ? <canvas ref={canvas} /> : null}
      <svg focusable="false">
        {t ? (
          <>
            {plain ? (
              // City scale is inside Kazakhstan (the steps' and links' cities): its land colour.
              <rect
                width="100%"
                height="100%"
                fill={colors.kazakhstan}
                data-testid="first-view-plain"
              />
            ) : null}
            {selectCities(s).map((p) => {
              const [cx, cy] = toScreen(p.lon!, p.lat!);
              // The step's places are named, as the map names them beside their markers.
              const named = s.highlight.places.includes(p.id);
              return (
                <g key={p.id}>
                  <circle
                    data-place={p.id}
                    cx={cx}
                    cy={cy}
                    r={3.5}
                    fill={colors.label}
                    stroke={colors.halo}
                    strokeWidth={1.5}
                  />
                  {named ? (
                    <text
                      x={cx + 9}
                      y={cy + 4}
                      fill={colors.label}
                      stroke={colors.halo}
                      strokeWidth={3}
                      paintOrder="stroke"
                      fontSize={12}
                      fontWeight={700}
                    >
                      {p.name[s.lang]}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </>
        ) : null}
      </svg>
    </div>
  );
}
