import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapAdapter, type MapOptions } from './adapter';
import type { CreateMap, MapInstance } from './map-instance';

maplibregl.setWorkerUrl(workerUrl);

/** The real engine: a maplibre Map, seen by the adapter only through MapInstance. */
export const createMaplibre: CreateMap = (container, options) => {
  const real = new maplibregl.Map({ container, ...options });
  real.touchZoomRotate.disableRotation();
  real.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  // Cartography (issue 11): a metric scale bar.
  real.addControl(new maplibregl.ScaleControl({ maxWidth: 90, unit: 'metric' }), 'bottom-right');
  // Checked by the compiler: the real map satisfies the narrow interface.
  const map: MapInstance = real;
  return {
    map,
    addMarker: (element, lngLat, offset) =>
      new maplibregl.Marker({ element, anchor: 'center', offset }).setLngLat(lngLat).addTo(real),
    createPopup: (popupOptions) => {
      const popup = new maplibregl.Popup(popupOptions);
      return {
        show: (lngLat, text) => void popup.setLngLat(lngLat).setText(text).addTo(real),
        remove: () => void popup.remove(),
      };
    },
  };
};

/** Returns an adapter that owns a new maplibre map in the container (the map's lazy entry). */
export function openMap(container: HTMLElement, options: MapOptions): MapAdapter {
  return new MapAdapter(container, options, createMaplibre);
}
