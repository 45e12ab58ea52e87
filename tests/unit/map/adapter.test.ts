import { KAZAKHSTAN_BOUNDS } from '../../../src/map/opening-camera';
// @vitest-environment jsdom
// The adapter against a fake map (tests/unit/map/fake-map.ts): what reaches the map for each
// intent, the guard while the GL context is lost and the replay after it is restored.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contingent } from '../../../src/domain/dataset';
import { incidentCollection } from '../../../src/domain/geo';
import { hoursSinceStart } from '../../../src/domain/time';
import {
  CONTEXT_LOST_CLASS,
  MapAdapter,
  markerSize,
  type MapOptions,
  type MarkerTexts,
} from '../../../src/map/adapter';
import { bindStoreToMap } from '../../../src/map/binding';
import { LAYER, SOURCE, STATE } from '../../../src/map/layer-ids';
import type { LngLatPair } from '../../../src/map/map-instance';
import { createQantarStore } from '../../../src/store/store';
import { PLACES, at, dataset, event } from '../helpers';
import { fakeMaps } from './fake-map';

beforeAll(() => {
  // jsdom has no matchMedia; the adapter asks it for the colour scheme.
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
  })) as unknown as typeof window.matchMedia;
});

const texts: MarkerTexts = {
  city: (place, count) => `${place.id}: ${count}`,
  site: (place, status) => ({ label: place.id, ariaLabel: `${place.id} ${status}` }),
  troop: (c, phase) => ({ label: c.id, ariaLabel: `${c.id} ${phase}` }),
  troopGroup: (cs, open) => ({
    label: open ? 'x' : `group ${cs.length}`,
    ariaLabel: `${open ? 'close' : 'open'} ${cs.map((c) => c.id).join(' ')}`,
  }),
  region: (code, name) => `${code} ${name}`,
};

const EVENTS = [
  event({ id: 'e1', place: 'almaty', start: at('2022-01-05T10:30+06:00') }),
  event({ id: 'e2', place: 'aktobe', start: at('2022-01-06T15:00+06:00') }),
];
const DATA = dataset({ places: Object.values(PLACES), events: EVENTS });

function setup(overrides: Partial<MapOptions> = {}) {
  const fakes = fakeMaps();
  const { options, calls } = optionsWith(overrides);
  const adapter = new MapAdapter(document.createElement('div'), options, fakes.createMap);
  const map = fakes.map();
  map.finishLoading();
  return { adapter, map, fakes, calls };
}

/** Options for a map of two cities and a site, recording what the adapter reports back. */
function optionsWith(overrides: Partial<MapOptions> = {}) {
  const calls = {
    view: [] as unknown[],
    place: [] as string[],
    event: [] as string[],
    context: [] as boolean[],
  };
  const options: MapOptions = {
    basemap: {
      bounds: [18, 8, 112, 72],
      countries: { type: 'FeatureCollection', features: [] },
      regions: { type: 'FeatureCollection', features: [] },
      borders: { type: 'FeatureCollection', features: [] },
      lakes: { type: 'FeatureCollection', features: [] },
      rivers: { type: 'FeatureCollection', features: [] },
      urban: { type: 'FeatureCollection', features: [] },
      labels: { type: 'FeatureCollection', features: [] },
    },
    data: {
      incidents: incidentCollection(DATA),
      regionStatus: { type: 'FeatureCollection', features: [] },
      troopRoutes: { type: 'FeatureCollection', features: [] },
      sitePoints: { type: 'FeatureCollection', features: [] },
      markerPoints: { type: 'FeatureCollection', features: [] },
    },
    cities: [PLACES.almaty, PLACES.aktobe],
    sites: [PLACES.akimat],
    contingents: [],
    hours: { incidents: 0, regions: 0, routes: 0 },
    lang: 'en',
    reducedMotion: false,
    initialView: null,
    cooperativeGestures: false,
    texts,
    onViewChange: (v) => calls.view.push(v),
    onSelectPlace: (id) => calls.place.push(id),
    onSelectEvent: (id) => calls.event.push(id),
    onSelectContingent: () => {},
    onContextChange: (lost) => calls.context.push(lost),
    ...overrides,
  };
  return { options, calls };
}

afterEach(() => vi.restoreAllMocks());

describe('MapAdapter: time', () => {
  it('sends the slider time to the map as it is, to the hour (5 Jan 22:00 is not 5 Jan 00:00)', () => {
    const { adapter, map } = setup();
    adapter.setLayerTime('incidents', 4 * 24 + 22);
    expect(map.globalState.get(STATE.incidentHours)).toBe(118);
  });

  it('sends a time between hours unchanged (an event at 10:30)', () => {
    const { adapter, map } = setup();
    adapter.setLayerTime('incidents', hoursSinceStart(at('2022-01-05T10:30+06:00')));
    expect(map.globalState.get(STATE.incidentHours)).toBe(4 * 24 + 10.5);
  });

  it('through the store binding, the incidents get the start of their cell as hours since 1 January', () => {
    const { adapter, map } = setup();
    const store = createQantarStore(DATA, { time: at('2022-01-05T22:00+06:00'), lang: 'en' });
    bindStoreToMap(store, adapter, { request: () => 0, cancel: () => {} });
    // The last event before 5 January 22:00 started at 10:30: the map draws what it drew then.
    expect(map.globalState.get(STATE.incidentHours)).toBe(4 * 24 + 10.5);
  });

  it('starts the style at the initial time', () => {
    const { map } = setup({ hours: { incidents: 42, regions: 42, routes: 42 } });
    const style = map.options.style as { state: Record<string, { default: unknown }> };
    expect(style.state[STATE.incidentHours]?.default).toBe(42);
  });
});

describe('MapAdapter: per-family time', () => {
  it('sets each family’s time on its own global-state key', () => {
    const { adapter, map } = setup();
    adapter.setLayerTime('regions', 30);
    expect(map.globalState.get(STATE.regionHours)).toBe(30);
    expect(map.globalState.get(STATE.incidentHours)).not.toBe(30);
    expect(map.globalState.get(STATE.routeHours)).not.toBe(30);
  });
});

describe('MapAdapter: layers, filters, language', () => {
  it('hides a map layer family with its layout visibility', () => {
    const { adapter, map } = setup();
    adapter.setLayerVisible('emergency', false);
    expect(map.layout.get(LAYER.emergencyFill)).toBe('none');
    expect(map.layout.get(LAYER.curfewLine)).toBe('none');
    adapter.setLayerVisible('emergency', true);
    expect(map.layout.get(LAYER.emergencyFill)).toBe('visible');
  });

  it('hides the city markers without touching the map style', () => {
    const { adapter, map, fakes } = setup();
    adapter.setLayerVisible('places', false);
    const cities = fakes.markers.filter((m) => m.element.classList.contains('map-marker--city'));
    expect(cities).toHaveLength(2);
    expect(cities.every((m) => m.element.hidden)).toBe(true);
    expect(map.callsOf('setLayoutProperty')).toEqual([]);
  });

  it('sets hidden categories and verifications as global state', () => {
    const { adapter, map } = setup();
    adapter.setFilters(['protest'], ['unverified']);
    expect(map.globalState.get(STATE.hiddenCategories)).toEqual(['protest']);
    expect(map.globalState.get(STATE.hiddenVerifications)).toEqual(['unverified']);
  });

  it('sets the language as global state', () => {
    const { adapter, map } = setup();
    adapter.setLang('de');
    expect(map.globalState.get(STATE.lang)).toBe('de');
  });
});

describe('MapAdapter: selection', () => {
  it('marks the selected incident with feature state and unmarks the previous one', () => {
    const { adapter, map } = setup();
    adapter.setSelectedEvent('e1');
    adapter.setSelectedEvent('e2');
    expect(map.getFeatureState({ source: SOURCE.incidents, id: 'e1' })).toEqual({
      selected: false,
    });
    expect(map.getFeatureState({ source: SOURCE.incidents, id: 'e2' })).toEqual({
      selected: true,
    });
  });

  it('ignores an id that is not on the map', () => {
    const { adapter, map } = setup();
    adapter.setSelectedEvent('nope');
    expect(map.callsOf('setFeatureState')).toEqual([]);
  });

  it('brings an incident outside the view into it, at once when motion is reduced', () => {
    const { adapter, map } = setup({ reducedMotion: true });
    map.inView = false;
    adapter.setSelectedEvent('e2');
    expect(map.callsOf('jumpTo')).toHaveLength(1);
    expect(map.callsOf('easeTo')).toEqual([]);
  });

  it('a click on an incident selects its event', () => {
    const { map, calls } = setup();
    map.pointer('click', LAYER.incidents, {
      features: [{ properties: { id: 'e2' } }],
      lngLat: { lng: 0, lat: 0 },
    });
    expect(calls.event).toEqual(['e2']);
  });

  it('a click on a city marker selects the place', () => {
    const { fakes, calls } = setup();
    fakes.markers.find((m) => m.element.dataset['id'] === 'aktobe')!.element.click();
    expect(calls.place).toEqual(['aktobe']);
  });
});

describe('MapAdapter: view', () => {
  it('reports moves the reader makes, not programmatic ones', () => {
    const { map, calls } = setup();
    map.emit('moveend', {});
    map.center = { lng: 76.9, lat: 43.2 };
    map.emit('moveend', { originalEvent: new Event('wheel') });
    expect(calls.view).toEqual([{ lon: 76.9, lat: 43.2, zoom: 4 }]);
  });
});

describe('MapAdapter: the opening fit follows the map size', () => {
  it('fits Kazakhstan again when the map is resized before anything moved it', () => {
    const { map } = setup();
    map.emit('resize');
    map.emit('resize');
    expect(map.callsOf('fitBounds')).toHaveLength(2);
    expect(map.callsOf('fitBounds')[0]![0]).toEqual(KAZAKHSTAN_BOUNDS);
  });

  it('keeps the camera once the reader, a story step or a reveal has moved it', () => {
    const { adapter, map } = setup();
    map.inView = false;
    adapter.setSelectedEvent('e2');
    map.emit('resize');
    expect(map.callsOf('fitBounds')).toEqual([]);
  });

  it('keeps the view a link names', () => {
    const { map } = setup({ initialView: { lon: 76.9, lat: 43.2, zoom: 9 } });
    map.emit('resize');
    expect(map.callsOf('fitBounds')).toEqual([]);
  });
});

describe('MapAdapter: loading', () => {
  it('whenLoaded resolves only after the map has loaded', async () => {
    const fakes = fakeMaps();
    const adapter = new MapAdapter(
      document.createElement('div'),
      optionsWith().options,
      fakes.createMap,
    );
    let done = false;
    void adapter.whenLoaded().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    fakes.map().finishLoading();
    await adapter.whenLoaded();
    expect(done).toBe(true);
  });
});

describe('MapAdapter: city markers on a tick', () => {
  const almatyOf = (fakes: ReturnType<typeof setup>['fakes']) =>
    fakes.markers.find((m) => m.element.dataset['id'] === 'almaty')!.element;

  it('a new count writes the count and the aria-label, and keeps the label and the dot size', () => {
    const { adapter, fakes } = setup();
    adapter.updateCities(new Map([['almaty', 150]]), null, 'en');
    const button = almatyOf(fakes);
    const label = button.querySelector('.map-marker__label')!;
    const nameNode = label.firstChild;
    const setProperty = vi.spyOn(button.style, 'setProperty');
    adapter.updateCities(new Map([['almaty', 151]]), null, 'en');
    expect(button.getAttribute('aria-label')).toBe('almaty: 151');
    expect(button.querySelector('.map-marker__count')!.textContent).toBe('151');
    // The same text node: the name was not written again.
    expect(label.firstChild).toBe(nameNode);
    expect(label.textContent).toBe('almaty');
    // 150 and 151 events both have the largest dot.
    expect(setProperty).not.toHaveBeenCalled();
    adapter.updateCities(new Map([['almaty', 4]]), null, 'en');
    expect(button.style.getPropertyValue('--size')).toBe(`${markerSize(4)}px`);
  });

  it('a new language writes the label', () => {
    const name = { en: 'Almaty', de: 'Almaty (Alma-Ata)', ru: 'Алматы' };
    const { adapter, fakes } = setup({ cities: [{ ...PLACES.almaty, name }] });
    adapter.updateCities(new Map([['almaty', 3]]), null, 'en');
    const label = almatyOf(fakes).querySelector('.map-marker__label')!;
    expect(label.textContent).toBe('Almaty');
    adapter.updateCities(new Map([['almaty', 3]]), null, 'de');
    expect(label.textContent).toBe('Almaty (Alma-Ata)');
    expect(label.querySelectorAll('.map-marker__line')).toHaveLength(2);
    adapter.updateCities(new Map([['almaty', 3]]), null, 'en');
    expect(label.textContent).toBe('Almaty');
  });
});

describe('MapAdapter: WebGL context loss', () => {
  it('tells the app when the context is lost and when the map is drawn again', () => {
    const { map, calls } = setup();
    map.loseContext();
    map.restoreContext();
    map.finishStyleReload();
    expect(calls.context).toEqual([true, false]);
  });

  it('slider steps, layer and filter changes and selections while lost do not throw', () => {
    const { adapter, map } = setup();
    map.loseContext();
    expect(() => {
      adapter.setLayerTime('incidents', 10);
      adapter.setLang('de');
      adapter.setLayerVisible('troops', false);
      adapter.setFilters(['protest'], []);
      adapter.setSelectedEvent('e1');
      adapter.updateCities(new Map([['almaty', 3]]), null, 'de');
    }).not.toThrow();
  });

  it('hides the markers while lost (the map does not move them then) and shows them after', () => {
    const fakes = fakeMaps();
    const container = document.createElement('div');
    new MapAdapter(container, optionsWith().options, fakes.createMap);
    const map = fakes.map();
    map.finishLoading();
    map.loseContext();
    expect(container.classList.contains(CONTEXT_LOST_CLASS)).toBe(true);
    map.restoreContext();
    expect(container.classList.contains(CONTEXT_LOST_CLASS)).toBe(true);
    map.finishStyleReload();
    expect(container.classList.contains(CONTEXT_LOST_CLASS)).toBe(false);
  });

  it('keeps the city markers following the time while lost', () => {
    const { adapter, map, fakes } = setup();
    map.loseContext();
    adapter.updateCities(new Map([['almaty', 3]]), 'almaty', 'en');
    const almaty = fakes.markers.find((m) => m.element.dataset['id'] === 'almaty')!;
    expect(almaty.element.getAttribute('aria-label')).toBe('almaty: 3');
    expect(almaty.element.getAttribute('aria-pressed')).toBe('true');
  });

  it('after restore, redraws at the state set while lost (time, language, layers, filters, selection)', () => {
    const { adapter, map } = setup({ hours: { incidents: 5, regions: 5, routes: 5 } });
    adapter.setLayerTime('incidents', 20);
    map.loseContext();
    adapter.setLayerTime('incidents', 118);
    adapter.setLang('de');
    adapter.setLayerVisible('troops', false);
    adapter.setFilters(['protest'], ['unverified']);
    adapter.setSelectedEvent('e2');
    map.restoreContext();
    // The rebuilt style starts at its default time until it has loaded and is replayed.
    expect(map.globalState.get(STATE.incidentHours)).toBe(5);
    map.finishStyleReload();
    expect(map.globalState.get(STATE.incidentHours)).toBe(118);
    expect(map.globalState.get(STATE.lang)).toBe('de');
    expect(map.layout.get(LAYER.troopRoutes)).toBe('none');
    expect(map.globalState.get(STATE.hiddenCategories)).toEqual(['protest']);
    expect(map.globalState.get(STATE.hiddenVerifications)).toEqual(['unverified']);
    expect(map.getFeatureState({ source: SOURCE.incidents, id: 'e2' })).toEqual({
      selected: true,
    });
  });

  it('intents after the restore but before the style has reloaded are replayed too', () => {
    const { adapter, map } = setup();
    map.loseContext();
    map.restoreContext();
    expect(() => adapter.setLayerTime('incidents', 50)).not.toThrow();
    map.finishStyleReload();
    expect(map.globalState.get(STATE.incidentHours)).toBe(50);
  });

  it('refuses a PNG while lost instead of capturing an empty frame', async () => {
    const { adapter, map } = setup();
    map.loseContext();
    await expect(
      adapter.exportPng({ title: '', subtitle: '', legend: [], credit: '' }),
    ).rejects.toThrow(/context lost/);
  });

  it('the debug facade reports the lost context', () => {
    const { adapter, map } = setup();
    const debug = adapter.debug();
    expect(debug.contextLost()).toBe(false);
    map.loseContext();
    expect(debug.contextLost()).toBe(true);
  });
});

describe('MapAdapter: debug facade', () => {
  it('reads the distinct drawn incident ids, sorted', () => {
    const { adapter, map } = setup();
    map.rendered = [
      { properties: { id: 'e2' } },
      { properties: { id: 'e1' } },
      { properties: { id: 'e2' } },
    ];
    expect(adapter.debug().renderedIncidentIds()).toEqual(['e1', 'e2']);
  });

  it('hands out no map instance', () => {
    const { adapter } = setup();
    const debug = adapter.debug() as unknown as Record<string, unknown>;
    expect(
      Object.values(debug).some((v) => v && typeof v === 'object' && 'setGlobalStateProperty' in v),
    ).toBe(false);
    expect('map' in debug).toBe(false);
  });
});

describe('MapAdapter: whenDrawn (playback waits for it)', () => {
  /** Whether the promise has settled after the microtasks queued so far. */
  async function settled(p: Promise<void>): Promise<boolean> {
    let done = false;
    void p.then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    return done;
  }

  it('resolves at once when the map has drawn everything', async () => {
    const { adapter } = setup();
    expect(await settled(adapter.whenDrawn())).toBe(true);
  });

  it('waits for the frame that has drawn the new time, not one before it', async () => {
    const { adapter, map } = setup();
    adapter.setLayerTime('incidents', 10);
    const drawn = adapter.whenDrawn();
    map.drawFrame(false);
    expect(await settled(drawn)).toBe(false);
    map.drawFrame();
    expect(await settled(drawn)).toBe(true);
  });

  it('does not wait while the GL context is lost (nothing draws) or after destroy', async () => {
    const { adapter, map } = setup();
    adapter.setLayerTime('incidents', 10);
    const before = adapter.whenDrawn();
    map.loseContext();
    expect(await settled(before)).toBe(true);
    expect(await settled(adapter.whenDrawn())).toBe(true);

    const other = setup();
    other.adapter.setLayerTime('incidents', 10);
    const pending = other.adapter.whenDrawn();
    other.adapter.destroy();
    expect(await settled(pending)).toBe(true);
    expect(await settled(other.adapter.whenDrawn())).toBe(true);
  });
});

describe('MapAdapter: destroy', () => {
  it('removes the markers and the map', () => {
    const { adapter, map, fakes } = setup();
    adapter.destroy();
    expect(fakes.markers.every((m) => m.removed)).toBe(true);
    expect(map.removed).toBe(true);
  });
});

describe('MapAdapter: troop chips grouped at one point (issue 11)', () => {
  const contingent = (id: string): Contingent => ({
    id,
    country: id.toUpperCase(),
    name: { en: `Contingent ${id}`, de: `Kontingent ${id}` },
    precision: 'day',
    verification: 'official_claim',
    sources: [],
  });
  const AIRPORT: LngLatPair = [77, 43];
  const landed = (ids: string[], elsewhere: Record<string, LngLatPair> = {}) =>
    ids.map((id) => ({ id, phase: 'deployed' as const, position: elsewhere[id] ?? AIRPORT }));
  const chip = (fakes: ReturnType<typeof fakeMaps>, id: string) =>
    fakes.markers.find((m) => m.element.dataset['id'] === id)!.element;
  const ids = ['ru', 'by', 'kg'];

  // Chips are laid out on the next frame: run frames at once.
  beforeEach(() => {
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
      cb(0);
      return 0;
    });
    return () => vi.unstubAllGlobals();
  });

  function troopSetup() {
    const picked: string[] = [];
    const { adapter, map, fakes } = setup({
      contingents: ids.map(contingent),
      onSelectContingent: (id) => picked.push(id),
    });
    return { adapter, map, fakes, picked };
  }

  it('shows one badge with the count instead of chips on top of each other', () => {
    const { adapter, fakes } = troopSetup();
    adapter.updateTroops(landed(ids), null, 'en');
    for (const id of ids) expect(chip(fakes, id).hidden, id).toBe(true);
    const badge = chip(fakes, 'group-ru');
    expect(badge.hidden).toBe(false);
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(badge.getAttribute('aria-label')).toBe('open ru by kg');
    expect(badge.textContent).toBe('group 3');
  });

  it('a chip away from the others stays a chip of its own', () => {
    const { adapter, fakes } = troopSetup();
    adapter.updateTroops(landed(ids, { kg: [0, 0] }), null, 'en');
    expect(chip(fakes, 'kg').hidden).toBe(false);
    expect(chip(fakes, 'group-ru').getAttribute('aria-label')).toBe('open ru by');
  });

  it('the badge opens the row, moves keyboard focus into it and closes it again', () => {
    const { adapter, fakes } = troopSetup();
    adapter.updateTroops(landed(ids), null, 'en');
    const badge = chip(fakes, 'group-ru');
    document.body.append(...fakes.markers.map((m) => m.element));
    badge.focus();
    badge.click();
    expect(ids.map((id) => chip(fakes, id).hidden)).toEqual([false, false, false]);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(chip(fakes, 'ru'));
    const offsets = ['group-ru', ...ids].map(
      (id) => fakes.markers.find((m) => m.element.dataset['id'] === id)!.offset[0],
    );
    expect(new Set(offsets).size).toBe(4);
    badge.click();
    expect(ids.map((id) => chip(fakes, id).hidden)).toEqual([true, true, true]);
  });

  it('selecting a contingent elsewhere (its panel, a link) opens its group, so it shows pressed', () => {
    const { adapter, fakes } = troopSetup();
    adapter.updateTroops(landed(ids), 'kg', 'en');
    expect(chip(fakes, 'kg').hidden).toBe(false);
    expect(chip(fakes, 'kg').getAttribute('aria-pressed')).toBe('true');
  });

  it('opens every group at city scale, without a badge', () => {
    const { adapter, map, fakes } = troopSetup();
    map.zoom = 12;
    adapter.updateTroops(landed(ids), null, 'en');
    expect(ids.map((id) => chip(fakes, id).hidden)).toEqual([false, false, false]);
    expect(chip(fakes, 'group-ru').hidden).toBe(true);
  });

  it('hides chips and badges with the troops layer', () => {
    const { adapter, fakes } = troopSetup();
    adapter.updateTroops(landed(ids), null, 'en');
    adapter.setLayerVisible('troops', false);
    adapter.updateTroops(landed(ids), null, 'en');
    expect(['group-ru', ...ids].every((id) => chip(fakes, id).hidden)).toBe(true);
  });
});
