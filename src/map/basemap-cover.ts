import type { FeatureIdentifier } from 'maplibre-gl';
import type { Box } from './label-layout';
import { LAYER } from './layer-ids';
import type { MapInstance } from './map-instance';

/**
 * The names maplibre draws: countries, regions, seas, lakes, rivers, Baikonur, and the sites'
 * names at city scale. maplibre's collision keeps them clear of each other but cannot see the
 * HTML markers, so a country's name ran under a city's label ("RUSS" under Kostanay), a lake's
 * under a troop chip, and an airfield's under the chip of the contingent that landed there
 * (the site names keep clear of the markers' dots through guards, style.ts, not of chips,
 * which move).
 */
export const BASEMAP_NAME_LAYERS: string[] = [
  LAYER.countryLabels,
  LAYER.regionLabels,
  LAYER.waterLabels,
  LAYER.riverLabels,
  LAYER.enclaveLabels,
  LAYER.siteLabels,
];

/**
 * The names that yield to the controls floating over the map: the base map's, and at city scale
 * the city's own name (style.ts, city-names), which under a button would read as a fragment
 * ("ULTAN (ANA)"). The city's name does not yield to the markers: it sits beside its own.
 */
export const CHROME_COVERED_LAYERS: string[] = [...BASEMAP_NAME_LAYERS, LAYER.cityNames];

/** Feature-state of a base-map name under a marker: the style draws it transparent. */
export const COVERED = 'covered';

const key = (b: Box) =>
  `${Math.round(b.left)},${Math.round(b.top)},${Math.round(b.right)},${Math.round(b.bottom)}`;

/**
 * Keeps the base map's names out from under the HTML markers (issue 11): a name whose drawn
 * box meets a marker's dot, count, label or chip is drawn transparent until it is clear again.
 * The markers and their labels come first, as the story's places; the base map is context.
 */
export class BasemapNameCover {
  private covered = new Map<string, FeatureIdentifier>();
  private signature = '';

  constructor(
    private readonly map: Pick<MapInstance, 'queryRenderedFeatures' | 'setFeatureState'>,
  ) {}

  /**
   * Covers the names under these boxes (map container pixels) and uncovers the rest: the base
   * map's names under `markers`, those and the city names under `chrome` (the controls over
   * the map). `view` names what else moves the names (camera, language); nothing is asked of
   * the map when neither the boxes nor the view changed.
   */
  update(markers: readonly Box[], view: string, chrome: readonly Box[] = []): void {
    const signature = `${view}|${markers.map(key).join(';')}|${chrome.map(key).join(';')}`;
    if (signature === this.signature) return;
    this.signature = signature;
    const next = new Map<string, FeatureIdentifier>();
    const under = (boxes: readonly Box[], layers: string[]) => {
      for (const b of boxes)
        for (const f of this.map.queryRenderedFeatures(
          [
            [b.left, b.top],
            [b.right, b.bottom],
          ],
          { layers },
        ))
          if (f.id !== undefined && f.source !== undefined)
            next.set(`${f.source}/${f.id}`, { source: f.source, id: f.id });
    };
    under(markers, BASEMAP_NAME_LAYERS);
    under(chrome, CHROME_COVERED_LAYERS);
    for (const [k, f] of this.covered)
      if (!next.has(k)) this.map.setFeatureState(f, { [COVERED]: false });
    for (const [k, f] of next)
      if (!this.covered.has(k)) this.map.setFeatureState(f, { [COVERED]: true });
    this.covered = next;
  }

  /** The map's feature states went with its GL context: start again once it is back. */
  reset(): void {
    this.covered = new Map();
    this.signature = '';
  }
}
