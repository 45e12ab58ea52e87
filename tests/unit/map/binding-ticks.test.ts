// Issue 15: a tick that changes nothing sends nothing to the map, a tick across a boundary
// sends only that layer family's time, and what the map draws stays what the time says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOUR_MS, RANGE_END, RANGE_START, hoursSinceStart } from '../../../src/domain/time';
import { RECENT_HOURS, recentUntil } from '../../../src/domain/time-cells';
import { bindStoreToMap, type FrameScheduler } from '../../../src/map/binding';
import type { MapPort, TimeFamily } from '../../../src/map/port';
import { createQantarStore } from '../../../src/store/store';
import { at, dataset, event, place } from '../helpers';
import { contingent, interval } from '../story-helpers';

type Call = { method: keyof MapPort; args: unknown[] };

/** A fake map that records every call (any MapPort method). */
function recordingPort(): { port: MapPort; calls: Call[] } {
  const calls: Call[] = [];
  const port = new Proxy({} as MapPort, {
    get:
      (_t, method) =>
      (...args: unknown[]) =>
        calls.push({ method: method as keyof MapPort, args }),
  });
  return { port, calls };
}

function manualFrames(): FrameScheduler & { run: () => void } {
  let pending: (() => void) | null = null;
  return {
    request: (cb) => ((pending = cb), 1),
    cancel: () => (pending = null),
    run: () => {
      const cb = pending;
      pending = null;
      cb?.();
    },
  };
}

const E1 = at('2022-01-05T10:30+06:00');
const E2 = at('2022-01-06T15:00+06:00');
const E3 = at('2022-01-09T08:00+06:00');
const EMERGENCY_FROM = at('2022-01-05T02:00+06:00');
const EMERGENCY_TO = at('2022-01-12T00:00+06:00');
const CURFEW_FROM = at('2022-01-05T18:00+06:00');
const CURFEW_TO = at('2022-01-10T00:00+06:00');
const SITE_OCCUPIED = at('2022-01-05T14:00+06:00');
const DEPART = at('2022-01-06T00:00+06:00');
const WITHDRAW = at('2022-01-13T00:00+06:00');

const DATA = dataset({
  places: [
    place({ id: 'almaty', kind: 'city', lon: 76.93, lat: 43.26, region: 'KZ-AC' }),
    place({ id: 'aktobe', kind: 'city', lon: 57.2, lat: 50.3, region: 'KZ-AT' }),
    place({ id: 'chkalovsky', kind: 'airfield', lon: 38.06, lat: 55.88, region: 'RU' }),
    place({
      id: 'almaty_airport',
      kind: 'airport',
      lon: 77.04,
      lat: 43.35,
      region: 'KZ-AC',
      city: 'almaty',
    }),
  ],
  events: [
    event({ id: 'e1', place: 'almaty', start: E1 }),
    event({ id: 'e2', place: 'aktobe', start: E2 }),
    event({ id: 'e3', place: 'almaty', start: E3 }),
  ],
  status: [
    interval({
      id: 'em',
      layer: 'emergency',
      subject: 'KZ-AC',
      status: 'in_force',
      from: EMERGENCY_FROM,
      to: EMERGENCY_TO,
    }),
    interval({
      id: 'cu',
      layer: 'curfew',
      subject: 'KZ-AC',
      status: 'in_force',
      from: CURFEW_FROM,
      to: CURFEW_TO,
    }),
    interval({ id: 'al-open', status: 'open', from: at('2022-01-05T00:00+06:00') }),
    interval({ id: 'al-occ', status: 'occupied', from: SITE_OCCUPIED }),
  ],
  deployments: [
    contingent({
      id: 'russia',
      departureAirfield: 'chkalovsky',
      arrivalAirfield: 'almaty_airport',
      departure: DEPART,
      arrival: DEPART,
      withdrawalStart: WITHDRAW,
    }),
  ],
});

function setup(time: number) {
  const store = createQantarStore(DATA, { time, lang: 'en' });
  const { port, calls } = recordingPort();
  const frames = manualFrames();
  bindStoreToMap(store, port, frames);
  const tick = (t: number) => {
    calls.length = 0;
    store.getState().setTime(t);
    frames.run();
    return calls;
  };
  return { store, calls, tick };
}

const names = (calls: Call[]) => calls.map((c) => c.method);
const layerTimes = (calls: Call[]) =>
  calls.filter((c) => c.method === 'setLayerTime').map((c) => c.args[0] as TimeFamily);

describe('bindStoreToMap: ticks that change nothing send nothing', () => {
  it('a tick between boundaries makes no map call at all', () => {
    const { tick } = setup(at('2022-01-03T10:00+06:00'));
    expect(tick(at('2022-01-03T11:00+06:00'))).toEqual([]);
  });

  it('a tick inside every family’s cell, with curfew, emergency and troops in force, makes no call', () => {
    // 7 Jan 12:00 → 13:00: troops deployed, emergency and curfew in force (daytime), e2 recent.
    const { tick } = setup(at('2022-01-07T12:00+06:00'));
    expect(tick(at('2022-01-07T13:00+06:00'))).toEqual([]);
  });

  it('a tick across an event start sends the incidents’ time once, and neither regions nor routes', () => {
    const { tick } = setup(at('2022-01-09T07:00+06:00'));
    const calls = tick(at('2022-01-09T08:00+06:00'));
    expect(layerTimes(calls)).toEqual(['incidents']);
    expect(calls.find((c) => c.method === 'setLayerTime')?.args).toEqual([
      'incidents',
      hoursSinceStart(E3),
    ]);
    expect(names(calls)).toContain('updateCities');
    expect(names(calls)).not.toContain('updateSites');
    expect(names(calls)).not.toContain('updateTroops');
  });

  it('a tick across a curfew hour sends the regions’ time once and nothing else', () => {
    const { tick } = setup(at('2022-01-07T22:00+06:00'));
    const calls = tick(at('2022-01-07T23:00+06:00'));
    expect(calls).toEqual([
      {
        method: 'setLayerTime',
        args: ['regions', hoursSinceStart(at('2022-01-07T23:00+06:00'))],
      },
    ]);
  });

  it('a tick across a departure sends the routes’ time once and moves the troops, nothing else', () => {
    const { tick } = setup(at('2022-01-05T23:00+06:00'));
    const calls = tick(DEPART);
    expect(layerTimes(calls)).toEqual(['routes']);
    expect(names(calls).sort()).toEqual(['setLayerTime', 'updateTroops']);
  });

  it('a tick across a site’s status change updates the site markers only', () => {
    const { tick } = setup(at('2022-01-05T13:00+06:00'));
    expect(names(tick(SITE_OCCUPIED))).toEqual(['updateSites']);
  });

  it('while a contingent is in the air, every tick moves it (and sends nothing else)', () => {
    const { tick } = setup(at('2022-01-06T08:00+06:00'));
    expect(names(tick(at('2022-01-06T09:00+06:00')))).toEqual(['updateTroops']);
    expect(names(tick(at('2022-01-06T10:00+06:00')))).toEqual(['updateTroops']);
  });

  it('24 hours after an event, it stops being recent: the incidents’ time only, at that instant', () => {
    const { tick } = setup(at('2022-01-07T14:00+06:00'));
    const calls = tick(at('2022-01-07T15:00+06:00'));
    expect(calls).toEqual([
      { method: 'setLayerTime', args: ['incidents', hoursSinceStart(recentUntil(E2))] },
    ]);
  });
});

/** Replays the calls into what a map would draw at each family's time. */
class DrawnState {
  hours: Partial<Record<TimeFamily, number>> = {};
  apply(calls: Call[]): void {
    for (const c of calls)
      if (c.method === 'setLayerTime') this.hours[c.args[0] as TimeFamily] = c.args[1] as number;
  }
  /** The recent incidents, by the style's comparison: h ≤ time < hr (src/map/style.ts). */
  get recent(): string[] {
    const x = this.hours.incidents ?? NaN;
    return (
      [
        ['e1', E1],
        ['e2', E2],
        ['e3', E3],
      ] as const
    )
      .filter(([, s]) => hoursSinceStart(s) <= x && x < hoursSinceStart(recentUntil(s)))
      .map(([id]) => id);
  }
}

/** What the style's filters draw at a time in hours (the same comparisons as src/map/style.ts). */
function drawnAt(hIncidents: number, hRegions: number, hRoutes: number) {
  const h = (t: number) => hoursSinceStart(t);
  const inForce = (from: number, to: number, x: number) => h(from) <= x && x < h(to);
  const night = (x: number) => x % 24 >= 23 || x % 24 < 7;
  return {
    incidents: [E1, E2, E3].map((t) => h(t) <= hIncidents),
    emergency: inForce(EMERGENCY_FROM, EMERGENCY_TO, hRegions),
    curfewNight: inForce(CURFEW_FROM, CURFEW_TO, hRegions) && night(hRegions),
    curfewLine: inForce(CURFEW_FROM, CURFEW_TO, hRegions),
    route: hRoutes >= h(DEPART),
    routeFaded: hRoutes >= h(WITHDRAW + 24 * HOUR_MS),
  };
}

function recentAt(t: number): string[] {
  return [
    ['e1', E1],
    ['e2', E2],
    ['e3', E3],
  ]
    .filter(([, s]) => (s as number) <= t && (s as number) > t - RECENT_HOURS * HOUR_MS)
    .map(([id]) => id as string);
}

describe('bindStoreToMap: what is drawn stays what the time says', () => {
  it('at every hour of the range, stepping forward, the map draws what it would at the raw time', () => {
    const { calls, tick } = setup(RANGE_START);
    const drawn = new DrawnState();
    drawn.apply(calls);
    for (let t = RANGE_START + HOUR_MS; t <= RANGE_END; t += HOUR_MS) {
      drawn.apply(tick(t));
      const { incidents = NaN, regions = NaN, routes = NaN } = drawn.hours;
      expect(drawnAt(incidents, regions, routes)).toEqual(drawnAt(h(t), h(t), h(t)));
      expect(drawn.recent).toEqual(recentAt(t));
    }
    function h(t: number) {
      return hoursSinceStart(t);
    }
  });

  it('after any sequence of jumps, the map draws what it would at the raw time', () => {
    const hour = fc.integer({ min: 0, max: (RANGE_END - RANGE_START) / HOUR_MS });
    fc.assert(
      fc.property(hour, fc.array(hour, { minLength: 1, maxLength: 12 }), (start, jumps) => {
        const { calls, tick } = setup(RANGE_START + start * HOUR_MS);
        const drawn = new DrawnState();
        drawn.apply(calls);
        for (const j of jumps) {
          const t = RANGE_START + j * HOUR_MS;
          drawn.apply(tick(t));
          const { incidents = NaN, regions = NaN, routes = NaN } = drawn.hours;
          expect(drawnAt(incidents, regions, routes)).toEqual(drawnAt(j, j, j));
          expect(drawn.recent).toEqual(recentAt(t));
        }
      }),
    );
  });
});
