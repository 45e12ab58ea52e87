import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Contingent, Place } from '../domain/dataset';
import type { Lang } from '../domain/format';
import type { TroopPhase } from '../domain/troops';
import type { LayerName, View } from '../store/store';
import { LAYER, SOURCE, STATE } from './layer-ids';
import type { MapPort, SiteMarkerState, TroopMarkerState } from './port';
import { buildStyle, type Basemap, type StoryData } from './style';

maplibregl.setWorkerUrl(workerUrl);

/** Kazakhstan with a margin: the initial camera. */
export const KAZAKHSTAN_BOUNDS: [number, number, number, number] = [46.5, 40.3, 87.4, 55.6];

const MAP_LAYERS_OF: Record<LayerName, string[]> = {
  incidents: [LAYER.incidents],
  places: [],
  sites: [],
  troops: [LAYER.troopRoutes],
  emergency: [LAYER.emergencyFill, LAYER.curfewNight, LAYER.curfewLine],
  internet: [],
};

export interface MarkerText {
  label: string;
  ariaLabel: string;
}

/** Interface texts for the map's markers, supplied by the app (the map owns no strings). */
export interface MarkerTexts {
  city: (place: Place, count: number, lang: Lang) => string;
  site: (place: Place, status: string | null, uncertain: boolean, lang: Lang) => MarkerText;
  troop: (contingent: Contingent, phase: TroopPhase, lang: Lang) => MarkerText;
  region: (code: string, name: string, lang: Lang) => string;
}

export interface MapOptions {
  basemap: Basemap;
  data: StoryData;
  cities: readonly Place[];
  sites: readonly Place[];
  contingents: readonly Contingent[];
  hours: number;
  lang: Lang;
  reducedMotion: boolean;
  /** The camera from the URL; without it the map fits Kazakhstan. */
  initialView: View | null;
  /** Embeds: one finger / plain wheel scrolls the article; two fingers or Ctrl+wheel move the map. */
  cooperativeGestures: boolean;
  texts: MarkerTexts;
  onViewChange: (view: View) => void;
  onSelectPlace: (placeId: string) => void;
  onSelectEvent: (eventId: string) => void;
  onSelectContingent: (contingentId: string) => void;
}

/** A focusable button on the map: HTML markers are real buttons for keyboard and screen readers. */
class ButtonMarker {
  readonly button = document.createElement('button');
  readonly label = document.createElement('span');
  readonly marker: maplibregl.Marker;
  key = '';

  constructor(
    map: maplibregl.Map,
    kind: string,
    id: string,
    lngLat: [number, number],
    onClick: () => void,
    offset: [number, number] = [0, 0],
  ) {
    this.button.type = 'button';
    this.button.className = `map-marker map-marker--${kind}`;
    this.button.dataset['id'] = id;
    if (kind === 'city') this.button.dataset['placeId'] = id;
    this.button.setAttribute('aria-pressed', 'false');
    const dot = document.createElement('span');
    dot.className = 'map-marker__dot';
    dot.setAttribute('aria-hidden', 'true');
    this.label.className = 'map-marker__label';
    this.label.setAttribute('aria-hidden', 'true');
    this.button.append(dot, this.label);
    this.button.addEventListener('click', (e) => {
      e.stopPropagation();
      onClick();
    });
    this.marker = new maplibregl.Marker({ element: this.button, anchor: 'center', offset })
      .setLngLat(lngLat)
      .addTo(map);
  }

  setPressed(pressed: boolean): void {
    const value = pressed ? 'true' : 'false';
    if (this.button.getAttribute('aria-pressed') !== value)
      this.button.setAttribute('aria-pressed', value);
  }

  setText(text: MarkerText): void {
    this.label.textContent = text.label;
    this.button.setAttribute('aria-label', text.ariaLabel);
  }
}

/**
 * Returns a pixel offset of the given length pointing away from the cities near a point
 * (each pushes with 1/distance, within about 4 degrees), or up and right when none is near.
 * A site's own city is left out: the offset's length already clears it.
 */
export function awayFrom(
  point: [number, number],
  cities: readonly Place[],
  length: number,
): [number, number] {
  const cos = Math.cos((point[1] * Math.PI) / 180);
  let dx = 0;
  let dy = 0;
  for (const c of cities) {
    if (c.lon === undefined || c.lat === undefined) continue;
    const x = (point[0] - c.lon) * cos;
    const y = point[1] - c.lat;
    const d2 = x * x + y * y;
    if (d2 === 0 || d2 > 16) continue;
    dx += x / d2;
    dy += y / d2;
  }
  const norm = Math.hypot(dx, dy);
  if (norm === 0) return [Math.round(length * 0.7), -Math.round(length * 0.7)];
  // Screen y grows downwards.
  return [Math.round((dx / norm) * length), Math.round((-dy / norm) * length)];
}

/** Returns the marker diameter in pixels for a number of events (area grows with the count). */
export function markerSize(count: number): number {
  return Math.round(Math.min(46, 12 + 5 * Math.sqrt(count)));
}

/** Owns the maplibre map and turns intents from the store binding into GL calls. */
export class MapAdapter implements MapPort {
  readonly map: maplibregl.Map;
  private readonly cities = new Map<string, { place: Place; marker: ButtonMarker }>();
  private readonly sites = new Map<string, { place: Place; marker: ButtonMarker }>();
  private readonly troops = new Map<string, { contingent: Contingent; marker: ButtonMarker }>();
  private readonly positions = new Map<string, [number, number]>();
  private readonly hiddenMarkerKinds = new Set<LayerName>();
  private selectedEvent: string | null = null;
  private lang: Lang;

  /** The incidents as loaded once (read by the benchmark's setData baseline). */
  readonly incidents: MapOptions['data']['incidents'];

  constructor(
    container: HTMLElement,
    private readonly options: MapOptions,
  ) {
    this.incidents = options.data.incidents;
    this.lang = options.lang;
    for (const f of options.data.incidents.features) {
      this.positions.set(f.properties.id, f.geometry.coordinates as [number, number]);
    }
    this.map = new maplibregl.Map({
      container,
      style: buildStyle(options.basemap, options.data, {
        hours: options.hours,
        lang: options.lang,
        dark: window.matchMedia('(prefers-color-scheme: dark)').matches,
      }),
      ...(options.initialView
        ? {
            center: [options.initialView.lon, options.initialView.lat] as [number, number],
            zoom: options.initialView.zoom,
          }
        : {
            bounds: KAZAKHSTAN_BOUNDS,
            // On wide screens keep Kazakhstan clear of the legend in the lower left.
            fitBoundsOptions: {
              padding:
                container.clientWidth > 900 ? { left: 260, right: 16, top: 16, bottom: 16 } : 8,
            },
          }),
      cooperativeGestures: options.cooperativeGestures,
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
    this.map.on(
      'mouseenter',
      LAYER.incidents,
      () => (this.map.getCanvas().style.cursor = 'pointer'),
    );
    this.map.on('mouseleave', LAYER.incidents, () => (this.map.getCanvas().style.cursor = ''));
    this.addRegionTooltip();
    // Only moves the reader makes become the shared view (not the initial fit or a fly-to).
    this.map.on('moveend', (e) => {
      if (!('originalEvent' in e) || !e.originalEvent) return;
      const c = this.map.getCenter();
      options.onViewChange({ lon: c.lng, lat: c.lat, zoom: this.map.getZoom() });
    });

    for (const place of options.cities) {
      const marker = new ButtonMarker(this.map, 'city', place.id, [place.lon!, place.lat!], () =>
        options.onSelectPlace(place.id),
      );
      this.cities.set(place.id, { place, marker });
    }
    for (const place of options.sites) {
      if (place.lon === undefined || place.lat === undefined) continue;
      // Sites sit next to their city (the airport is 14 km from Almaty's centre): draw the
      // symbol away from the nearby cities so every marker stays clickable at country zoom.
      const marker = new ButtonMarker(
        this.map,
        'site',
        place.id,
        [place.lon, place.lat],
        () => options.onSelectPlace(place.id),
        awayFrom(
          [place.lon, place.lat],
          options.cities.filter((c) => c.id !== place.city),
          34,
        ),
      );
      this.sites.set(place.id, { place, marker });
    }
    // Contingents at the same airfield would cover each other and the city: lay them out in a
    // row above their point (sites are pushed away from other cities, usually sideways or down).
    options.contingents.forEach((contingent, i) => {
      const offset: [number, number] = [(i - (options.contingents.length - 1) / 2) * 30, -30];
      const marker = new ButtonMarker(
        this.map,
        'troop',
        contingent.id,
        [0, 0],
        () => options.onSelectContingent(contingent.id),
        offset,
      );
      marker.button.dataset['country'] = contingent.country;
      marker.button.hidden = true;
      this.troops.set(contingent.id, { contingent, marker });
    });
  }

  /** Names the region under the pointer and its state-of-emergency status. */
  private addRegionTooltip(): void {
    const popup = new maplibregl.Popup({
      closeButton: false,
      closeOnClick: false,
      className: 'region-popup',
      maxWidth: '280px',
    });
    this.map.on('mousemove', LAYER.regionsFill, (e) => {
      const f = e.features?.[0];
      if (!f) return;
      const code = String(f.properties['code']);
      const name = String(f.properties[`name_${this.lang}`] ?? f.properties['name_en']);
      popup
        .setLngLat(e.lngLat)
        .setText(this.options.texts.region(code, name, this.lang))
        .addTo(this.map);
    });
    this.map.on('mouseleave', LAYER.regionsFill, () => popup.remove());
  }

  setTime(hours: number): void {
    this.map.setGlobalStateProperty(STATE.hours, hours);
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.map.setGlobalStateProperty(STATE.lang, lang);
  }

  setLayerVisible(layer: LayerName, visible: boolean): void {
    if (visible) this.hiddenMarkerKinds.delete(layer);
    else this.hiddenMarkerKinds.add(layer);
    if (layer === 'places')
      for (const { marker } of this.cities.values()) marker.button.hidden = !visible;
    if (layer === 'sites')
      for (const { marker } of this.sites.values()) marker.button.hidden = !visible;
    for (const id of MAP_LAYERS_OF[layer])
      this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }

  setFilters(hiddenCategories: readonly string[], hiddenVerifications: readonly string[]): void {
    this.map.setGlobalStateProperty(STATE.hiddenCategories, [...hiddenCategories]);
    this.map.setGlobalStateProperty(STATE.hiddenVerifications, [...hiddenVerifications]);
  }

  setSelectedEvent(eventId: string | null): void {
    if (this.selectedEvent)
      this.map.setFeatureState(
        { source: SOURCE.incidents, id: this.selectedEvent },
        { selected: false },
      );
    this.selectedEvent = eventId && this.positions.has(eventId) ? eventId : null;
    if (!this.selectedEvent) return;
    this.map.setFeatureState(
      { source: SOURCE.incidents, id: this.selectedEvent },
      { selected: true },
    );
    const pos = this.positions.get(this.selectedEvent)!;
    if (!this.map.getBounds().contains(pos)) {
      if (this.options.reducedMotion) this.map.jumpTo({ center: pos });
      else this.map.easeTo({ center: pos, duration: 600 });
    }
  }

  updateCities(
    counts: ReadonlyMap<string, number>,
    selectedPlace: string | null,
    lang: Lang,
  ): void {
    for (const { place, marker } of this.cities.values()) {
      const count = counts.get(place.id) ?? 0;
      const key = `${count}|${lang}`;
      if (key !== marker.key) {
        marker.key = key;
        marker.button.style.setProperty('--size', `${markerSize(count)}px`);
        marker.button.classList.toggle('map-marker--quiet', count === 0);
        marker.setText({
          label: place.name[lang],
          ariaLabel: this.options.texts.city(place, count, lang),
        });
      }
      marker.setPressed(place.id === selectedPlace);
    }
  }

  updateSites(states: readonly SiteMarkerState[], selectedPlace: string | null, lang: Lang): void {
    for (const s of states) {
      const entry = this.sites.get(s.id);
      if (!entry) continue;
      const key = `${s.status}|${s.uncertain}|${lang}`;
      if (key !== entry.marker.key) {
        entry.marker.key = key;
        entry.marker.button.dataset['status'] = s.status ?? 'none';
        entry.marker.button.classList.toggle('map-marker--uncertain', s.uncertain);
        entry.marker.setText(this.options.texts.site(entry.place, s.status, s.uncertain, lang));
      }
      entry.marker.setPressed(s.id === selectedPlace);
    }
  }

  updateTroops(
    states: readonly TroopMarkerState[],
    selectedContingent: string | null,
    lang: Lang,
  ): void {
    const hidden = this.hiddenMarkerKinds.has('troops');
    for (const s of states) {
      const entry = this.troops.get(s.id);
      if (!entry) continue;
      entry.marker.button.hidden = hidden || s.position === null;
      if (s.position) entry.marker.marker.setLngLat(s.position);
      const key = `${s.phase}|${lang}`;
      if (key !== entry.marker.key) {
        entry.marker.key = key;
        entry.marker.button.dataset['phase'] = s.phase;
        entry.marker.setText(this.options.texts.troop(entry.contingent, s.phase, lang));
      }
      entry.marker.setPressed(s.id === selectedContingent);
    }
  }

  /** Test and benchmark hook: distinct values of a property of the features a layer draws. */
  renderedValues(layer: keyof typeof LAYER, property: string): string[] {
    const values = this.map
      .queryRenderedFeatures({ layers: [LAYER[layer]] })
      .map((f) => String(f.properties[property]));
    return [...new Set(values)].sort();
  }

  /** Test and benchmark hook: ids of incidents currently drawn (after the map is idle). */
  renderedIncidentIds(): string[] {
    return this.renderedValues('incidents', 'id');
  }

  /** Test hook: ids of features of a layer drawn at a pixel of the map canvas. */
  featuresAt(layer: keyof typeof LAYER, x: number, y: number, property = 'code'): string[] {
    return this.map
      .queryRenderedFeatures([x, y], { layers: [LAYER[layer]] })
      .map((f) => String(f.properties[property]));
  }

  destroy(): void {
    for (const group of [this.cities, this.sites, this.troops])
      for (const { marker } of group.values()) marker.marker.remove();
    this.map.remove();
  }
}
