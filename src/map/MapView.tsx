import { useEffect, useRef } from 'react';
import { incidentCollection, regionStatusCollection, troopRouteCollection } from '../domain/geo';
import { hoursSinceStart } from '../domain/time';
import { useQantarStoreApi } from '../store/context';
import { selectCities } from '../store/selectors';
import type { MarkerTexts } from './adapter';
import { bindStoreToMap } from './binding';
import type { PngOverlay } from './export-png';
import type { Basemap } from './style';
import { supportsWebGL2 } from './webgl';

export type MapFailure = 'webgl' | 'load';

/** What the rest of the app may ask of a loaded map. */
export interface MapHandle {
  exportPng: (overlay: PngOverlay) => Promise<Blob>;
}

export interface MapViewProps {
  basemapUrl: string;
  texts: MarkerTexts;
  onReady?: (handle: MapHandle) => void;
  onError: (failure: MapFailure, detail: string) => void;
  label: string;
  cooperativeGestures?: boolean;
}

declare global {
  interface Window {
    /** Test-build-only hook (mode e2e) so browser tests can read map state without pixel diffs. */
    __qantarMap?: import('./adapter').MapAdapter;
  }
}

/** Hosts the map container. maplibre-gl is loaded lazily so the page chrome paints first. */
export function MapView({
  basemapUrl,
  texts,
  onReady,
  onError,
  label,
  cooperativeGestures = false,
}: MapViewProps) {
  const store = useQantarStoreApi();
  const container = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ texts, onReady, onError });
  useEffect(() => {
    callbacks.current = { texts, onReady, onError };
  });

  useEffect(() => {
    let cancelled = false;
    let cleanup = () => {};
    (async () => {
      if (!supportsWebGL2()) {
        callbacks.current.onError('webgl', 'WebGL2 is not available');
        return;
      }
      const adapterModule = await import('./adapter');
      const response = await fetch(basemapUrl);
      if (!response.ok) throw new Error(`base map: HTTP ${response.status}`);
      const basemap = (await response.json()) as Basemap;
      if (cancelled || !container.current) return;
      const s = store.getState();
      const texts: MarkerTexts = {
        city: (...a) => callbacks.current.texts.city(...a),
        site: (...a) => callbacks.current.texts.site(...a),
        troop: (...a) => callbacks.current.texts.troop(...a),
        region: (...a) => callbacks.current.texts.region(...a),
      };
      const adapter = new adapterModule.MapAdapter(container.current, {
        basemap,
        data: {
          incidents: incidentCollection(s.dataset),
          regionStatus: regionStatusCollection(s.dataset.status, basemap.regions),
          troopRoutes: troopRouteCollection(s.story.troops),
        },
        cities: selectCities(s),
        sites: s.story.sites.map((id) => s.placesById.get(id)).filter((p) => p !== undefined),
        contingents: s.story.troops.map((t) => t.contingent),
        hours: hoursSinceStart(s.time),
        lang: s.lang,
        reducedMotion: s.reducedMotion,
        initialView: s.view,
        cooperativeGestures,
        texts,
        onViewChange: (view) => store.getState().setView(view),
        onSelectPlace: (id) => store.getState().selectPlace(id),
        onSelectEvent: (id) => store.getState().selectEvent(id),
        onSelectContingent: (id) => store.getState().selectContingent(id),
      });
      adapter.map.on('error', (e) => console.error('map error', e.error));
      adapter.map.once('load', () => {
        if (cancelled) return;
        const unbind = bindStoreToMap(store, adapter);
        if (import.meta.env.MODE === 'e2e') window.__qantarMap = adapter;
        const mapElement = container.current;
        callbacks.current.onReady?.({
          exportPng: async (overlay) =>
            (await import('./export-png')).renderPng(adapter.map, mapElement!, overlay),
        });
        cleanup = () => {
          unbind();
          adapter.destroy();
        };
      });
      cleanup = () => adapter.destroy();
    })().catch((e: unknown) => {
      if (!cancelled) callbacks.current.onError('load', e instanceof Error ? e.message : String(e));
    });
    return () => {
      cancelled = true;
      cleanup();
    };
  }, [store, basemapUrl, cooperativeGestures]);

  return <div ref={container} className="map" role="region" aria-label={label} />;
}
