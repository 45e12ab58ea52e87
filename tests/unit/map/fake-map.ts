// A fake map implementing the adapter's narrow MapInstance interface. It keeps the state the
// adapter sets (global state, layout, feature state, camera) and, like maplibre 6, has no style
// while the GL context is lost: every style call then throws the same TypeError maplibre does.
import type { FeatureIdentifier } from 'maplibre-gl';
import type {
  CreateMap,
  LayerPointerEvent,
  LngLatPair,
  MapInstance,
  MapInstanceOptions,
  RenderedFeature,
} from '../../../src/map/map-instance';

type Listener = (e?: unknown) => void;

export class FakeMap implements MapInstance {
  readonly globalState = new Map<string, unknown>();
  readonly layout = new Map<string, string>();
  readonly featureStates = new Map<string, Record<string, unknown>>();
  /** Every call that reached the map, in order (method name and arguments). */
  readonly calls: { method: string; args: unknown[] }[] = [];
  rendered: RenderedFeature[] = [];
  center = { lng: 68, lat: 48 };
  zoom = 4;
  inView = true;
  removed = false;
  private styleLoaded = false;
  private hasStyle = true;
  private isLoaded = false;
  private readonly listeners: {
    type: string;
    layer: string | null;
    fn: Listener;
    once: boolean;
  }[] = [];
  readonly canvas = document.createElement('canvas');

  constructor(readonly options: MapInstanceOptions) {}

  // --- the interface ---
  on(type: string, a: unknown, b?: unknown): this {
    const layer = typeof a === 'string' ? a : null;
    this.listeners.push({ type, layer, fn: (layer ? b : a) as Listener, once: false });
    return this;
  }
  once(type: string, fn: () => void): this {
    this.listeners.push({ type, layer: null, fn, once: true });
    return this;
  }
  loaded(): boolean {
    return this.isLoaded;
  }
  isStyleLoaded(): boolean {
    return this.hasStyle && this.styleLoaded;
  }
  getCanvas(): HTMLCanvasElement {
    return this.canvas;
  }
  getCenter() {
    return this.center;
  }
  getZoom(): number {
    return this.zoom;
  }
  getBounds() {
    return {
      contains: () => this.inView,
      toArray: (): [LngLatPair, LngLatPair] => [
        [0, 0],
        [0, 0],
      ],
    };
  }
  cameraForBounds(bounds: [LngLatPair, LngLatPair]) {
    const [[w, s], [e, n]] = bounds;
    return { center: { lng: (w + e) / 2, lat: (s + n) / 2 }, zoom: 11 };
  }
  jumpTo(options: { center?: LngLatPair; zoom?: number }): this {
    this.record('jumpTo', options);
    if (options.center) this.center = { lng: options.center[0], lat: options.center[1] };
    if (options.zoom !== undefined) this.zoom = options.zoom;
    return this;
  }
  easeTo(options: { center: LngLatPair; duration: number; zoom?: number }): this {
    this.record('easeTo', options);
    this.center = { lng: options.center[0], lat: options.center[1] };
    return this;
  }
  fitBounds(
    bounds: [number, number, number, number],
    options: { padding: { top: number; right: number; bottom: number; left: number } },
  ): this {
    this.record('fitBounds', bounds, options);
    this.center = { lng: (bounds[0] + bounds[2]) / 2, lat: (bounds[1] + bounds[3]) / 2 };
    return this;
  }
  padding = { top: 0, right: 0, bottom: 0, left: 0 };
  getPadding() {
    return { ...this.padding };
  }
  setPadding(padding: { top: number; right: number; bottom: number; left: number }): this {
    this.record('setPadding', padding);
    this.padding = { ...padding };
    return this;
  }
  isMoving(): boolean {
    return false;
  }
  setGlobalStateProperty(name: string, value: unknown): this {
    this.style('setGlobalStateProperty', name, value);
    this.globalState.set(name, value);
    // As maplibre: the sources reload, so the map is not loaded until a frame has drawn them.
    this.isLoaded = false;
    return this;
  }
  setLayoutProperty(layerId: string, name: 'visibility', value: 'visible' | 'none'): this {
    this.style('setLayoutProperty', layerId, name, value);
    this.layout.set(layerId, value);
    return this;
  }
  setFeatureState(feature: FeatureIdentifier, state: Record<string, unknown>): void {
    this.style('setFeatureState', feature, state);
    const key = `${feature.source}/${feature.id}`;
    this.featureStates.set(key, { ...this.featureStates.get(key), ...state });
  }
  getFeatureState(feature: FeatureIdentifier): Record<string, unknown> {
    return this.featureStates.get(`${feature.source}/${feature.id}`) ?? {};
  }
  queryRenderedFeatures(): RenderedFeature[] {
    return this.rendered;
  }
  project(lngLat: LngLatPair) {
    return { x: lngLat[0], y: lngLat[1] };
  }
  triggerRepaint(): void {
    this.record('triggerRepaint');
  }
  getSource(): unknown {
    return { setData: (data: unknown) => this.record('setData', data) };
  }
  remove(): void {
    this.removed = true;
  }

  // --- test controls ---
  /** The style and sources have loaded ('load' fires once). */
  finishLoading(): void {
    this.isLoaded = true;
    this.styleLoaded = true;
    this.emit('style.load');
    this.emit('load');
  }
  /** A frame: `render` fires; with everything loaded (complete), `loaded()` is true again. */
  drawFrame(complete = true): void {
    if (complete) this.isLoaded = true;
    this.emit('render');
  }
  /** As maplibre 6 on `webglcontextlost`: the style is destroyed (map.style = null). */
  loseContext(): void {
    this.hasStyle = false;
    this.styleLoaded = false;
    // Feature state lives in the sources, which go with the style.
    this.featureStates.clear();
    this.emit('webglcontextlost');
  }
  /** As maplibre 6 on `webglcontextrestored`: the style is rebuilt from its snapshot, whose
   * global state is the style's default; it loads a moment later. */
  restoreContext(): void {
    this.hasStyle = true;
    const defaults = (this.options.style as { state?: Record<string, { default: unknown }> }).state;
    this.globalState.clear();
    for (const [k, v] of Object.entries(defaults ?? {})) this.globalState.set(k, v.default);
    this.emit('webglcontextrestored');
  }
  finishStyleReload(): void {
    this.styleLoaded = true;
    this.emit('style.load');
  }
  emit(type: string, e?: unknown, layer: string | null = null): void {
    for (const l of [...this.listeners]) {
      if (l.type !== type || l.layer !== layer) continue;
      if (l.once) this.listeners.splice(this.listeners.indexOf(l), 1);
      l.fn(e);
    }
  }
  pointer(type: string, layer: string, e: LayerPointerEvent): void {
    this.emit(type, e, layer);
  }
  callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }
  private style(method: string, ...args: unknown[]): void {
    // maplibre: `this.style.setGlobalStateProperty(...)` with `this.style === null`.
    if (!this.hasStyle) throw new TypeError(`Cannot read properties of null (reading '${method}')`);
    if (!this.styleLoaded && method !== 'setFeatureState')
      throw new Error('Style is not done loading.');
    this.record(method, ...args);
  }
}

export interface FakeMarker {
  element: HTMLElement;
  lngLat: LngLatPair;
  offset: LngLatPair;
  removed: boolean;
}

/** Returns a CreateMap that builds a FakeMap, and what it built. */
export function fakeMaps(): {
  createMap: CreateMap;
  map: () => FakeMap;
  markers: FakeMarker[];
  popup: { text: string | null };
} {
  let built: FakeMap | null = null;
  const markers: FakeMarker[] = [];
  const popup = { text: null as string | null };
  return {
    createMap: (_container, options) => {
      built = new FakeMap(options);
      return {
        map: built,
        addMarker: (element, lngLat, offset) => {
          const m: FakeMarker = { element, lngLat, offset, removed: false };
          markers.push(m);
          return {
            setLngLat: (ll: LngLatPair) => (m.lngLat = ll),
            setOffset: (o: LngLatPair) => (m.offset = o),
            remove: () => (m.removed = true),
          };
        },
        createPopup: () => ({
          show: (_ll, text) => (popup.text = text),
          remove: () => (popup.text = null),
        }),
      };
    },
    map: () => {
      if (!built) throw new Error('no map built yet');
      return built;
    },
    markers,
    popup,
  };
}
