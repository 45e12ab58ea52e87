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

/** What the store binding asks of the map: intents, never data re-sends. */
export interface MapPort {
  /** Sets the slider time (hours since the start) the layer filters compare against. */
  setTime(hours: number): void;
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
