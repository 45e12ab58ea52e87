import type { Contingent, Place } from '../domain/dataset';
import type { Lang } from '../domain/format';
import type { TroopPhase } from '../domain/troops';
import type { LayerName, View } from '../store/store';
import type { PngOverlay } from './export-png';
import { LAYER, SOURCE, STATE } from './layer-ids';
import type {
  CreateMap,
  LngLatPair,
  MapInstance,
  MapParts,
  MarkerInstance,
  RenderedFeature,
} from './map-instance';
import type { CameraView, MapPort, SiteMarkerState, TimeFamily, TroopMarkerState } from './port';
import {
  BASEMAP_ATTRIBUTION,
  SITE_LABEL_ZOOM,
  SITE_MIN_ZOOM,
  SITE_NAME_BOX,
  buildStyle,
  type Basemap,
  type LayerHours,
  type StoryData,
} from './style';
import { CAPITAL_PLACE_ID } from '../domain/dataset';
import { byPriority, placeBadge, placeLabels, type Box, type LabelCandidate } from './label-layout';
import { CHIP_RISE_PX, layoutTroops } from './troop-groups';
import {
  BasemapNameCover,
  BASEMAP_NAME_LAYERS,
  CHROME_COVERED_LAYERS,
  COVERED,
} from './basemap-cover';
import {
  KAZAKHSTAN_BOUNDS,
  ZOOM_RANGE,
  centreFor,
  openingFitPadding,
  stepTarget,
} from './opening-camera';

/** Set on the map container while the GL context is lost. */
export const CONTEXT_LOST_CLASS = 'map--context-lost';

/** The city the story centres on: its label is placed right after the capital's. */
const ALMATY_PLACE_ID = 'almaty';

const TIME_FAMILIES: readonly TimeFamily[] = ['incidents', 'regions', 'routes'];
const TIME_STATE: Record<TimeFamily, string> = {
  incidents: STATE.incidentHours,
  regions: STATE.regionHours,
  routes: STATE.routeHours,
};

const INCIDENT_LAYERS = [
  LAYER.incidents,
  LAYER.incidentsRecent,
  LAYER.incidentsCity,
  LAYER.incidentsCityRecent,
];

const MAP_LAYERS_OF: Record<LayerName, string[]> = {
  incidents: INCIDENT_LAYERS,
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
  /** The badge of contingents grouped at one point: closed (shows them) or open (closes). */
  troopGroup: (contingents: readonly Contingent[], open: boolean, lang: Lang) => MarkerText;
  region: (code: string, name: string, lang: Lang) => string;
}

/** Pixels of the map covered on each side (camera padding). */
export interface MapPadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface MapOptions {
  basemap: Basemap;
  data: StoryData;
  cities: readonly Place[];
  sites: readonly Place[];
  contingents: readonly Contingent[];
  /** The time each layer family is first drawn at (the binding's `layerHoursAt`). */
  hours: LayerHours;
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
  /** The GL context was lost (true) or restored and redrawn (false). */
  onContextChange?: (lost: boolean) => void;
  /**
   * The app's own controls floating over the map (tool buttons, legend, story card): labels,
   * chips and the base map's names keep out from under them, as from maplibre's controls.
   */
  chrome?: () => Iterable<Element>;
}

/** A focusable button on the map: HTML markers are real buttons for keyboard and screen readers. */
class ButtonMarker {
  readonly button = document.createElement('button');
  readonly label = document.createElement('span');
  readonly count = document.createElement('span');
  readonly marker: MarkerInstance;
  key = '';
  offsetKey = '';

  constructor(
    parts: MapParts,
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
    if (kind === 'city') {
      // City-level events are counted at the city (issue 11); the number is read in aria-label.
      this.count.className = 'map-marker__count';
      this.count.setAttribute('aria-hidden', 'true');
      dot.append(this.count);
    }
    this.button.addEventListener('click', (e) => {
      e.stopPropagation();
      onClick();
    });
    this.marker = parts.addMarker(this.button, lngLat, offset);
  }

  setPressed(pressed: boolean): void {
    const value = pressed ? 'true' : 'false';
    if (this.button.getAttribute('aria-pressed') !== value)
      this.button.setAttribute('aria-pressed', value);
  }

  /**
   * Writes the visible label only when it changes (a city's count changes far more often than
   * its name: on a slider tick only the aria-label, with the count, is new), so a tick does not
   * rebuild the label's text nodes and the label layout does not measure new ones.
   */
  setText(text: MarkerText): void {
    if (this.button.getAttribute('aria-label') !== text.ariaLabel)
      this.button.setAttribute('aria-label', text.ariaLabel);
    // Both forms below read back as the label itself.
    if (this.label.textContent === text.label) return;
    // "Nur-Sultan (Astana)": two parts, so the label can break before the other name when it
    // has no room on one line (label-layout.ts); the text reads the same either way.
    const cut = text.label.indexOf(' (');
    if (cut > 0) {
      const line = (t: string) => {
        const span = document.createElement('span');
        span.className = 'map-marker__line';
        span.textContent = t;
        return span;
      };
      this.label.replaceChildren(
        line(text.label.slice(0, cut)),
        ' ',
        line(text.label.slice(cut + 1)),
      );
    } else this.label.textContent = text.label;
  }
}

/** Shows or hides a marker and moves it to an offset from its point, touching only what changed. */
function setShown(marker: ButtonMarker, shown: boolean, offset?: [number, number]): void {
  if (marker.button.hidden === shown) marker.button.hidden = !shown;
  if (!shown || !offset) return;
  const key = offset.join(',');
  if (marker.offsetKey === key) return;
  marker.offsetKey = key;
  marker.marker.setOffset(offset);
}

/**
 * A label's size on one line (measure it set on one line) and, when it has two parts, on two
 * lines and as its first part alone. Measured unrounded, with a pixel to spare on each side
 * (text is not pixel-aligned).
 */
function labelSizes(label: HTMLElement): Pick<LabelCandidate, 'width' | 'height' | 'twoLines'> {
  const one = label.getBoundingClientRect();
  const parts = [...label.querySelectorAll('.map-marker__line')].map(
    (p) => p.getBoundingClientRect().width,
  );
  return {
    width: one.width + 2,
    height: one.height,
    ...(parts.length === 2
      ? {
          twoLines: { width: Math.max(...parts) + 2, height: one.height * 2 },
          firstPart: { width: parts[0]! + 2, height: one.height },
        }
      : {}),
  };
}

/** A marker button's least size in CSS pixels (WCAG 2.2 target size; the stylesheet agrees). */
const MIN_TARGET_PX = 24;

/**
 * The ring a story step draws around the places it names (story-panel.css: a 3 px white and a
 * 3 px dark shadow): labels and chips keep clear of it as of the dot.
 */
const HIGHLIGHT_RING_PX = 6;

/** A marker's dot size: the size it eases to (--size), or `fallback` where none is set. */
function dotSize(button: HTMLElement, fallback: number): number {
  return parseFloat(button.style.getPropertyValue('--size')) || fallback;
}

/** A marker's drawn diameter: its dot's size and a story step's ring around it. */
function drawnSize(button: HTMLElement, fallback: number): number {
  const size = dotSize(button, fallback);
  return button.classList.contains('map-marker--highlighted') ? size + 2 * HIGHLIGHT_RING_PX : size;
}

/** Space a site's status label keeps from the map's left and right edges, in CSS pixels. */
const STATUS_EDGE_PX = 4;

/** Returns the marker diameter in pixels for a number of events (area grows with the count). */
export function markerSize(count: number): number {
  return Math.round(Math.min(46, 12 + 5 * Math.sqrt(count)));
}

/**
 * A read-only view of the map for the browser tests and the benchmark (test build only): what
 * is drawn, where, and the camera. The one camera call stands in for a reader's pan and zoom;
 * the baseline calls exist only so the benchmark can time the naive setData path beside ours.
 */
export interface MapDebug {
  /**
   * Resolves at the next `idle` after the store's waiting update has reached the map (after a
   * repaint when asked: then it always comes).
   */
  idle(options?: { repaint?: boolean }): Promise<void>;
  /** Playback's wait: sends the waiting update, then resolves as `whenDrawn` does. */
  drawn(): Promise<void>;
  repaint(): void;
  camera(): { lon: number; lat: number; zoom: number };
  /** Moves the camera as a reader's pan and zoom would. */
  jumpTo(center: LngLatPair, zoom: number): void;
  project(lngLat: LngLatPair): { x: number; y: number };
  featureState(source: keyof typeof SOURCE, id: string): Record<string, unknown>;
  /** Distinct values of a property of the features a layer draws in the viewport. */
  renderedValues(layer: keyof typeof LAYER, property: string): string[];
  /** Ids of the incidents currently drawn (read after the map is idle). */
  renderedIncidentIds(): string[];
  /** Values of a property of the features of a layer drawn at a pixel of the map canvas. */
  featuresAt(layer: keyof typeof LAYER, x: number, y: number, property?: string): string[];
  /** Whether the GL context is lost (the map is not drawing). */
  contextLost(): boolean;
  /** Whether the camera is moving (an ease after a selection, a reader's pan). */
  moving(): boolean;
  /** The camera padding (what the bottom sheet covers). */
  padding(): MapPadding;
  /** Story mode: ids of the incidents drawn with the step highlight (read after idle). */
  renderedHighlightedIds(): string[];
  /** Ids of the incidents drawn emphasised as recent (read after idle). */
  renderedRecentIds(): string[];
  /** The time the incident layer filters by (the start of its time cell), in hours since the start. */
  hours(): number;
  /** The map container's width in CSS pixels (phones get the phone camera under 600). */
  width(): number;
  /** Cartography (issue 11): values of a property of a layer's features drawn in a pixel box. */
  renderedInBox(
    layer: keyof typeof LAYER,
    box: [LngLatPair, LngLatPair],
    property: string,
  ): string[];
  /** The visible area as [[west, south], [east, north]]. */
  bounds(): [LngLatPair, LngLatPair];
  /**
   * Cartography (issue 11): the base map's names drawn in a pixel box, and whether covered;
   * with `cityNames`, also the cities' names at city scale.
   */
  basemapNamesIn(
    box: [LngLatPair, LngLatPair],
    cityNames?: boolean,
  ): { name: string; covered: boolean }[];
  /** Benchmark only: the incidents as loaded once, and the naive path it is compared with. */
  baseline: {
    incidents: StoryData['incidents'];
    /** Shows every incident by time, so only the data decides what is drawn. */
    showAllByTime(): void;
    /** Replaces the incidents source's data (what a naive slider does on every tick). */
    setIncidentData(data: unknown): void;
    /** Puts back the data and the time the adapter last applied. */
    restore(): void;
  };
}

/** What the adapter last applied: replayed after the GL context is restored. */
interface Applied {
  hours: LayerHours;
  lang: Lang;
  layers: Map<LayerName, boolean>;
  hiddenCategories: string[];
  hiddenVerifications: string[];
}

/** An element's box in the pixels of a container at `origin`; null when it is not laid out. */
function boxWithin(el: Element, origin: Pick<DOMRect, 'left' | 'top'>): Box | null {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return null;
  return {
    left: r.left - origin.left,
    top: r.top - origin.top,
    right: r.right - origin.left,
    bottom: r.bottom - origin.top,
  };
}

/**
 * Owns the map and turns intents from the store binding into GL calls. The map instance stays
 * private: the app gets intents (MapPort), `whenLoaded` and `exportPng`; tests get `debug()`.
 * While the GL context is lost, intents are recorded but not sent (maplibre has no style then
 * and would throw); on restore they are replayed, so the map shows the current state.
 */
export class MapAdapter implements MapPort {
  private readonly parts: MapParts;
  private readonly map: MapInstance;
  private readonly container: HTMLElement;
  private hasLoaded = false;
  /**
   * The camera of the opening fit of Kazakhstan, while the link named no view; a resize keeps
   * centre and zoom, any other move (the reader's, a story step's, a reveal) changes them.
   */
  private openingCamera: View | null = null;
  private readonly cities = new Map<string, { place: Place; marker: ButtonMarker }>();
  private readonly sites = new Map<string, { place: Place; marker: ButtonMarker }>();
  private readonly troops = new Map<
    string,
    {
      contingent: Contingent;
      marker: ButtonMarker;
      position: [number, number] | null;
      /** The badge shown when this contingent leads a group (see troop-groups.ts). */
      badge: ButtonMarker;
    }
  >();
  /** Contingents whose group the reader opened (by its badge or by selecting one of them). */
  private readonly openTroops = new Set<string>();
  private selectedContingent: string | null = null;
  private readonly positions = new Map<string, [number, number]>();
  private readonly hiddenMarkerKinds = new Set<LayerName>();
  private readonly loaded: Promise<void>;
  private readonly applied: Applied;
  private selectedEvent: string | null = null;
  /** City event counts, for the label priority (see layoutLabels). */
  private cityCounts: ReadonlyMap<string, number> = new Map();
  private labelFrame = 0;
  /** Lays the labels out again when a control over the map opens, folds or goes. */
  private readonly chromeObserver =
    typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.scheduleLabels());
  private readonly observedChrome = new WeakSet<Element>();
  private readonly names: BasemapNameCover;
  private highlightedEvents: string[] = [];
  private stepCameraShown = false;
  private lang: Lang;
  private lost = false;
  private destroyed = false;
  /** Callers of whenDrawn waiting for the map to draw what it was asked for. */
  private drawnWaiters: (() => void)[] = [];

  constructor(
    container: HTMLElement,
    private readonly options: MapOptions,
    createMap: CreateMap,
  ) {
    this.container = container;
    this.lang = options.lang;
    this.applied = {
      hours: { ...options.hours },
      lang: options.lang,
      layers: new Map(),
      hiddenCategories: [],
      hiddenVerifications: [],
    };
    for (const f of options.data.incidents.features) {
      this.positions.set(f.properties.id, f.geometry.coordinates as [number, number]);
    }
    this.parts = createMap(container, {
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
            fitBoundsOptions: { padding: openingFitPadding(container.clientWidth) },
          }),
      cooperativeGestures: options.cooperativeGestures,
      minZoom: ZOOM_RANGE.min,
      // City scale (issue 11): Almaty's central sites are a few hundred metres apart.
      maxZoom: ZOOM_RANGE.max,
      // The base map is clipped to this box; the camera never shows beyond it (issue 11).
      maxBounds: options.basemap.bounds,
      attributionControl: { compact: true, customAttribution: BASEMAP_ATTRIBUTION },
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    const map = (this.map = this.parts.map);
    this.names = new BasemapNameCover(map);
    if (!options.initialView) this.openingCamera = this.camera();
    this.loaded = new Promise<void>((resolve) => {
      if (map.loaded()) resolve();
      else map.once('load', () => resolve());
    }).then(() => {
      this.hasLoaded = true;
      this.foldCreditsOnNarrowMaps(container);
    });
    map.on('error', (e) => console.error('map error', e.error));
    map.on('webglcontextlost', () => this.contextLost());
    map.on('webglcontextrestored', () => this.contextRestored());
    map.on('render', () => this.releaseDrawnWaiters());
    for (const layer of INCIDENT_LAYERS) {
      map.on('click', layer, (e) => {
        const id = e.features?.[0]?.properties['id'];
        if (typeof id === 'string') options.onSelectEvent(id);
      });
      map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
    }
    // Below SITE_MIN_ZOOM sites would sit on their city's marker (see styles.css).
    const followZoom = () =>
      container.classList.toggle('map--country-scale', map.getZoom() < SITE_MIN_ZOOM);
    followZoom();
    map.on('zoom', followZoom);
    map.on('move', () => this.scheduleLabels());
    // During a move maplibre's placement of the names trails the camera: settle, then cover.
    map.on('idle', () => this.coverBasemapNames());
    map.on('resize', () => {
      this.refitCountry(container);
      this.scheduleLabels();
    });
    this.addRegionTooltip();
    // Only moves the reader makes become the shared view (not the initial fit or a fly-to).
    map.on('moveend', (e) => {
      if (!e.originalEvent) return;
      options.onViewChange(this.camera());
    });

    for (const place of options.cities) {
      const marker = new ButtonMarker(this.parts, 'city', place.id, [place.lon!, place.lat!], () =>
        options.onSelectPlace(place.id),
      );
      if (place.id === CAPITAL_PLACE_ID) marker.button.classList.add('map-marker--capital');
      // The two cities the story is about stay on top where dots touch at country zoom: their
      // dots stay clickable, and their badges readable where no corner is free (placeBadge).
      if (place.id === CAPITAL_PLACE_ID || place.id === ALMATY_PLACE_ID)
        marker.button.classList.add('map-marker--major');
      this.cities.set(place.id, { place, marker });
    }
    for (const place of options.sites) {
      if (place.lon === undefined || place.lat === undefined) continue;
      // True position at every zoom (issue 11): no pixel offset. Below SITE_MIN_ZOOM a site
      // would sit on its city's marker, so it is left out there (its status is in the city's
      // panel and the situation bar) and appears once the city has room for it.
      const marker = new ButtonMarker(this.parts, 'site', place.id, [place.lon, place.lat], () =>
        options.onSelectPlace(place.id),
      );
      this.sites.set(place.id, { place, marker });
    }
    // Contingents at the same airfield would cover each other and the city: chips close on
    // screen are grouped behind one badge (layoutTroopChips).
    for (const contingent of options.contingents) {
      const marker = new ButtonMarker(
        this.parts,
        'troop',
        contingent.id,
        [0, 0],
        () => options.onSelectContingent(contingent.id),
        [0, CHIP_RISE_PX],
      );
      marker.button.dataset['country'] = contingent.country;
      marker.button.hidden = true;
      const badge = new ButtonMarker(
        this.parts,
        'troop-group',
        `group-${contingent.id}`,
        [0, 0],
        () => this.toggleTroopGroup(contingent.id),
        [0, CHIP_RISE_PX],
      );
      badge.button.hidden = true;
      this.troops.set(contingent.id, { contingent, marker, position: null, badge });
    }
  }

  /** Resolves once the map has loaded its style and sources (the binding starts then). */
  whenLoaded(): Promise<void> {
    return this.loaded;
  }

  /** Returns the current view as a PNG with title, time, legend and credit (see export-png). */
  async exportPng(overlay: PngOverlay): Promise<Blob> {
    if (this.lost) throw new Error('the map is not drawing (WebGL context lost)');
    const { renderPng } = await import('./export-png');
    return renderPng(this.map, this.container, overlay);
  }

  /** Names the region under the pointer and its state-of-emergency status. */
  private addRegionTooltip(): void {
    const popup = this.parts.createPopup({
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
      popup.show(e.lngLat, this.options.texts.region(code, name, this.lang));
    });
    this.map.on('mouseleave', LAYER.regionsFill, () => popup.remove());
  }

  private contextLost(): void {
    this.lost = true;
    this.releaseDrawnWaiters();
    // maplibre neither draws nor moves the HTML markers while the context is lost (it skips
    // resizes then), so after a layout change they would point at the wrong places: hide them.
    this.container.classList.add(CONTEXT_LOST_CLASS);
    this.names.reset();
    this.options.onContextChange?.(true);
  }

  /**
   * Resolves once the map has drawn everything it was asked for: at once when it has (or when
   * the change was to DOM markers only), else after the frame that drew the last of it. While
   * the GL context is lost the map draws nothing, so nothing waits for it.
   */
  whenDrawn(): Promise<void> {
    if (this.nothingToDraw()) return Promise.resolve();
    return new Promise((resolve) => this.drawnWaiters.push(resolve));
  }

  private nothingToDraw(): boolean {
    return this.lost || this.destroyed || this.map.loaded();
  }

  /** maplibre fires `render` after each frame; `loaded()` then says whether anything is left. */
  private releaseDrawnWaiters(): void {
    if (this.drawnWaiters.length === 0 || !this.nothingToDraw()) return;
    for (const resolve of this.drawnWaiters.splice(0)) resolve();
  }

  /** maplibre rebuilds the style from a snapshot; once it has loaded, replay what we applied. */
  private contextRestored(): void {
    const replay = () => {
      this.lost = false;
      this.container.classList.remove(CONTEXT_LOST_CLASS);
      const a = this.applied;
      for (const family of TIME_FAMILIES)
        this.map.setGlobalStateProperty(TIME_STATE[family], a.hours[family]);
      this.map.setGlobalStateProperty(STATE.lang, a.lang);
      this.map.setGlobalStateProperty(STATE.hiddenCategories, [...a.hiddenCategories]);
      this.map.setGlobalStateProperty(STATE.hiddenVerifications, [...a.hiddenVerifications]);
      for (const [layer, visible] of a.layers) this.applyLayerVisibility(layer, visible);
      if (this.selectedEvent)
        this.map.setFeatureState(
          { source: SOURCE.incidents, id: this.selectedEvent },
          { selected: true },
        );
      for (const id of this.highlightedEvents)
        this.map.setFeatureState({ source: SOURCE.incidents, id }, { highlighted: true });
      this.map.triggerRepaint();
      this.scheduleLabels();
      this.options.onContextChange?.(false);
    };
    if (this.map.isStyleLoaded()) replay();
    else this.map.once('style.load', replay);
  }

  setLayerTime(family: TimeFamily, hours: number): void {
    this.applied.hours[family] = hours;
    if (!this.lost) this.map.setGlobalStateProperty(TIME_STATE[family], hours);
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.applied.lang = lang;
    if (!this.lost) this.map.setGlobalStateProperty(STATE.lang, lang);
  }

  setLayerVisible(layer: LayerName, visible: boolean): void {
    this.applied.layers.set(layer, visible);
    if (visible) this.hiddenMarkerKinds.delete(layer);
    else this.hiddenMarkerKinds.add(layer);
    if (layer === 'places')
      for (const { marker } of this.cities.values()) marker.button.hidden = !visible;
    if (layer === 'sites')
      for (const { marker } of this.sites.values()) marker.button.hidden = !visible;
    if (!this.lost) this.applyLayerVisibility(layer, visible);
    this.scheduleLabels();
  }

  private applyLayerVisibility(layer: LayerName, visible: boolean): void {
    for (const id of MAP_LAYERS_OF[layer])
      this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }

  setFilters(hiddenCategories: readonly string[], hiddenVerifications: readonly string[]): void {
    this.applied.hiddenCategories = [...hiddenCategories];
    this.applied.hiddenVerifications = [...hiddenVerifications];
    if (this.lost) return;
    this.map.setGlobalStateProperty(STATE.hiddenCategories, [...hiddenCategories]);
    this.map.setGlobalStateProperty(STATE.hiddenVerifications, [...hiddenVerifications]);
  }

  setHighlight(eventIds: readonly string[], placeIds: readonly string[]): void {
    const previous = this.highlightedEvents;
    this.highlightedEvents = eventIds.filter((id) => this.positions.has(id));
    if (!this.lost) {
      for (const id of previous)
        this.map.setFeatureState({ source: SOURCE.incidents, id }, { highlighted: false });
      for (const id of this.highlightedEvents)
        this.map.setFeatureState({ source: SOURCE.incidents, id }, { highlighted: true });
    }
    const places = new Set(placeIds);
    for (const group of [this.cities, this.sites])
      for (const [id, { marker }] of group)
        marker.button.classList.toggle('map-marker--highlighted', places.has(id));
  }

  /** Story mode: narrow maps (phones, narrow embeds) use the step's phone camera. */
  flyToStep(camera: CameraView, phoneCamera: CameraView): void {
    // The story card (src/ui/story-panel) lies over the map; embeds driven by an article have none.
    const card = this.container.parentElement?.querySelector('.story-card');
    const box = card?.getBoundingClientRect();
    const size = { width: this.container.clientWidth, height: this.container.clientHeight };
    const pad = this.map.getPadding();
    const target = centreFor(stepTarget(camera, phoneCamera, size, box ?? null), size, {
      top: pad.top ?? 0,
      bottom: pad.bottom ?? 0,
      left: pad.left ?? 0,
      right: pad.right ?? 0,
    });
    // The opening step appears in place; later steps move there, unless motion is unwanted.
    if (this.options.reducedMotion || !this.stepCameraShown) this.map.jumpTo(target);
    else this.map.easeTo({ ...target, duration: 1200 });
    // A camera set before the map has loaded (MapView's opening step) is not yet shown.
    this.stepCameraShown = this.hasLoaded;
  }

  setSelectedEvent(eventId: string | null): void {
    if (this.selectedEvent && !this.lost)
      this.map.setFeatureState(
        { source: SOURCE.incidents, id: this.selectedEvent },
        { selected: false },
      );
    this.selectedEvent = eventId && this.positions.has(eventId) ? eventId : null;
    if (!this.selectedEvent || this.lost) return;
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
        // From about 140 events on every count has the largest dot: no style write then.
        const size = markerSize(count);
        if (dotSize(marker.button, 0) !== size)
          marker.button.style.setProperty('--size', `${size}px`);
        marker.button.classList.toggle('map-marker--quiet', count === 0);
        marker.count.textContent = count > 0 ? String(count) : '';
        marker.setText({
          label: place.name[lang],
          ariaLabel: this.options.texts.city(place, count, lang),
        });
      }
      marker.setPressed(place.id === selectedPlace);
    }
    this.cityCounts = counts;
    this.scheduleLabels();
  }

  /**
   * maplibre opens the compact credits over the map's lower edge until the reader first drags
   * the map. Below 1024 px the line wraps onto two lines across the lower edge, over the
   * markers of the south (Shymkent, Almaty at 768 px), so there they start folded behind their
   * (i) button, one tap from the sources.
   */
  private foldCreditsOnNarrowMaps(container: HTMLElement): void {
    if (container.clientWidth >= 1024) return;
    container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  }

  /** Lays the city labels out on the next frame (after markers moved, grew or changed). */
  private scheduleLabels(): void {
    if (this.labelFrame) return;
    this.labelFrame = requestAnimationFrame(() => {
      this.labelFrame = 0;
      this.layoutLabels();
    });
  }

  /**
   * Gives each city label the first free side of its marker, the capital and Almaty first and
   * then by number of events, clear of every marker's symbol, site label and troop chip and of
   * the map's edge; a label with no free side is hidden until zooming or panning frees room.
   */
  private layoutLabels(): void {
    if (this.lost) return;
    const rect = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    this.keepStatusLabelsInside();
    this.layoutTroopChips();
    const visible = (b: HTMLElement) => !b.hidden && b.isConnected;
    const obstacles: Box[] = [];
    const candidates: LabelCandidate[] = [];
    // A city's dot eases to its new size (a CSS transition): lay out for the size it goes to,
    // around the marker's centre, which stays put.
    const around = (b: Box, size: number): Box => {
      const x = (b.left + b.right) / 2;
      const y = (b.top + b.bottom) / 2;
      return { left: x - size / 2, top: y - size / 2, right: x + size / 2, bottom: y + size / 2 };
    };
    // Measure every label on one line: the two-line size is derived from its parts.
    for (const { marker } of this.cities.values())
      if (marker.button.dataset['labelLines'] !== '1') marker.button.dataset['labelLines'] = '1';
    for (const { place, marker } of this.cities.values()) {
      if (!visible(marker.button)) continue;
      const button = rect(marker.button);
      const dot = around(button, dotSize(marker.button, 12));
      // With a story step's ring around it, the marker takes more room than its dot.
      const drawn = drawnSize(marker.button, 12);
      obstacles.push(around(button, drawn));
      const count = this.cityCounts.get(place.id) ?? 0;
      const first = place.id === CAPITAL_PLACE_ID ? 0 : place.id === ALMATY_PLACE_ID ? 1 : 2;
      candidates.push({
        id: place.id,
        // The button is at least 24 px (the target size) and grows with its dot.
        marker: around(button, Math.max(MIN_TARGET_PX, drawn)),
        dot,
        ...labelSizes(marker.label),
        priority: first * 1e6 - count,
      });
    }
    // Count badges take the first corner of their dot clear of other cities' dots and of the
    // badges placed before them (Almaty's beside Taldykorgan's); labels then avoid the badges.
    const badges: Box[] = [];
    for (const c of [...candidates].sort(byPriority)) {
      const { marker } = this.cities.get(c.id)!;
      if (!marker.count.textContent) continue;
      const width = marker.count.getBoundingClientRect().width;
      const others = candidates.filter((o) => o !== c).map((o) => o.dot!);
      const corner = placeBadge(c.dot!, width, [...others, ...badges]);
      if (marker.button.dataset['badge'] !== corner.corner)
        marker.button.dataset['badge'] = corner.corner;
      badges.push(corner.box);
    }
    obstacles.push(...badges);
    const others = [
      ...[...this.sites.values()].map((s) => s.marker),
      ...[...this.troops.values()].flatMap((t) => [t.marker, t.badge]),
    ];
    for (const marker of others) {
      if (!visible(marker.button)) continue;
      const dot = marker.button.querySelector('.map-marker__dot');
      obstacles.push(rect(dot ?? marker.button));
      if (marker.label.textContent) obstacles.push(rect(marker.label));
    }
    obstacles.push(...this.chromeBoxes({ left: 0, top: 0 }));
    const sides = placeLabels(candidates, obstacles, rect(this.container));
    for (const [id, placed] of sides) {
      const button = this.cities.get(id)!.marker.button;
      const side = placed?.side ?? 'none';
      const lines = String(placed?.lines ?? 1);
      if (button.dataset['labelSide'] !== side) button.dataset['labelSide'] = side;
      if (button.dataset['labelLines'] !== lines) button.dataset['labelLines'] = lines;
      const dy = `${placed?.dy ?? 0}px`;
      if (button.style.getPropertyValue('--label-dy') !== dy)
        button.style.setProperty('--label-dy', dy);
    }
    if (!this.map.isMoving()) this.coverBasemapNames();
  }

  /** The base map's names yield to every marker, label and chip on screen (basemap-cover.ts). */
  private coverBasemapNames(): void {
    if (this.lost || !this.hasLoaded) return;
    const { lng, lat } = this.map.getCenter();
    const origin = this.container.getBoundingClientRect();
    // A name running over the map's edge is cut as under a control ("NIA" at the left edge):
    // one-pixel strips along the four edges catch it.
    const { clientWidth: w, clientHeight: h } = this.container;
    const edges: Box[] = [
      { left: 0, top: 0, right: 1, bottom: h },
      { left: w - 1, top: 0, right: w, bottom: h },
      { left: 0, top: 0, right: w, bottom: 1 },
      { left: 0, top: h - 1, right: w, bottom: h },
    ];
    this.names.update(
      this.markerBoxes(),
      `${lng.toFixed(5)},${lat.toFixed(5)},${this.map.getZoom().toFixed(3)},${this.lang}`,
      [...this.chromeBoxes(origin), ...edges],
    );
  }

  /** Every marker's dot and count, city and site label and troop chip shown, in map pixels. */
  private markerBoxes(): Box[] {
    const origin = this.container.getBoundingClientRect();
    const out = this.markerDots();
    const add = (el: Element) => {
      const box = boxWithin(el, origin);
      if (box) out.push(box);
    };
    const shown = (m: ButtonMarker) => !m.button.hidden && m.button.isConnected;
    for (const { marker } of this.cities.values())
      if (
        shown(marker) &&
        marker.button.dataset['labelSide'] !== 'none' &&
        marker.label.textContent
      )
        add(marker.label);
    out.push(...this.statusLabels(origin));
    for (const { marker, badge } of this.troops.values())
      for (const m of [marker, badge]) if (shown(m)) add(m.button);
    return out;
  }

  /**
   * The boxes of what floats over the map, relative to `origin`: maplibre's controls (zoom
   * buttons, scale bar, credits) and the app's (options.chrome). Each is watched, so opening
   * or folding one lays the labels out again.
   */
  private chromeBoxes(origin: Pick<DOMRect, 'left' | 'top'>): Box[] {
    const out: Box[] = [];
    for (const el of [
      ...this.container.querySelectorAll('.maplibregl-ctrl'),
      ...(this.options.chrome?.() ?? []),
    ]) {
      if (!this.observedChrome.has(el)) {
        this.observedChrome.add(el);
        this.chromeObserver?.observe(el);
      }
      const box = boxWithin(el, origin);
      if (box) out.push(box);
    }
    return out;
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
    this.scheduleLabels();
  }

  updateTroops(
    states: readonly TroopMarkerState[],
    selectedContingent: string | null,
    lang: Lang,
  ): void {
    // Selecting a contingent (here or in a panel) opens its group, so its chip shows pressed.
    if (selectedContingent !== this.selectedContingent && selectedContingent !== null)
      this.openTroops.add(selectedContingent);
    this.selectedContingent = selectedContingent;
    for (const s of states) {
      const entry = this.troops.get(s.id);
      if (!entry) continue;
      entry.position = s.position;
      if (s.position) {
        entry.marker.marker.setLngLat(s.position);
        entry.badge.marker.setLngLat(s.position);
      }
      const key = `${s.phase}|${lang}`;
      if (key !== entry.marker.key) {
        entry.marker.key = key;
        entry.marker.button.dataset['phase'] = s.phase;
        entry.marker.setText(this.options.texts.troop(entry.contingent, s.phase, lang));
      }
      entry.marker.setPressed(s.id === selectedContingent);
    }
    // Chips are grouped on the next frame with the labels: layout reads stay off the slider's
    // input handler.
    this.scheduleLabels();
  }

  /**
   * Shows each troop chip or its group's badge (troop-groups.ts): at their points' current screen
   * positions, open at city scale or when the reader opened the group.
   */
  private layoutTroopChips(): void {
    const hidden = this.hiddenMarkerKinds.has('troops') || this.lost;
    const placed = [...this.troops.values()].filter((t) => t.position !== null && !hidden);
    const layout = layoutTroops(
      placed.map((t) => {
        const { x, y } = this.map.project(t.position!);
        return { id: t.contingent.id, x, y };
      }),
      {
        width: this.container.clientWidth,
        zoomedIn: this.map.getZoom() >= SITE_MIN_ZOOM,
        open: this.openTroops,
        obstacles: [
          ...this.markerDots(),
          ...this.siteTexts(),
          ...this.chromeBoxes(this.container.getBoundingClientRect()),
        ],
      },
    );
    const leads = new Map(layout.groups.map((g) => [g.lead, g]));
    for (const [id, entry] of this.troops) {
      const chip = layout.chips.get(id);
      setShown(entry.marker, chip?.shown ?? false, chip?.offset);
      const group = leads.get(id);
      setShown(entry.badge, group?.badge ?? false, group?.badgeOffset);
      if (!group?.badge) continue;
      const members = group.members.map((m) => this.troops.get(m)!.contingent);
      // The badge shows the phase its contingents share (flying in, withdrawing), as a chip does.
      const phases = new Set(
        group.members.map((m) => this.troops.get(m)!.marker.button.dataset['phase']),
      );
      const phase = phases.size === 1 ? [...phases][0]! : 'deployed';
      if (entry.badge.button.dataset['phase'] !== phase)
        entry.badge.button.dataset['phase'] = phase;
      const key = `${group.open}|${members.map((m) => m.id).join(',')}|${this.lang}`;
      if (entry.badge.key !== key) {
        entry.badge.key = key;
        entry.badge.setText(this.options.texts.troopGroup(members, group.open, this.lang));
        entry.badge.button.setAttribute('aria-expanded', String(group.open));
        entry.badge.button.dataset['members'] = members.map((m) => m.id).join(' ');
      }
    }
  }

  /**
   * Where the sites write about themselves, in map container pixels: the status labels of the
   * site markers (HTML, below the marker) and, for every site maplibre names at this zoom, the
   * room above its point the name may take (style.ts `SITE_NAME_BOX`). Troop chips keep clear
   * of both, so the airfield a contingent landed on keeps its name and status readable: the
   * chips take a row further out.
   */
  private siteTexts(): Box[] {
    const zoom = this.map.getZoom();
    if (zoom < SITE_MIN_ZOOM) return [];
    const origin = this.container.getBoundingClientRect();
    const out = this.statusLabels(origin);
    const { width, rise, drop } = SITE_NAME_BOX;
    for (const f of this.options.data.sitePoints.features) {
      // The same rule as the site-labels layer's filter (style.ts).
      if (f.properties.kind === 'site' && zoom < SITE_LABEL_ZOOM) continue;
      const { x, y } = this.map.project(f.geometry.coordinates as [number, number]);
      if (x < -width || y < -rise || x > origin.width + width || y > origin.height + rise) continue;
      out.push({ left: x - width / 2, right: x + width / 2, top: y - rise, bottom: y - drop });
    }
    return out;
  }

  /**
   * A site's status hangs below its marker, reading to the right; near the map's right edge it
   * ran off the map ("occupied by p" at 390 px). Shifts it left (or right, at the left edge)
   * just enough to stay inside the map: it still hangs below its marker, which stays put. A
   * marker outside the map hides its status, which would otherwise hang into the map alone.
   */
  private keepStatusLabelsInside(): void {
    const map = this.container.getBoundingClientRect();
    for (const { marker } of this.sites.values()) {
      if (marker.button.hidden || !marker.button.isConnected || !marker.label.textContent) continue;
      const dot = (
        marker.button.querySelector('.map-marker__dot') ?? marker.button
      ).getBoundingClientRect();
      const off =
        dot.bottom <= map.top ||
        dot.top >= map.bottom ||
        dot.right <= map.left ||
        dot.left >= map.right;
      if (marker.button.hasAttribute('data-off-map') !== off)
        marker.button.toggleAttribute('data-off-map', off);
      const r = marker.label.getBoundingClientRect();
      if (r.width === 0) continue;
      const shifted = parseFloat(marker.button.style.getPropertyValue('--status-dx')) || 0;
      // Where the label reads without a shift.
      const left = r.left - shifted;
      const right = r.right - shifted;
      let dx = Math.min(0, map.right - STATUS_EDGE_PX - right);
      if (left + dx < map.left + STATUS_EDGE_PX) dx = map.left + STATUS_EDGE_PX - left;
      const value = `${Math.round(dx)}px`;
      if (marker.button.style.getPropertyValue('--status-dx') !== value)
        marker.button.style.setProperty('--status-dx', value);
    }
  }

  /** The status labels of the site markers shown (HTML, below each marker). */
  private statusLabels(origin: DOMRect): Box[] {
    const out: Box[] = [];
    for (const { marker } of this.sites.values()) {
      if (marker.button.hidden || !marker.button.isConnected || !marker.label.textContent) continue;
      const box = boxWithin(marker.label, origin);
      if (box) out.push(box);
    }
    return out;
  }

  /** How far down the controls along the map's top edge reach, in map pixels. */
  private topChromeReach(): number {
    const height = this.container.clientHeight;
    let reach = 0;
    // Controls starting within 24 px of the top edge, not the side panels reaching down it.
    for (const b of this.chromeBoxes(this.container.getBoundingClientRect()))
      if (b.top < 24 && b.bottom < height / 2) reach = Math.max(reach, b.bottom);
    return reach;
  }

  /** The city and site dots troop chips keep clear of, in map container pixels. */
  private markerDots(): Box[] {
    const origin = this.container.getBoundingClientRect();
    const out: Box[] = [];
    for (const { marker } of [...this.cities.values(), ...this.sites.values()]) {
      if (marker.button.hidden || !marker.button.isConnected) continue;
      const r = (
        marker.button.querySelector('.map-marker__dot') ?? marker.button
      ).getBoundingClientRect();
      if (r.width === 0) continue;
      // A city's dot eases to its new size: keep clear of the size it goes to.
      const size = drawnSize(marker.button, r.width);
      const x = (r.left + r.right) / 2 - origin.left;
      const y = (r.top + r.bottom) / 2 - origin.top;
      out.push({
        left: x - size / 2,
        top: y - size / 2,
        right: x + size / 2,
        bottom: y + size / 2,
      });
      // A city's count sits on its dot's rim.
      const count = boxWithin(marker.count, origin);
      if (count) out.push(count);
    }
    return out;
  }

  /** Opens or closes the group a badge stands for; keyboard focus follows into an opened row. */
  private toggleTroopGroup(lead: string): void {
    const badge = this.troops.get(lead)!.badge.button;
    const members = (badge.dataset['members'] ?? lead).split(' ');
    const open = badge.getAttribute('aria-expanded') !== 'true';
    for (const id of members) {
      if (open) this.openTroops.add(id);
      else this.openTroops.delete(id);
    }
    this.layoutTroopChips();
    this.scheduleLabels();
    if (open && document.activeElement === badge)
      this.troops.get(members[0]!)?.marker.button.focus();
  }

  /**
   * Fits Kazakhstan again when the map changes size while it still shows the opening fit, so a
   * side column opened later (figures, text view) does not leave the east under it (issue 10).
   */
  private refitCountry(container: HTMLElement): void {
    const fit = this.openingCamera;
    if (!fit || this.lost) return;
    const now = this.camera();
    const moved =
      Math.abs(now.lon - fit.lon) > 1e-9 ||
      Math.abs(now.lat - fit.lat) > 1e-9 ||
      Math.abs(now.zoom - fit.zoom) > 1e-9;
    if (moved) {
      this.openingCamera = null;
      return;
    }
    this.map.fitBounds(KAZAKHSTAN_BOUNDS, {
      padding: openingFitPadding(container.clientWidth),
      animate: false,
    });
    this.openingCamera = this.camera();
  }

  /** The camera as the app's view: centre and zoom. */
  private camera(): View {
    const c = this.map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: this.map.getZoom() };
  }

  /**
   * Sets the camera padding: the parts of the map covered by the app's own chrome (the phone's
   * bottom sheet), so centring uses the part a reader can see (issue 10).
   */
  setPadding(padding: MapPadding): void {
    const now = this.map.getPadding();
    if ((['top', 'right', 'bottom', 'left'] as const).every((k) => now[k] === padding[k])) return;
    this.map.setPadding(padding);
  }

  /**
   * Eases a point into the visible part of the map when it lies outside it: the part not under
   * the camera padding nor under `cover` (chrome that floats over the map, like the legend).
   * `placeId` names the selected place, so a site hidden at country scale is zoomed to.
   */
  reveal(lngLat: [number, number], cover: Partial<MapPadding> = {}, placeId?: string): void {
    const margin = 32;
    // A site (the airport, the akimat) is drawn only from city scale on: zoom in to show it.
    if (placeId !== undefined && this.sites.has(placeId) && this.map.getZoom() < SITE_MIN_ZOOM) {
      const target = { center: lngLat, zoom: SITE_MIN_ZOOM + 1 };
      if (this.options.reducedMotion) this.map.jumpTo(target);
      else this.map.easeTo({ ...target, duration: 700 });
      return;
    }
    const p = this.map.project(lngLat);
    const pad = this.map.getPadding();
    const side = (k: keyof MapPadding) => Math.max(pad[k] ?? 0, cover[k] ?? 0) + margin;
    const { clientWidth: w, clientHeight: h } = this.container;
    const inside =
      p.x >= side('left') &&
      p.x <= w - side('right') &&
      p.y >= side('top') &&
      p.y <= h - side('bottom');
    if (inside) return;
    if (this.options.reducedMotion) this.map.jumpTo({ center: lngLat });
    else this.map.easeTo({ center: lngLat, duration: 500 });
  }

  /** The read-only facade for browser tests and the benchmark (exposed in the test build only). */
  private viewBeforeFocus: { center: LngLatPair; zoom: number } | null = null;

  /** Frames a city and its sites (issue 11), or (null) returns to the camera the reader had. */
  focusCity(placeId: string | null): void {
    if (this.lost) return;
    const move = (o: { center: LngLatPair; zoom: number }) =>
      this.options.reducedMotion ? this.map.jumpTo(o) : this.map.easeTo({ ...o, duration: 600 });
    if (placeId === null) {
      const back = this.viewBeforeFocus;
      this.viewBeforeFocus = null;
      if (back) move(back);
      return;
    }
    const city = this.cities.get(placeId)?.place;
    if (!city || city.lon === undefined || city.lat === undefined) return;
    const points: LngLatPair[] = [[city.lon, city.lat]];
    for (const f of this.options.data.sitePoints.features)
      if (f.properties.city === placeId) points.push(f.geometry.coordinates as LngLatPair);
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    const camera = this.map.cameraForBounds(
      [
        [Math.min(...lons), Math.min(...lats)],
        [Math.max(...lons), Math.max(...lats)],
      ],
      // Clear of the buttons along the map's top edge, so the city's name above its ring and
      // the names of the sites to the north are not drawn under them.
      {
        padding: { top: 60 + this.topChromeReach(), right: 60, bottom: 60, left: 60 },
        maxZoom: 13,
      },
    );
    if (!camera?.center || camera.zoom === undefined) return;
    if (!this.viewBeforeFocus) {
      const c = this.map.getCenter();
      this.viewBeforeFocus = { center: [c.lng, c.lat], zoom: this.map.getZoom() };
    }
    const c = camera.center as { lng: number; lat: number };
    move({ center: [c.lng, c.lat], zoom: camera.zoom });
  }

  /** The hooks the browser tests and the benchmark read; `pending` sends the store's waiting update. */
  debug(pending: () => void = () => {}): MapDebug {
    const map = this.map;
    const renderedValues = (layer: keyof typeof LAYER, property: string) => {
      const values = map
        .queryRenderedFeatures({ layers: [LAYER[layer]] })
        .map((f) => String(f.properties[property]));
      return [...new Set(values)].sort();
    };
    const renderedIncidents = (
      layers: string[] = INCIDENT_LAYERS,
      keep: (f: RenderedFeature) => boolean = () => true,
    ) => {
      const ids = map
        .queryRenderedFeatures({ layers })
        .filter(keep)
        .map((f) => String(f.properties['id']));
      return [...new Set(ids)].sort();
    };
    const incidentSource = () =>
      map.getSource(SOURCE.incidents) as { setData: (data: unknown) => void };
    return {
      idle: ({ repaint = true } = {}) =>
        new Promise<void>((resolve) => {
          pending();
          map.once('idle', () => resolve());
          if (repaint) map.triggerRepaint();
        }),
      drawn: () => {
        pending();
        return this.whenDrawn();
      },
      repaint: () => map.triggerRepaint(),
      basemapNamesIn: (box, cityNames = false) =>
        map
          .queryRenderedFeatures(box, {
            layers: cityNames ? CHROME_COVERED_LAYERS : BASEMAP_NAME_LAYERS,
          })
          .map((f) => ({
            name: String(f.properties['name_en']),
            covered:
              f.id !== undefined &&
              f.source !== undefined &&
              map.getFeatureState({ source: f.source, id: f.id })[COVERED] === true,
          })),
      camera: () => this.camera(),
      jumpTo: (center, zoom) => void map.jumpTo({ center, zoom }),
      project: (lngLat) => {
        const p = map.project(lngLat);
        return { x: p.x, y: p.y };
      },
      featureState: (source, id) => ({ ...map.getFeatureState({ source: SOURCE[source], id }) }),
      renderedValues,
      renderedIncidentIds: () => renderedIncidents(),
      renderedInBox: (layer, box, property) =>
        [
          ...new Set(
            map
              .queryRenderedFeatures(box, { layers: [LAYER[layer]] })
              .map((f) => String(f.properties[property])),
          ),
        ].sort(),
      bounds: () => map.getBounds().toArray(),
      featuresAt: (layer, x, y, property = 'code') =>
        map
          .queryRenderedFeatures([x, y], { layers: [LAYER[layer]] })
          .map((f) => String(f.properties[property])),
      contextLost: () => this.lost,
      moving: () => map.isMoving(),
      padding: () => {
        const p = map.getPadding();
        return { top: p.top ?? 0, right: p.right ?? 0, bottom: p.bottom ?? 0, left: p.left ?? 0 };
      },
      renderedHighlightedIds: () =>
        renderedIncidents(INCIDENT_LAYERS, (f) => f.state?.['highlighted'] === true),
      renderedRecentIds: () =>
        renderedIncidents([LAYER.incidentsRecent, LAYER.incidentsCityRecent]),
      hours: () => this.applied.hours.incidents,
      width: () => this.container.clientWidth,
      baseline: {
        incidents: this.options.data.incidents,
        showAllByTime: () => void map.setGlobalStateProperty(STATE.incidentHours, 1e9),
        setIncidentData: (data) => incidentSource().setData(data),
        restore: () => {
          incidentSource().setData(this.options.data.incidents);
          map.setGlobalStateProperty(STATE.incidentHours, this.applied.hours.incidents);
        },
      },
    };
  }

  destroy(): void {
    if (this.labelFrame) cancelAnimationFrame(this.labelFrame);
    this.chromeObserver?.disconnect();
    for (const group of [this.cities, this.sites, this.troops])
      for (const { marker } of group.values()) marker.marker.remove();
    for (const { badge } of this.troops.values()) badge.marker.remove();
    this.map.remove();
    this.destroyed = true;
    this.releaseDrawnWaiters();
  }
}
