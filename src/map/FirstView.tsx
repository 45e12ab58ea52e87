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

/**
 * A picture of the map (issue 15), drawn while maplibre loads: the base map as build-time SVG
 * paths and the cities as dots, at the camera the map will open on, so the real map takes over
 * in place. It is decoration; the map region and the story card carry the words.
 */
export function FirstView({ data, leaving }: { data: FirstViewData; leaving: boolean }) {
  const store = useQantarStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const [layout, setLayout] = useState<{ map: Size; card: Size | null } | null>(null);

  useLayoutEffect(() => {
    const el = svg.current;
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
  const [x0, y0, x1, y1] = data.extent;
  const line = { fill: 'none', vectorEffect: 'non-scaling-stroke' } as const;

  return (
    <svg
      ref={svg}
      className={`first-view${leaving ? ' first-view--leaving' : ''}`}
      data-testid="first-view"
      aria-hidden="true"
      focusable="false"
      style={{ background: colors.water }}
    >
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
          ) : (
            <g transform={`scale(${t.scale}) translate(${-t.originX} ${-t.originY})`}>
              <rect x={x0} y={y0} width={x1 - x0} height={y1 - y0} fill={colors.water} />
              <path d={data.land} fill={colors.land} />
              <path d={data.kazakhstan} fill={colors.kazakhstan} />
              <path d={data.lakes} fill={colors.water} />
              <path d={data.rivers} {...line} stroke={colors.river} strokeWidth={1} />
              <path
                d={data.regionLines}
                {...line}
                stroke={colors.regionLine}
                strokeWidth={0.7}
                strokeDasharray="2 1.4"
              />
              <path d={data.borders} {...line} stroke={colors.border} strokeWidth={0.8} />
              <path d={data.kzBorder} {...line} stroke={colors.border} strokeWidth={1.6} />
            </g>
          )}
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
  );
}
