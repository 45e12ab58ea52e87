import type { FeatureIdentifier, MapOptions, PopupOptions } from 'maplibre-gl';

// The narrow interface the adapter codes against: only the maplibre methods it calls, with the
// signatures it uses them with. The real maplibre Map satisfies it as it is (src/map/maplibre.ts
// assigns one to it, so the compiler checks the claim); unit tests pass a small fake instead.
// Modelled on react-map-gl, which keeps the map behind its own class and hands out a reduced
// reference (modules/react-maplibre/src/maplibre/maplibre.ts, utils/create-ref.ts).

export type LngLatPair = [number, number];

/** What the adapter reads from a rendered feature. */
export interface RenderedFeature {
  properties: Record<string, unknown>;
  /** Set for sources with feature ids (promoteId or generateId). */
  id?: string | number | undefined;
  source?: string;
  /** Feature-state (story highlight, selection). */
  state?: Record<string, unknown>;
}

/** Space the camera keeps free at each edge (the story card, the legend). */
export interface CameraPadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A pointer event on a layer, as far as the adapter reads it. */
export interface LayerPointerEvent {
  features?: RenderedFeature[] | undefined;
  lngLat: { lng: number; lat: number };
}

export type LayerPointerEventType = 'click' | 'mouseenter' | 'mouseleave' | 'mousemove';
export type MapLifecycleEventType = 'load' | 'idle' | 'render' | 'style.load';
export type ContextEventType = 'webglcontextlost' | 'webglcontextrestored';

export interface MapInstance {
  on(
    type: LayerPointerEventType,
    layerId: string,
    listener: (e: LayerPointerEvent) => void,
  ): unknown;
  /** `originalEvent` is set only for moves the reader makes. */
  on(type: 'moveend', listener: (e: { originalEvent?: unknown }) => void): unknown;
  on(type: 'error', listener: (e: { error: unknown }) => void): unknown;
  on(type: ContextEventType, listener: () => void): unknown;
  /** Cartography (issue 11): sites show from a zoom on. */
  on(type: 'zoom', listener: () => void): unknown;
  /** City labels are laid out again as markers move (label-layout.ts); a resize refits. */
  on(type: 'move' | 'resize', listener: () => void): unknown;
  /**
   * The base map's names yield to the markers once the map has settled (basemap-cover.ts);
   * after each frame, playback learns whether the map has drawn everything (whenDrawn).
   */
  on(type: 'idle' | 'render', listener: () => void): unknown;
  once(type: MapLifecycleEventType, listener: () => void): unknown;
  loaded(): boolean;
  isStyleLoaded(): boolean | void;
  getCanvas(): HTMLCanvasElement;
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getBounds(): { contains(lngLat: LngLatPair): boolean; toArray(): [LngLatPair, LngLatPair] };
  jumpTo(options: { center?: LngLatPair; zoom?: number; padding?: CameraPadding }): unknown;
  easeTo(options: {
    center: LngLatPair;
    duration: number;
    zoom?: number;
    padding?: CameraPadding;
  }): unknown;
  /** Camera padding: the parts of the map the app's chrome covers (issue 10). */
  getPadding(): { top?: number; right?: number; bottom?: number; left?: number };
  setPadding(padding: { top: number; right: number; bottom: number; left: number }): unknown;
  /** Cartography (issue 11): "zoom to the city" frames a city and its sites. */
  cameraForBounds(
    bounds: [LngLatPair, LngLatPair],
    options: { padding: CameraPadding; maxZoom: number },
  ): { center?: unknown; zoom?: number } | undefined;
  /** The opening fit of Kazakhstan, again when the map changes size (issue 10). */
  fitBounds(
    bounds: [number, number, number, number],
    options: { padding: CameraPadding; animate: false },
  ): unknown;
  isMoving(): boolean;
  setGlobalStateProperty(name: string, value: unknown): unknown;
  setLayoutProperty(layerId: string, name: 'visibility', value: 'visible' | 'none'): unknown;
  setFeatureState(feature: FeatureIdentifier, state: Record<string, unknown>): unknown;
  getFeatureState(feature: FeatureIdentifier): Record<string, unknown>;
  queryRenderedFeatures(options: { layers: string[] }): RenderedFeature[];
  queryRenderedFeatures(point: LngLatPair, options: { layers: string[] }): RenderedFeature[];
  queryRenderedFeatures(
    box: [LngLatPair, LngLatPair],
    options: { layers: string[] },
  ): RenderedFeature[];
  project(lngLat: LngLatPair): { x: number; y: number };
  triggerRepaint(): void;
  /** Only for the benchmark's naive setData baseline (see MapAdapter.debug). */
  getSource(id: string): unknown;
  remove(): void;
}

/** An HTML marker placed on the map. */
export interface MarkerInstance {
  setLngLat(lngLat: LngLatPair): unknown;
  /** Pixels from the point (troop chips in a row, troop-groups.ts). */
  setOffset(offset: LngLatPair): unknown;
  remove(): unknown;
}

/** A text popup that follows the pointer. */
export interface PopupInstance {
  show(lngLat: { lng: number; lat: number }, text: string): void;
  remove(): void;
}

export type MapInstanceOptions = Omit<MapOptions, 'container'>;

/** A map with the marker and popup factories bound to it. */
export interface MapParts {
  map: MapInstance;
  addMarker(element: HTMLElement, lngLat: LngLatPair, offset: LngLatPair): MarkerInstance;
  createPopup(options: PopupOptions): PopupInstance;
}

/** Creates the map in a container: maplibre in the app, a fake in unit tests. */
export type CreateMap = (container: HTMLElement, options: MapInstanceOptions) => MapParts;
