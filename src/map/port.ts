import type { Lang } from '../domain/format';
import type { LayerName } from '../store/store';

/** What the store binding asks of the map: intents, never data re-sends. */
export interface MapPort {
  /** Sets the slider time (hours since the start) the layer filters compare against. */
  setTime(hours: number): void;
  setLang(lang: Lang): void;
  setLayerVisible(layer: LayerName, visible: boolean): void;
  setSelectedEvent(eventId: string | null): void;
  /** Updates the city markers' sizes, labels and pressed state. */
  updateCities(counts: ReadonlyMap<string, number>, selectedPlace: string | null, lang: Lang): void;
}
