import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/domain/format';
import { bindStoreToMap, type FrameScheduler } from '../../../src/map/binding';
import type {
  CameraView,
  MapPort,
  SiteMarkerState,
  TimeFamily,
  TroopMarkerState,
} from '../../../src/map/port';
import { createQantarStore, type LayerName, type StoreInit } from '../../../src/store/store';
import { at, dataset, place } from '../helpers';
import { contingent, interval } from '../story-helpers';

type Calls = {
  [K in keyof MapPort]: Parameters<MapPort[K]>[];
};

/** A fake map that records the arguments of every call, per method, in order. */
class FakeMap implements MapPort {
  calls: Calls = this.empty();
  order: (keyof MapPort)[] = [];

  private empty(): Calls {
    return {
      setLayerTime: [],
      setLang: [],
      setLayerVisible: [],
      setFilters: [],
      setSelectedEvent: [],
      setHighlight: [],
      flyToStep: [],
      updateCities: [],
      updateSites: [],
      updateTroops: [],
      focusCity: [],
    };
  }

  /** Forgets the calls made so far (the initial sync), so a test sees only what follows. */
  reset(): void {
    this.calls = this.empty();
    this.order = [];
  }

  setLayerTime(family: TimeFamily, hours: number): void {
    this.record('setLayerTime', [family, hours]);
  }
  setLang(lang: Lang): void {
    this.record('setLang', [lang]);
  }
  setLayerVisible(layer: LayerName, visible: boolean): void {
    this.record('setLayerVisible', [layer, visible]);
  }
  setFilters(hiddenCategories: readonly string[], hiddenVerifications: readonly string[]): void {
    this.record('setFilters', [hiddenCategories, hiddenVerifications]);
  }
  setSelectedEvent(eventId: string | null): void {
    this.record('setSelectedEvent', [eventId]);
  }
  setHighlight(eventIds: readonly string[], placeIds: readonly string[]): void {
    this.record('setHighlight', [eventIds, placeIds]);
  }
  flyToStep(camera: CameraView, phoneCamera: CameraView): void {
    this.record('flyToStep', [camera, phoneCamera]);
  }
  updateCities(
    counts: ReadonlyMap<string, number>,
    selectedPlace: string | null,
    lang: Lang,
  ): void {
    this.record('updateCities', [counts, selectedPlace, lang]);
  }
  updateSites(sites: readonly SiteMarkerState[], selectedPlace: string | null, lang: Lang): void {
    this.record('updateSites', [sites, selectedPlace, lang]);
  }
  updateTroops(
    troops: readonly TroopMarkerState[],
    selectedContingent: string | null,
    lang: Lang,
  ): void {
    this.record('updateTroops', [troops, selectedContingent, lang]);
  }

  focusCity(placeId: string | null): void {
    this.record('focusCity', [placeId]);
  }

  private record<K extends keyof MapPort>(method: K, args: Parameters<MapPort[K]>): void {
    (this.calls[method] as Parameters<MapPort[K]>[]).push(args);
    this.order.push(method);
  }
}

/** A manual frame scheduler: callbacks wait until the test calls runFrame(). */
class ManualFrames implements FrameScheduler {
  private pending = new Map<number, () => void>();
  private next = 1;
  request = (cb: () => void): number => {
    const h = this.next++;
    this.pending.set(h, cb);
    return h;
  };
  cancel = (h: number): void => {
    this.pending.delete(h);
  };
  runFrame(): void {
    const cbs = [...this.pending.values()];
    this.pending.clear();
    for (const cb of cbs) cb();
  }
}

const JAN5 = at('2022-01-05T00:00+06:00');
const JAN5_NOON = at('2022-01-05T12:00+06:00');
const JAN5_2252 = at('2022-01-05T22:52+06:00');
const JAN6 = at('2022-01-06T00:00+06:00');
const JAN7 = at('2022-01-07T00:00+06:00');
const JAN13 = at('2022-01-13T00:00+06:00');
const JAN14 = at('2022-01-14T00:00+06:00');

const CHKALOVSKY: [number, number] = [38.06, 55.88];
const ALMATY_AIRPORT: [number, number] = [77.04, 43.35];

/**
 * Two sites: the Almaty airport (open, then occupied with a disputed start, then guarded) and
 * the Nur-Sultan airport (guarded from 7 Jan). One Russian contingent flies in on 6 January
 * (day precision: in the air all day) and withdraws on 13 January; the CSTO total has no route.
 */
const storyDataset = dataset({
  places: [
    place({ id: 'almaty', kind: 'city', lon: 76.93, lat: 43.26, region: 'KZ-AC' }),
    place({
      id: 'chkalovsky',
      kind: 'airfield',
      lon: CHKALOVSKY[0],
      lat: CHKALOVSKY[1],
      region: 'RU',
    }),
    place({
      id: 'almaty_airport',
      kind: 'airport',
      lon: ALMATY_AIRPORT[0],
      lat: ALMATY_AIRPORT[1],
      region: 'KZ-AC',
      city: 'almaty',
    }),
    place({ id: 'nur_sultan_airport', kind: 'airport', lon: 71.47, lat: 51.02, region: 'KZ-AS' }),
  ],
  status: [
    interval({
      id: 'al-open',
      subject: 'almaty_airport',
      status: 'open',
      from: JAN5,
      to: JAN5_NOON,
    }),
    interval({
      id: 'al-occ',
      subject: 'almaty_airport',
      status: 'occupied',
      from: JAN5_NOON,
      fromLatest: JAN5_2252,
      to: JAN7,
    }),
    interval({ id: 'al-guard', subject: 'almaty_airport', status: 'guarded', from: JAN7 }),
    interval({ id: 'ns-guard', subject: 'nur_sultan_airport', status: 'guarded', from: JAN7 }),
    interval({ id: 'net', layer: 'internet', subject: 'KZ', status: 'blackout', from: JAN5 }),
  ],
  deployments: [
    contingent({ id: 'csto_total', country: 'CSTO' }),
    contingent({
      id: 'russia',
      departureAirfield: 'chkalovsky',
      arrivalAirfield: 'almaty_airport',
      departure: JAN6,
      arrival: JAN6,
      withdrawalStart: JAN13,
    }),
  ],
});

function setup(init: StoreInit = {}) {
  const store = createQantarStore(storyDataset, { time: JAN5, lang: 'en', ...init });
  const map = new FakeMap();
  const frames = new ManualFrames();
  const { stop } = bindStoreToMap(store, map, frames);
  return { store, map, frames, stop };
}

const sitesAt = (map: FakeMap) => map.calls.updateSites.at(-1)?.[0];
const troopsAt = (map: FakeMap) => map.calls.updateTroops.at(-1)?.[0];

describe('bindStoreToMap: site markers', () => {
  it('sends every story site once on the initial sync', () => {
    const { map } = setup();
    expect(map.calls.updateSites).toHaveLength(1);
    expect(sitesAt(map)?.map((s) => s.id)).toEqual(['almaty_airport', 'nur_sultan_airport']);
  });

  it('sends each site’s status at the store time, and null where none is recorded', () => {
    const { map } = setup({ time: at('2022-01-05T06:00+06:00') });
    expect(sitesAt(map)).toEqual([
      { id: 'almaty_airport', status: 'open', uncertain: false },
      { id: 'nur_sultan_airport', status: null, uncertain: false },
    ]);
  });

  it('marks a status as uncertain while its start is disputed', () => {
    const { map } = setup({ time: at('2022-01-05T18:00+06:00') });
    expect(sitesAt(map)?.[0]).toEqual({
      id: 'almaty_airport',
      status: 'occupied',
      uncertain: true,
    });
  });

  it('sends the new statuses when the time moves', () => {
    const { store, map, frames } = setup({ time: at('2022-01-05T18:00+06:00') });
    map.reset();
    store.getState().setTime(at('2022-01-07T01:00+06:00'));
    frames.runFrame();
    expect(sitesAt(map)).toEqual([
      { id: 'almaty_airport', status: 'guarded', uncertain: false },
      { id: 'nur_sultan_airport', status: 'guarded', uncertain: false },
    ]);
  });

  it('drops the uncertainty once the latest reported start has passed', () => {
    const { store, map, frames } = setup({ time: at('2022-01-05T18:00+06:00') });
    store.getState().setTime(at('2022-01-05T23:00+06:00'));
    frames.runFrame();
    expect(sitesAt(map)?.[0]).toEqual({
      id: 'almaty_airport',
      status: 'occupied',
      uncertain: false,
    });
  });

  it('sends the selected place and the language with the sites', () => {
    const { store, map, frames } = setup();
    store.getState().selectPlace('almaty_airport');
    frames.runFrame();
    expect(map.calls.updateSites.at(-1)?.slice(1)).toEqual(['almaty_airport', 'en']);
  });

  it('does not send other layers’ subjects as sites', () => {
    const { map } = setup();
    expect(sitesAt(map)?.map((s) => s.id)).not.toContain('KZ');
  });
});

describe('bindStoreToMap: contingent markers', () => {
  it('sends only contingents with a route', () => {
    const { map } = setup();
    expect(troopsAt(map)?.map((t) => t.id)).toEqual(['russia']);
  });

  it('sends a contingent that has not left yet as before, without position', () => {
    const { map } = setup({ time: JAN5 });
    expect(troopsAt(map)).toEqual([{ id: 'russia', phase: 'before', position: null }]);
  });

  it('sends a contingent in the air as arriving, between its airfields', () => {
    const { map } = setup({ time: at('2022-01-06T12:00+06:00') });
    const [russia] = troopsAt(map)!;
    expect(russia?.phase).toBe('arriving');
    expect(russia?.position![0]).toBeGreaterThan(CHKALOVSKY[0]);
    expect(russia?.position![0]).toBeLessThan(ALMATY_AIRPORT[0]);
  });

  it('sends a contingent that has arrived as deployed at its arrival airfield', () => {
    const { map } = setup({ time: JAN7 });
    expect(troopsAt(map)).toEqual([{ id: 'russia', phase: 'deployed', position: ALMATY_AIRPORT }]);
  });

  it('sends a contingent that has left as withdrawn, without position', () => {
    const { map } = setup({ time: JAN14 });
    expect(troopsAt(map)).toEqual([{ id: 'russia', phase: 'withdrawn', position: null }]);
  });

  it('sends the new phase when the time moves', () => {
    const { store, map, frames } = setup({ time: JAN5 });
    store.getState().setTime(JAN7);
    frames.runFrame();
    expect(troopsAt(map)?.[0]?.phase).toBe('deployed');
  });

  it('sends no selected contingent at first', () => {
    const { map } = setup();
    expect(map.calls.updateTroops.at(-1)?.slice(1)).toEqual([null, 'en']);
  });
});

describe('bindStoreToMap: what each change sends', () => {
  it('sends a time change as new sites and contingents too', () => {
    const { store, map, frames } = setup();
    map.reset();
    // Across the Almaty airport's occupation and the Russian departure (6 January 00:00).
    store.getState().setTime(at('2022-01-06T01:00+06:00'));
    frames.runFrame();
    expect(map.calls.updateSites).toHaveLength(1);
    expect(map.calls.updateTroops).toHaveLength(1);
    expect(map.calls.setLayerTime).toEqual([['routes', 5 * 24]]);
  });

  it('sends a category filter change as setFilters with arrays', () => {
    const { store, map, frames } = setup();
    map.reset();
    store.getState().setCategoryVisible('violence', false);
    frames.runFrame();
    expect(map.calls.setFilters).toEqual([[['violence'], []]]);
  });

  it('sends a verification filter change as setFilters with both filters', () => {
    const { store, map, frames } = setup({ hiddenCategories: ['protest'] });
    map.reset();
    store.getState().setVerificationVisible('unverified', false);
    frames.runFrame();
    expect(map.calls.setFilters).toEqual([[['protest'], ['unverified']]]);
  });

  it('sends the filters once on the initial sync', () => {
    const { map } = setup({ hiddenVerifications: ['contested'] });
    expect(map.calls.setFilters).toEqual([[[], ['contested']]]);
  });

  it('sends a filter change as setFilters only: no sites, contingents, cities or time', () => {
    const { store, map, frames } = setup();
    map.reset();
    store.getState().setCategoryVisible('violence', false);
    frames.runFrame();
    expect(map.order).toEqual(['setFilters']);
  });

  it('sends a selected contingent as updateTroops only, with that contingent', () => {
    const { store, map, frames } = setup({ time: JAN7 });
    map.reset();
    store.getState().selectContingent('russia');
    frames.runFrame();
    expect(map.order).toEqual(['updateTroops']);
    expect(map.calls.updateTroops[0]).toEqual([
      [{ id: 'russia', phase: 'deployed', position: ALMATY_AIRPORT }],
      'russia',
      'en',
    ]);
  });

  it('sends a language change to the sites and contingents in that language', () => {
    const { store, map, frames } = setup();
    map.reset();
    store.getState().setLang('de');
    frames.runFrame();
    expect(map.calls.updateSites.at(-1)?.[2]).toBe('de');
    expect(map.calls.updateTroops.at(-1)?.[2]).toBe('de');
  });

  it('sends nothing after the binding is stopped', () => {
    const { store, map, frames, stop } = setup();
    map.reset();
    stop();
    store.getState().stepHours(1);
    frames.runFrame();
    expect(map.order).toEqual([]);
  });
});

describe('zoom to the city (issue 11)', () => {
  it('asks the map to frame a city, and to go back, but never on the first frame', () => {
    const { store, map, frames } = setup();
    expect(map.calls.focusCity).toEqual([]);
    store.getState().focusCity('almaty');
    frames.runFrame();
    store.getState().focusCity(null);
    frames.runFrame();
    expect(map.calls.focusCity).toEqual([['almaty'], [null]]);
  });
});
