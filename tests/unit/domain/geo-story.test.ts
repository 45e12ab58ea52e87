import { distance } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  OPEN_END_HOURS,
  greatCircleRoute,
  pointAlong,
  regionStatusCollection,
  troopRouteCollection,
} from '../../../src/domain/geo';
import type { StoryTroop } from '../../../src/domain/story';
import type { TroopSchedule } from '../../../src/domain/troops';
import { at } from '../helpers';
import { contingent, interval } from '../story-helpers';

const square = (lon: number, lat: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + 1, lat],
      [lon + 1, lat + 1],
      [lon, lat + 1],
      [lon, lat],
    ],
  ],
});

const REGIONS: FeatureCollection<Polygon | MultiPolygon> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: square(52, 43), properties: { code: 'KZ-MG' } },
    { type: 'Feature', geometry: square(76, 43), properties: { code: 'KZ-AC' } },
  ],
};

const emergency = (id: string, subject: string, from: string, to?: string) =>
  interval({
    id,
    layer: 'emergency',
    subject,
    status: 'in_force',
    from: at(from),
    ...(to ? { to: at(to) } : {}),
  });

describe('regionStatusCollection', () => {
  it('makes one feature per emergency interval of a known region', () => {
    const out = regionStatusCollection(
      [emergency('em-mg', 'KZ-MG', '2022-01-05T01:30+06:00')],
      REGIONS,
    );
    expect(out.features).toHaveLength(1);
    expect(out.features[0]!.properties.id).toBe('em-mg');
  });

  it('makes a feature for a curfew interval too', () => {
    const curfew = interval({
      id: 'cu-ac',
      layer: 'curfew',
      subject: 'KZ-AC',
      status: 'in_force',
      from: at('2022-01-05T23:00+06:00'),
    });
    expect(regionStatusCollection([curfew], REGIONS).features[0]!.properties).toMatchObject({
      id: 'cu-ac',
      layer: 'curfew',
      code: 'KZ-AC',
    });
  });

  it('uses the region’s polygon as the geometry', () => {
    const out = regionStatusCollection(
      [emergency('em-ac', 'KZ-AC', '2022-01-05T01:30+06:00')],
      REGIONS,
    );
    expect(out.features[0]!.geometry).toEqual(square(76, 43));
  });

  it('gives from and to in hours since 2022-01-01T00:00+06:00', () => {
    const out = regionStatusCollection(
      [emergency('em', 'KZ-MG', '2022-01-05T01:30+06:00', '2022-01-19T00:00+06:00')],
      REGIONS,
    );
    expect(out.features[0]!.properties).toEqual({
      id: 'em',
      layer: 'emergency',
      code: 'KZ-MG',
      from: 4 * 24 + 1.5,
      to: 18 * 24,
    });
  });

  it('gives an open-ended interval the open-end value as its end', () => {
    const out = regionStatusCollection(
      [emergency('em', 'KZ-MG', '2022-01-05T00:00+06:00')],
      REGIONS,
    );
    expect(out.features[0]!.properties.to).toBe(OPEN_END_HOURS);
  });

  it('makes one feature for each of several intervals of one region', () => {
    const status = [
      emergency('em-1', 'KZ-MG', '2022-01-05T00:00+06:00', '2022-01-10T00:00+06:00'),
      emergency('em-2', 'KZ-MG', '2022-01-12T00:00+06:00'),
    ];
    expect(regionStatusCollection(status, REGIONS).features.map((f) => f.properties.id)).toEqual([
      'em-1',
      'em-2',
    ]);
  });

  it('ignores site-control and internet intervals', () => {
    const status = [
      interval({ id: 'site', layer: 'site_control', subject: 'KZ-MG', status: 'guarded' }),
      interval({ id: 'net', layer: 'internet', subject: 'KZ-AC', status: 'blackout' }),
    ];
    expect(regionStatusCollection(status, REGIONS).features).toEqual([]);
  });

  it('skips an interval whose region has no polygon', () => {
    const status = [
      emergency('em-x', 'KZ-XX', '2022-01-05T00:00+06:00'),
      emergency('em-mg', 'KZ-MG', '2022-01-05T00:00+06:00'),
    ];
    expect(regionStatusCollection(status, REGIONS).features.map((f) => f.properties.id)).toEqual([
      'em-mg',
    ]);
  });

  it('is a feature collection', () => {
    expect(regionStatusCollection([], REGIONS)).toEqual({
      type: 'FeatureCollection',
      features: [],
    });
  });
});

describe('troopRouteCollection', () => {
  const line: [number, number][] = [
    [38.06, 55.88],
    [60, 50],
    [77.04, 43.35],
  ];
  const troop = (id: string, schedule: TroopSchedule): StoryTroop => ({
    contingent: contingent({ id, country: 'RU' }),
    schedule,
    route: { id, from: line[0]!, to: line[2]!, line },
  });

  it('makes one line feature per troop with the route’s coordinates', () => {
    const out = troopRouteCollection([troop('russia', {})]);
    expect(out.features).toHaveLength(1);
    expect(out.features[0]!.geometry).toEqual({ type: 'LineString', coordinates: line });
  });

  it('gives the departure and the end of the withdrawal in hours since the start', () => {
    const out = troopRouteCollection([
      troop('russia', {
        depart: at('2022-01-06T00:00+06:00'),
        arrive: at('2022-01-07T00:00+06:00'),
        withdrawStart: at('2022-01-13T00:00+06:00'),
        withdrawEnd: at('2022-01-19T12:00+06:00'),
      }),
    ]);
    expect(out.features[0]!.properties).toEqual({
      id: 'russia',
      country: 'RU',
      depart: 5 * 24,
      withdrawEnd: 18 * 24 + 12,
    });
  });

  it('uses the open-end value for an unknown departure and an unknown end of withdrawal', () => {
    const out = troopRouteCollection([troop('russia', {})]);
    expect(out.features[0]!.properties).toMatchObject({
      depart: OPEN_END_HOURS,
      withdrawEnd: OPEN_END_HOURS,
    });
  });

  it('keeps a known departure when the withdrawal is unknown', () => {
    const out = troopRouteCollection([
      troop('russia', {
        depart: at('2022-01-06T00:00+06:00'),
        arrive: at('2022-01-07T00:00+06:00'),
      }),
    ]);
    expect(out.features[0]!.properties).toMatchObject({ depart: 120, withdrawEnd: OPEN_END_HOURS });
  });

  it('keeps the order of the troops', () => {
    const out = troopRouteCollection([troop('b', {}), troop('a', {})]);
    expect(out.features.map((f) => f.properties.id)).toEqual(['b', 'a']);
  });
});

describe('greatCircleRoute', () => {
  const moscow: [number, number] = [38.0617, 55.8783];
  const almaty: [number, number] = [77.0405, 43.3521];

  it('starts at the first point', () => {
    const route = greatCircleRoute(moscow, almaty);
    expect(route[0]![0]).toBeCloseTo(moscow[0], 4);
    expect(route[0]![1]).toBeCloseTo(moscow[1], 4);
  });

  it('ends at the second point', () => {
    const route = greatCircleRoute(moscow, almaty);
    expect(route.at(-1)![0]).toBeCloseTo(almaty[0], 4);
    expect(route.at(-1)![1]).toBeCloseTo(almaty[1], 4);
  });

  it('has the number of points asked for', () => {
    expect(greatCircleRoute(moscow, almaty, 10)).toHaveLength(10);
  });

  it('bows north of the straight line between the two points (a great circle on this route)', () => {
    const route = greatCircleRoute(moscow, almaty, 11);
    expect(route[5]![1]).toBeGreaterThan((moscow[1] + almaty[1]) / 2);
  });

  it('returns the two points for identical points', () => {
    expect(greatCircleRoute(almaty, almaty)).toEqual([almaty, almaty]);
  });
});

describe('pointAlong', () => {
  const route: [number, number][] = [
    [70, 45],
    [72, 45],
    [76, 45],
  ];
  const km = (a: [number, number], b: [number, number]) => distance(a, b, { units: 'kilometers' });

  it('returns the start at 0', () => {
    expect(pointAlong(route, 0)).toEqual([70, 45]);
  });

  it('returns the end at 1', () => {
    expect(pointAlong(route, 1)).toEqual([76, 45]);
  });

  it('clamps fractions below 0 to the start', () => {
    expect(pointAlong(route, -0.5)).toEqual([70, 45]);
  });

  it('clamps fractions above 1 to the end', () => {
    expect(pointAlong(route, 1.5)).toEqual([76, 45]);
  });

  it('at 0.5 lies half way along the route by distance, not at the middle vertex', () => {
    const p = pointAlong(route, 0.5);
    const total = km(route[0]!, route[1]!) + km(route[1]!, route[2]!);
    // The way along the route passes the middle vertex: start → [72,45] → p.
    const travelled = km(route[0]!, route[1]!) + km(route[1]!, p);
    expect(travelled / total).toBeCloseTo(0.5, 2);
    expect(p[0]).toBeGreaterThan(72.5);
    expect(p[0]).toBeLessThan(73.5);
  });

  it('returns the only point of a one-point route', () => {
    expect(pointAlong([[70, 45]], 0.5)).toEqual([70, 45]);
  });
});
