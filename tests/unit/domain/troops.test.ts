import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Contingent } from '../../../src/domain/dataset';
import { HOUR_MS } from '../../../src/domain/time';
import {
  troopPositionAt,
  troopRoute,
  troopSchedule,
  type TroopRoute,
  type TroopSchedule,
} from '../../../src/domain/troops';
import { at, byId, place } from '../helpers';
import { contingent } from '../story-helpers';

const CHKALOVSKY: [number, number] = [38.0617, 55.8783];
const KUBINKA: [number, number] = [36.65, 55.61];
const ALMATY_AIRPORT: [number, number] = [77.0405, 43.3521];
const NUR_SULTAN: [number, number] = [71.446, 51.1801];

const places = byId([
  place({
    id: 'chkalovsky',
    kind: 'airfield',
    lon: CHKALOVSKY[0],
    lat: CHKALOVSKY[1],
    region: 'RU',
  }),
  place({ id: 'kubinka', kind: 'base', lon: KUBINKA[0], lat: KUBINKA[1], region: 'RU' }),
  place({
    id: 'almaty_airport',
    kind: 'airport',
    lon: ALMATY_AIRPORT[0],
    lat: ALMATY_AIRPORT[1],
    region: 'KZ-AC',
  }),
  place({
    id: 'nur_sultan',
    kind: 'city',
    lon: NUR_SULTAN[0],
    lat: NUR_SULTAN[1],
    region: 'KZ-AS',
  }),
  // An airport known only by its city.
  place({ id: 'nur_sultan_airport', kind: 'airport', region: 'KZ-AS', city: 'nur_sultan' }),
  place({ id: 'kz_national', kind: 'country', region: 'KZ' }),
]);

const JAN6 = at('2022-01-06T00:00+06:00');
const JAN7 = at('2022-01-07T00:00+06:00');
const JAN8 = at('2022-01-08T00:00+06:00');
const JAN13 = at('2022-01-13T00:00+06:00');
const JAN14 = at('2022-01-14T00:00+06:00');
const JAN19 = at('2022-01-19T00:00+06:00');
const JAN20 = at('2022-01-20T00:00+06:00');

const km = (a: [number, number], b: [number, number]) => distance(a, b, { units: 'kilometers' });

describe('troopSchedule', () => {
  it('with day precision leaves at the start of the departure day and arrives by the end of the arrival day', () => {
    expect(troopSchedule(contingent({ id: 'c', departure: JAN6, arrival: JAN7 }))).toEqual({
      depart: JAN6,
      arrive: JAN8,
    });
  });

  it('with day precision spans the whole day when departure and arrival fall on the same day', () => {
    expect(troopSchedule(contingent({ id: 'c', departure: JAN6, arrival: JAN6 }))).toEqual({
      depart: JAN6,
      arrive: JAN7,
    });
  });

  it('uses exact times as they are', () => {
    const departure = at('2022-01-06T03:15+06:00');
    const arrival = at('2022-01-06T09:40+06:00');
    expect(troopSchedule(contingent({ id: 'c', precision: 'exact', departure, arrival }))).toEqual({
      depart: departure,
      arrive: arrival,
    });
  });

  it('with a part-of-day precision arrives by the end of that six-hour span', () => {
    const arrival = at('2022-01-06T18:00+06:00');
    expect(troopSchedule(contingent({ id: 'c', precision: 'evening', arrival })).arrive).toBe(JAN7);
  });

  it('uses the start of the arrival day as departure when the departure is unknown', () => {
    expect(troopSchedule(contingent({ id: 'c', arrival: JAN7 }))).toEqual({
      depart: JAN7,
      arrive: JAN8,
    });
  });

  it('departs and arrives at the same moment when only an exact arrival is known', () => {
    const arrival = at('2022-01-06T09:40+06:00');
    expect(troopSchedule(contingent({ id: 'c', precision: 'exact', arrival }))).toEqual({
      depart: arrival,
      arrive: arrival,
    });
  });

  it('arrives by the end of the departure’s span when the arrival is unknown', () => {
    expect(troopSchedule(contingent({ id: 'c', departure: JAN6 }))).toEqual({
      depart: JAN6,
      arrive: JAN7,
    });
  });

  it('never arrives before it departs', () => {
    const schedule = troopSchedule(
      contingent({ id: 'c', precision: 'exact', departure: JAN7, arrival: JAN6 }),
    );
    expect(schedule).toEqual({ depart: JAN7, arrive: JAN7 });
  });

  it('withdraws from the start of the withdrawal day to the end of the withdrawal-end day', () => {
    const schedule = troopSchedule(
      contingent({ id: 'c', arrival: JAN6, withdrawalStart: JAN13, withdrawalEnd: JAN19 }),
    );
    expect(schedule).toMatchObject({ withdrawStart: JAN13, withdrawEnd: JAN20 });
  });

  it('with only a withdrawal start, withdraws within that day', () => {
    const schedule = troopSchedule(contingent({ id: 'c', arrival: JAN6, withdrawalStart: JAN13 }));
    expect(schedule).toMatchObject({ withdrawStart: JAN13, withdrawEnd: JAN14 });
  });

  it('with only a withdrawal end, withdraws within that day', () => {
    const schedule = troopSchedule(contingent({ id: 'c', arrival: JAN6, withdrawalEnd: JAN19 }));
    expect(schedule).toMatchObject({ withdrawStart: JAN19, withdrawEnd: JAN20 });
  });

  it('with an exact withdrawal start only, starts and ends the withdrawal at that moment', () => {
    const t = at('2022-01-13T10:00+06:00');
    const schedule = troopSchedule(
      contingent({ id: 'c', precision: 'exact', arrival: JAN6, withdrawalStart: t }),
    );
    expect(schedule).toMatchObject({ withdrawStart: t, withdrawEnd: t });
  });

  it('has no withdrawal when none is known', () => {
    const schedule = troopSchedule(contingent({ id: 'c', departure: JAN6, arrival: JAN6 }));
    expect(schedule).not.toHaveProperty('withdrawStart');
    expect(schedule).not.toHaveProperty('withdrawEnd');
  });

  it('is empty when nothing is known', () => {
    expect(troopSchedule(contingent({ id: 'c' }))).toEqual({});
  });

  it('knows the withdrawal even when the arrival is unknown', () => {
    expect(troopSchedule(contingent({ id: 'c', withdrawalStart: JAN13 }))).toEqual({
      withdrawStart: JAN13,
      withdrawEnd: JAN14,
    });
  });
});

describe('troopRoute', () => {
  const russia = (overrides: Partial<Contingent> = {}) =>
    contingent({
      id: 'russia',
      origin: 'kubinka',
      departureAirfield: 'chkalovsky',
      arrivalAirfield: 'almaty_airport',
      ...overrides,
    });

  it('starts at the departure airfield rather than the home base', () => {
    expect(troopRoute(russia(), places)?.from).toEqual(CHKALOVSKY);
  });

  it('starts at the home base when the departure airfield is unknown', () => {
    const c: Contingent = contingent({
      id: 'c',
      origin: 'kubinka',
      arrivalAirfield: 'almaty_airport',
    });
    expect(troopRoute(c, places)?.from).toEqual(KUBINKA);
  });

  it('ends at the arrival airfield', () => {
    expect(troopRoute(russia(), places)?.to).toEqual(ALMATY_AIRPORT);
  });

  it('carries the contingent’s id', () => {
    expect(troopRoute(russia(), places)?.id).toBe('russia');
  });

  it('draws a line from the start to the end', () => {
    const route = troopRoute(russia(), places)!;
    expect(route.line.length).toBeGreaterThan(2);
    expect(route.line[0]![0]).toBeCloseTo(CHKALOVSKY[0], 3);
    expect(route.line[0]![1]).toBeCloseTo(CHKALOVSKY[1], 3);
    expect(route.line.at(-1)![0]).toBeCloseTo(ALMATY_AIRPORT[0], 3);
    expect(route.line.at(-1)![1]).toBeCloseTo(ALMATY_AIRPORT[1], 3);
  });

  it('is null without an arrival airfield', () => {
    const c: Contingent = contingent({ id: 'c', departureAirfield: 'chkalovsky' });
    expect(troopRoute(c, places)).toBeNull();
  });

  it('is null without a departure airfield and without a home base', () => {
    const c: Contingent = contingent({ id: 'c', arrivalAirfield: 'almaty_airport' });
    expect(troopRoute(c, places)).toBeNull();
  });

  it('is null when the arrival airfield is not a known place', () => {
    expect(troopRoute(russia({ arrivalAirfield: 'nowhere' }), places)).toBeNull();
  });

  it('is null when the start is the country as a whole (no position)', () => {
    expect(troopRoute(russia({ departureAirfield: 'kz_national' }), places)).toBeNull();
  });

  it('uses the city of an airfield without coordinates', () => {
    expect(troopRoute(russia({ arrivalAirfield: 'nur_sultan_airport' }), places)?.to).toEqual(
      NUR_SULTAN,
    );
  });
});

describe('troopPositionAt', () => {
  const route: TroopRoute = troopRoute(
    contingent({
      id: 'russia',
      departureAirfield: 'chkalovsky',
      arrivalAirfield: 'almaty_airport',
    }),
    places,
  )!;
  const schedule: TroopSchedule = {
    depart: JAN6,
    arrive: JAN7,
    withdrawStart: JAN13,
    withdrawEnd: JAN14,
  };

  it('is before and not drawn before the departure', () => {
    expect(troopPositionAt(schedule, route, JAN6 - 1)).toEqual({ phase: 'before', position: null });
  });

  it('is arriving at the start of the route at the moment of departure', () => {
    const p = troopPositionAt(schedule, route, JAN6);
    expect(p.phase).toBe('arriving');
    expect(km(p.position!, CHKALOVSKY)).toBeLessThan(1);
  });

  it('is arriving half way along the route at the middle of the flight', () => {
    const p = troopPositionAt(schedule, route, JAN6 + 12 * HOUR_MS);
    expect(p.phase).toBe('arriving');
    const fromStart = km(p.position!, CHKALOVSKY);
    const toEnd = km(p.position!, ALMATY_AIRPORT);
    expect(fromStart).toBeGreaterThan(100);
    expect(toEnd).toBeGreaterThan(100);
    expect(Math.abs(fromStart - toEnd)).toBeLessThan(10);
  });

  it('moves towards the arrival airfield while arriving', () => {
    const early = troopPositionAt(schedule, route, JAN6 + 6 * HOUR_MS).position!;
    const late = troopPositionAt(schedule, route, JAN6 + 18 * HOUR_MS).position!;
    expect(km(late, ALMATY_AIRPORT)).toBeLessThan(km(early, ALMATY_AIRPORT));
  });

  it('is deployed at the end of the route from the arrival on', () => {
    expect(troopPositionAt(schedule, route, JAN7)).toEqual({
      phase: 'deployed',
      position: ALMATY_AIRPORT,
    });
  });

  it('stays deployed until the withdrawal starts', () => {
    expect(troopPositionAt(schedule, route, JAN13 - 1)).toEqual({
      phase: 'deployed',
      position: ALMATY_AIRPORT,
    });
  });

  it('stays deployed for ever when no withdrawal is known', () => {
    expect(troopPositionAt({ depart: JAN6, arrive: JAN7 }, route, JAN20).phase).toBe('deployed');
  });

  it('is withdrawing from the arrival airfield at the start of the withdrawal', () => {
    const p = troopPositionAt(schedule, route, JAN13);
    expect(p.phase).toBe('withdrawing');
    expect(km(p.position!, ALMATY_AIRPORT)).toBeLessThan(1);
  });

  it('moves back towards the start while withdrawing', () => {
    const quarter = troopPositionAt(schedule, route, JAN13 + 6 * HOUR_MS);
    const threeQuarters = troopPositionAt(schedule, route, JAN13 + 18 * HOUR_MS);
    expect(quarter.phase).toBe('withdrawing');
    expect(threeQuarters.phase).toBe('withdrawing');
    expect(km(quarter.position!, ALMATY_AIRPORT)).toBeLessThan(
      km(threeQuarters.position!, ALMATY_AIRPORT),
    );
    expect(km(threeQuarters.position!, CHKALOVSKY)).toBeLessThan(km(quarter.position!, CHKALOVSKY));
  });

  it('is withdrawn and not drawn once the withdrawal has ended', () => {
    expect(troopPositionAt(schedule, route, JAN14)).toEqual({ phase: 'withdrawn', position: null });
  });

  it('is withdrawn at the moment of an instant (exact) withdrawal', () => {
    expect(
      troopPositionAt(
        { depart: JAN6, arrive: JAN7, withdrawStart: JAN13, withdrawEnd: JAN13 },
        route,
        JAN13,
      ).phase,
    ).toBe('withdrawn');
  });

  it('is deployed, not arriving, when departure and arrival are the same moment', () => {
    expect(troopPositionAt({ depart: JAN6, arrive: JAN6 }, route, JAN6)).toEqual({
      phase: 'deployed',
      position: ALMATY_AIRPORT,
    });
  });

  it('is before at any time when the schedule is unknown', () => {
    expect(troopPositionAt({}, route, JAN6)).toEqual({ phase: 'before', position: null });
    expect(troopPositionAt({}, route, JAN20)).toEqual({ phase: 'before', position: null });
  });

  it('follows troopSchedule’s day precision: still arriving late on the arrival day', () => {
    const s = troopSchedule(contingent({ id: 'c', departure: JAN6, arrival: JAN6 }));
    expect(troopPositionAt(s, route, at('2022-01-06T23:00+06:00')).phase).toBe('arriving');
    expect(troopPositionAt(s, route, JAN7).phase).toBe('deployed');
  });
});
