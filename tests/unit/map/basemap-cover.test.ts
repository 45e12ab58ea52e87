import type { FeatureIdentifier } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_NAME_LAYERS,
  BasemapNameCover,
  CHROME_COVERED_LAYERS,
  COVERED,
} from '../../../src/map/basemap-cover';
import type { Box } from '../../../src/map/label-layout';
import type { LngLatPair, RenderedFeature } from '../../../src/map/map-instance';

/** Names drawn at pixel boxes, as maplibre's symbol query finds them (box against box). */
class NamesMap {
  readonly states = new Map<string, boolean>();
  readonly calls: string[] = [];
  constructor(private readonly names: { id: number; source: string; box: Box; layer?: string }[]) {}
  queryRenderedFeatures(
    a: LngLatPair | [LngLatPair, LngLatPair] | { layers: string[] },
    b?: { layers: string[] },
  ): RenderedFeature[] {
    this.calls.push('query');
    const layers = b?.layers ?? [];
    expect([BASEMAP_NAME_LAYERS, CHROME_COVERED_LAYERS]).toContainEqual(layers);
    const [[left, top], [right, bottom]] = a as [LngLatPair, LngLatPair];
    return this.names
      .filter((n) => layers.includes(n.layer ?? BASEMAP_NAME_LAYERS[0]!))
      .filter(
        (n) => n.box.left < right && left < n.box.right && n.box.top < bottom && top < n.box.bottom,
      )
      .map((n) => ({ id: n.id, source: n.source, properties: {} }));
  }
  setFeatureState(feature: FeatureIdentifier, state: Record<string, unknown>): void {
    this.calls.push('set');
    this.states.set(`${feature.source}/${feature.id}`, state[COVERED] === true);
  }
  covered(): string[] {
    return [...this.states].filter(([, v]) => v).map(([k]) => k);
  }
}

const box = (left: number, top: number, right: number, bottom: number): Box => ({
  left,
  top,
  right,
  bottom,
});

describe('the base map names yield to the markers', () => {
  const names = [
    { id: 0, source: 'labels', box: box(100, 100, 160, 114) }, // RUSSIA
    { id: 1, source: 'labels', box: box(300, 200, 340, 212) }, // a lake
    { id: 0, source: 'rivers', box: box(20, 20, 40, 30) }, // a river
  ];

  it('covers a name under a marker label and leaves the others', () => {
    const map = new NamesMap(names);
    const cover = new BasemapNameCover(map);
    cover.update([box(150, 105, 210, 120), box(0, 0, 10, 10)], 'v');
    expect(map.covered()).toEqual(['labels/0']);
  });

  it('uncovers a name once the marker has moved off it', () => {
    const map = new NamesMap(names);
    const cover = new BasemapNameCover(map);
    cover.update([box(150, 105, 210, 120)], 'v');
    cover.update([box(310, 205, 320, 215)], 'v2');
    expect(map.covered()).toEqual(['labels/1']);
    expect(map.states.get('labels/0')).toBe(false);
  });

  it('tells features of different sources apart (generated ids repeat across sources)', () => {
    const map = new NamesMap(names);
    const cover = new BasemapNameCover(map);
    cover.update([box(25, 25, 30, 28)], 'v');
    expect(map.covered()).toEqual(['rivers/0']);
  });

  it('asks nothing of the map when neither the markers nor the view moved', () => {
    const map = new NamesMap(names);
    const cover = new BasemapNameCover(map);
    cover.update([box(150, 105, 210, 120)], 'v');
    const before = map.calls.length;
    cover.update([box(150.2, 105.1, 210, 120)], 'v');
    expect(map.calls.length).toBe(before);
    // The same boxes after a camera move are asked again: the names moved under them.
    cover.update([box(150.2, 105.1, 210, 120)], 'w');
    expect(map.calls.length).toBeGreaterThan(before);
  });

  it('sets the covered names again after a reset (the GL context came back without them)', () => {
    const map = new NamesMap(names);
    const cover = new BasemapNameCover(map);
    cover.update([box(150, 105, 210, 120)], 'v');
    map.states.clear();
    cover.reset();
    cover.update([box(150, 105, 210, 120)], 'v');
    expect(map.covered()).toEqual(['labels/0']);
  });

  it('covers the names under the controls over the map, the city names too, not under markers', () => {
    const city = { id: 0, source: 'marker-points', box: box(50, 50, 120, 64), layer: 'city-names' };
    const map = new NamesMap([...names, city]);
    const cover = new BasemapNameCover(map);
    // A marker's label over the city's name leaves it (the name sits beside its own marker).
    cover.update([box(60, 52, 80, 60)], 'v');
    expect(map.covered()).toEqual([]);
    // The tool buttons over the city's name and a lake's: both are drawn transparent.
    cover.update([], 'v', [box(0, 40, 110, 70), box(330, 190, 400, 220)]);
    expect(map.covered().sort()).toEqual(['labels/1', 'marker-points/0']);
    // The control folded away: they are drawn again.
    cover.update([], 'v', []);
    expect(map.covered()).toEqual([]);
  });
});
