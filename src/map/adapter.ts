import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Point } from 'geojson';
import type { Place } from '../domain/dataset';
import type { Lang } from '../domain/format';
import type { IncidentProperties } from '../domain/geo';
import type { LayerName } from '../store/store';
import { LAYER, SOURCE, STATE } from './layer-ids';
import type { MapPort } from './port';
import { buildStyle, type Basemap } from './style';

maplibregl.setWorkerUrl(workerUrl);

/** Kazakhstan with a margin: the initial camera. */
export const KAZAKHSTAN_BOUNDS: [number, number, number, number] = [46.5, 40.3, 87.4, 55.6];

const LAYERS_OF: Record<LayerName, string[]> = {
  incidents: [LAYER.incidents],
  places: [],
};

export interface MapOptions {
  basemap: Basemap;
  incidents: FeatureCollection<Point, IncidentProperties>;
  cities: readonly Place[];
  hours: number;
  lang: Lang;
  reducedMotion: boolean;
  /** Accessible name of a city marker, e.g. "Almaty: 12 events so far". */
  describeCity: (place: Place, count: number, lang: Lang) => string;
  onSelectPlace: (placeId: string) => void;
  onSelectEvent: (eventId: string) => void;
}

interface CityMarker {
  place: Place;
  marker: maplibregl.Marker;
  button: HTMLButtonElement;
  label: HTMLSpanElement;
  count: number;
}

/** Returns the marker diameter in pixels for a number of events (area grows with the count). */
export function markerSize(count: number): number {
  return Math.round(Math.min(46, 12 + 5 * Math.sqrt(count)));
}

/** Owns the maplibre map and turns intents from the store binding into GL calls. */
export class MapAdapter implements MapPort {
  readonly map: maplibregl.Map;
  private readonly markers: CityMarker[] = [];
  private readonly positions = new Map<string, [number, number]>();
  private selectedEvent: string | null = null;

  constructor(container: HTMLElement, private readonly options: MapOptions) {
    for (const f of options.incidents.features) {
      this.positions.set(f.properties.id, f.geometry.coordinates as [number, number]);
    }
    this.map = new maplibregl.Map({
      container,
      style: buildStyle(options.basemap, options.incidents, { hours: options.hours, lang: options.lang }),
      bounds: KAZAKHSTAN_BOUNDS,
      // On wide screens keep Kazakhstan clear of the legend in the lower left.
      fitBoundsOptions: { padding: container.clientWidth > 900 ? { left: 260, right: 16, top: 16, bottom: 16 } : 8 },
      minZoom: 1.5,
      maxZoom: 12,
      attributionControl: { compact: true, customAttribution: 'Natural Earth · Qantar' },
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.on('click', LAYER.incidents, (e) => {
      const id = e.features?.[0]?.properties?.['id'];
      if (typeof id === 'string') options.onSelectEvent(id);
    });
    this.map.on('mouseenter', LAYER.incidents, () => (this.map.getCanvas().style.cursor = 'pointer'));
    this.map.on('mouseleave', LAYER.incidents, () => (this.map.getCanvas().style.cursor = ''));
    for (const place of options.cities) this.addCityMarker(place);
  }

  private addCityMarker(place: Place): void {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'city-marker';
    button.dataset['placeId'] = place.id;
    button.setAttribute('aria-pressed', 'false');
    const dot = document.createElement('span');
    dot.className = 'city-marker__dot';
    dot.setAttribute('aria-hidden', 'true');
    const label = document.createElement('span');
    label.className = 'city-marker__label';
    label.setAttribute('aria-hidden', 'true');
    button.append(dot, label);
    button.addEventListener('click', (e) => {
      e.stopPropagation();
      this.options.onSelectPlace(place.id);
    });
    const marker = new maplibregl.Marker({ element: button, anchor: 'center' })
      .setLngLat([place.lon!, place.lat!])
      .addTo(this.map);
    this.markers.push({ place, marker, button, label, count: -1 });
  }

  setTime(hours: number): void {
    this.map.setGlobalStateProperty(STATE.hours, hours);
  }

  setLang(lang: Lang): void {
    this.map.setGlobalStateProperty(STATE.lang, lang);
  }

  setLayerVisible(layer: LayerName, visible: boolean): void {
    if (layer === 'places') {
      for (const m of this.markers) m.button.hidden = !visible;
    }
    for (const id of LAYERS_OF[layer]) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }

  setSelectedEvent(eventId: string | null): void {
    if (this.selectedEvent) this.map.setFeatureState({ source: SOURCE.incidents, id: this.selectedEvent }, { selected: false });
    this.selectedEvent = eventId && this.positions.has(eventId) ? eventId : null;
    if (!this.selectedEvent) return;
    this.map.setFeatureState({ source: SOURCE.incidents, id: this.selectedEvent }, { selected: true });
    const pos = this.positions.get(this.selectedEvent)!;
    if (!this.map.getBounds().contains(pos)) {
      if (this.options.reducedMotion) this.map.jumpTo({ center: pos });
      else this.map.easeTo({ center: pos, duration: 600 });
    }
  }

  updateCities(counts: ReadonlyMap<string, number>, selectedPlace: string | null, lang: Lang): void {
    for (const m of this.markers) {
      const count = counts.get(m.place.id) ?? 0;
      const langChanged = m.label.dataset['lang'] !== lang;
      if (count !== m.count || langChanged) {
        m.count = count;
        m.button.style.setProperty('--size', `${markerSize(count)}px`);
        m.button.classList.toggle('city-marker--quiet', count === 0);
        m.button.setAttribute('aria-label', this.options.describeCity(m.place, count, lang));
      }
      if (langChanged) {
        m.label.textContent = m.place.name[lang];
        m.label.dataset['lang'] = lang;
      }
      const pressed = m.place.id === selectedPlace ? 'true' : 'false';
      if (m.button.getAttribute('aria-pressed') !== pressed) m.button.setAttribute('aria-pressed', pressed);
    }
  }

  /** Test and benchmark hook: ids of incidents currently drawn (after the map is idle). */
  renderedIncidentIds(): string[] {
    const ids = this.map.queryRenderedFeatures({ layers: [LAYER.incidents] }).map((f) => String(f.properties['id']));
    return [...new Set(ids)].sort();
  }

  /** Test hook: ids of countries drawn at a pixel of the map canvas. */
  countriesAt(x: number, y: number): string[] {
    return this.map.queryRenderedFeatures([x, y], { layers: [LAYER.countriesFill] }).map((f) => String(f.properties['code']));
  }

  destroy(): void {
    for (const m of this.markers) m.marker.remove();
    this.map.remove();
  }
}

/** Returns true when the browser can create the WebGL2 context maplibre needs. */
export function supportsWebGL2(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}
