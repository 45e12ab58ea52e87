import { useEffect, useRef, useState } from 'react';
import {
  incidentCollection,
  regionStatusCollection,
  markerPointCollection,
  sitePointCollection,
  troopRouteCollection,
} from '../domain/geo';
import { useQantarStoreApi } from '../store/context';
import { selectCities, selectStatusSites } from '../store/selectors';
import type { MapDebug, MapPadding, MarkerTexts } from './adapter';
import { bindStoreToMap, layerHoursAt } from './binding';
import type { PngOverlay } from './export-png';
import { FirstView } from './FirstView';
import type { FirstViewData } from './first-view-data';
import { resolveStepCameras } from '../domain/story-steps';
import type { Basemap } from './style';
import { supportsWebGL2Async } from './webgl';

export type MapFailure = 'webgl' | 'load';

/** What the rest of the app may ask of a loaded map. */
export interface MapHandle {
  exportPng: (overlay: PngOverlay) => Promise<Blob>;
  /** The parts of the map the app's chrome covers (bottom sheet). */
  setPadding: (padding: MapPadding) => void;
  /** Eases a point into the visible part of the map when it is outside it. */
  reveal: (lngLat: [number, number], cover?: Partial<MapPadding>, placeId?: string) => void;
  /**
   * Resolves once the map has drawn the store's current state (at once when it has, or while
   * the GL context is lost). Playback waits for it before each step.
   */
  whenDrawn: () => Promise<void>;
}

export interface MapViewProps {
  basemapUrl: string;
  texts: MarkerTexts;
  onReady?: (handle: MapHandle) => void;
  onError: (failure: MapFailure, detail: string) => void;
  /** The GL context was lost (true: the map is not drawing) or restored and redrawn (false). */
  onContextChange?: (lost: boolean) => void;
  label: string;
  cooperativeGestures?: boolean;
  /** The first-view picture, drawn until the map has loaded (issue 15). */
  loadFirstView?: () => Promise<FirstViewData | null>;
}

/**
 * Resolves once the browser has shown the frame after this call: the second frame callback
 * runs only when the first frame has been drawn (rasterising the picture in software takes a
 * while), a task queued from it after that. A hidden page or an off-screen frame gets no
 * frames, so a timer resolves it there too.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 500);
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(fallback);
          resolve();
        }, 0),
      ),
    );
  });
}

/** How long the first-view picture takes to fade out once the map has drawn. */
const FIRST_VIEW_FADE_MS = 250;

declare global {
  interface Window {
    /** Test-build-only hook (mode e2e) so browser tests can read map state without pixel diffs. */
    __qantarMap?: MapDebug;
  }
}

/** Hosts the map container. maplibre-gl is loaded lazily so the page chrome paints first. */
export function MapView({
  basemapUrl,
  texts,
  onReady,
  onError,
  onContextChange,
  label,
  cooperativeGestures = false,
  loadFirstView,
}: MapViewProps) {
  const store = useQantarStoreApi();
  const container = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ texts, onReady, onError, onContextChange, loadFirstView });
  useEffect(() => {
    callbacks.current = { texts, onReady, onError, onContextChange, loadFirstView };
  });
  // The picture while maplibre loads: 'leaving' once the map has drawn, then gone.
  const [firstView, setFirstView] = useState<FirstViewData | null>(null);
  const [mapShown, setMapShown] = useState<'no' | 'leaving' | 'yes'>('no');

  useEffect(() => {
    let cancelled = false;
    let cleanup = () => {};
    (async () => {
      // The picture's request is already on its way (main.tsx); the check asks a worker, so
      // the main thread stays free to paint the first view meanwhile.
      const data = callbacks.current.loadFirstView?.();
      if (!(await supportsWebGL2Async())) {
        if (!cancelled) callbacks.current.onError('webgl', 'WebGL2 is not available');
        return;
      }
      const picture = data?.then((d) => {
        if (!cancelled) setFirstView(d);
      });
      // The first view (the picture, the story card and the controls) paints with its final
      // fonts before maplibre is fetched: its module and GL setup hold the main thread for
      // seconds on a phone, and the page would show nothing until they end (issue 15). The
      // story card is measured with those fonts for the opening camera, as the picture is.
      await picture;
      await afterPaint();
      await document.fonts.ready;
      await afterPaint();
      if (cancelled) return;
      const basemapResponse = fetch(basemapUrl);
      const { openMap } = await import('./maplibre');
      const response = await basemapResponse;
      if (!response.ok) throw new Error(`base map: HTTP ${response.status}`);
      const basemap = (await response.json()) as Basemap;
      if (cancelled || !container.current) return;
      const s = store.getState();
      const texts: MarkerTexts = {
        city: (...a) => callbacks.current.texts.city(...a),
        site: (...a) => callbacks.current.texts.site(...a),
        troop: (...a) => callbacks.current.texts.troop(...a),
        troopGroup: (...a) => callbacks.current.texts.troopGroup(...a),
        region: (...a) => callbacks.current.texts.region(...a),
      };
      const adapter = openMap(container.current, {
        basemap,
        data: {
          incidents: incidentCollection(s.dataset),
          regionStatus: regionStatusCollection(s.dataset.status, basemap.regions),
          troopRoutes: troopRouteCollection(s.story.troops),
          sitePoints: sitePointCollection(s.dataset.places),
          markerPoints: markerPointCollection(selectCities(s), selectStatusSites(s)),
        },
        cities: selectCities(s),
        sites: selectStatusSites(s),
        contingents: s.story.troops.map((t) => t.contingent),
        hours: layerHoursAt(s),
        lang: s.lang,
        reducedMotion: s.reducedMotion,
        initialView: s.view,
        cooperativeGestures,
        texts,
        onViewChange: (view) => store.getState().setView(view),
        onSelectPlace: (id) => store.getState().selectPlace(id),
        onSelectEvent: (id) => store.getState().selectEvent(id),
        onSelectContingent: (id) => store.getState().selectContingent(id),
        onContextChange: (lost) => callbacks.current.onContextChange?.(lost),
        // The app's controls over the map are marked in their components (data-map-chrome).
        chrome: () => container.current?.parentElement?.querySelectorAll('[data-map-chrome]') ?? [],
      });
      cleanup = () => adapter.destroy();
      // A story step opens on its own camera from the first frame, as the first view drew it.
      const step = s.storyStep === null ? undefined : s.storySteps[s.storyStep];
      const cameras = step && resolveStepCameras(step, s.placesById);
      if (cameras) adapter.flyToStep(cameras.camera, cameras.phone);
      await adapter.whenLoaded();
      if (cancelled) return;
      const binding = bindStoreToMap(store, adapter);
      if (import.meta.env.MODE === 'e2e') window.__qantarMap = adapter.debug(binding.flush);
      callbacks.current.onReady?.({
        exportPng: (overlay) => adapter.exportPng(overlay),
        setPadding: (padding) => adapter.setPadding(padding),
        reveal: (lngLat, cover, placeId) => adapter.reveal(lngLat, cover, placeId),
        whenDrawn: () => {
          binding.flush();
          return adapter.whenDrawn();
        },
      });
      cleanup = () => {
        binding.stop();
        adapter.destroy();
      };
      setMapShown(s.reducedMotion ? 'yes' : 'leaving');
    })().catch((e: unknown) => {
      if (!cancelled) callbacks.current.onError('load', e instanceof Error ? e.message : String(e));
    });
    return () => {
      cancelled = true;
      cleanup();
    };
  }, [store, basemapUrl, cooperativeGestures]);

  useEffect(() => {
    if (mapShown !== 'leaving') return;
    const timer = setTimeout(() => setMapShown('yes'), FIRST_VIEW_FADE_MS);
    return () => clearTimeout(timer);
  }, [mapShown]);

  return (
    <>
      <div ref={container} className="map" role="region" aria-label={label} />
      {firstView && mapShown !== 'yes' ? (
        <FirstView data={firstView} leaving={mapShown === 'leaving'} />
      ) : null}
    </>
  );
}
