import type { Lang } from '../domain/format';
import type { TroopPhase } from '../domain/troops';
import type { LayerName } from '../store/store';

export interface SiteMarkerState {
  id: string;
  /** Site-control status at the slider time, or null when none is recorded. */
  status: string | null;
  uncertain: boolean;
}

export interface TroopMarkerState {
  id: string;
  phase: TroopPhase;
  position: [number, number] | null;
}

/** The layer families that read their own time from the map's global state. */
export type TimeFamily = 'incidents' | 'regions' | 'routes';

/** A camera: centre and zoom. */
export interface CameraView {
  lon: number;
  lat: number;
  zoom: number;
}

/** What the store binding asks of the map: intents, never data re-sends. */
export interface MapPort {
  /**
   * Sets the time (hours since the start) one layer family's filters and paint compare
   * against (for incidents also their recency). The binding calls it only when that family's
   * drawing changes (see domain/time-cells).
   */
  setLayerTime(family: TimeFamily, hours: number): void;
  /** Story mode: emphasises events (feature-state) and place markers. */
  setHighlight(eventIds: readonly string[], placeIds: readonly string[]): void;
  /** Story mode: moves the camera to a step (the phone camera on narrow maps). */
  flyToStep(camera: CameraView, phoneCamera: CameraView): void;
  setLang(lang: Lang): void;
  setLayerVisible(layer: LayerName, visible: boolean): void;
  setFilters(hiddenCategories: readonly string[], hiddenVerifications: readonly string[]): void;
  setSelectedEvent(eventId: string | null): void;
  /** Updates the city markers' sizes, labels and pressed state. */
  updateCities(counts: ReadonlyMap<string, number>, selectedPlace: string | null, lang: Lang): void;
  /** Updates the site-control markers (status symbol and label). */
  updateSites(sites: readonly SiteMarkerState[], selectedPlace: string | null, lang: Lang): void;
  /** Cartography (issue 11): frames a city and its sites, or (null) returns to the view before. */
  focusCity(placeId: string | null): void;
  /** Moves the contingent markers (a handful of DOM markers; no map data is re-sent). */
  updateTroops(
    troops: readonly TroopMarkerState[],
    selectedContingent: string | null,
    lang: Lang,
  ): void;
}
