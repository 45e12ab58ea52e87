import { describe, expect, it } from 'vitest';
import { createStoryIndex } from '../../../src/domain/story';
import { HOUR_MS, RANGE_START, type EpochMs } from '../../../src/domain/time';
import {
  anyTroopMoving,
  cellOf,
  cellTime,
  createBoundaries,
  createLayerBoundaries,
} from '../../../src/domain/time-cells';
import { createTimeIndex } from '../../../src/domain/time-index';
import { at, dataset, event, place } from '../helpers';
import { contingent, interval } from '../story-helpers';

const h = (n: number) => (RANGE_START + n * HOUR_MS) as EpochMs;

describe('boundaries and cells', () => {
  it('sorts the times and drops duplicates and missing ones', () => {
    expect([...createBoundaries([h(5), h(2), h(5), Number.NaN]).times]).toEqual([h(2), h(5)]);
  });

  it('numbers the cells: 0 before the first boundary, i from the i-th on', () => {
    const b = createBoundaries([h(2), h(5)]);
    expect([h(0), h(2), h(4), h(5), h(9)].map((t) => cellOf(b, t))).toEqual([0, 1, 1, 2, 2]);
  });

  it('gives the start of the cell as its time, and an hour before the first boundary before it', () => {
    const b = createBoundaries([h(2), h(5)]);
    expect([h(0), h(2), h(4), h(5), h(9)].map((t) => cellTime(b, t))).toEqual([
      h(1),
      h(2),
      h(2),
      h(5),
      h(5),
    ]);
  });

  it('gives the range start as the time when there are no boundaries', () => {
    expect(cellTime(createBoundaries([]), h(7))).toBe(RANGE_START);
  });
});

describe('createLayerBoundaries', () => {
  const events = [event({ id: 'a', start: h(10) }), event({ id: 'b', start: h(30) })];
  const d = dataset({
    places: [
      place({ id: 'from', kind: 'airfield', lon: 38, lat: 55 }),
      place({ id: 'to', kind: 'airport', lon: 77, lat: 43 }),
    ],
    events,
    status: [
      interval({ id: 'em', layer: 'emergency', subject: 'KZ-AC', from: h(3), to: h(50) }),
      interval({ id: 'cu', layer: 'curfew', subject: 'KZ-AC', from: h(20), to: h(48) }),
      interval({ id: 's', subject: 'almaty_airport', from: h(4), fromLatest: h(6), to: h(9) }),
    ],
    deployments: [
      contingent({
        id: 'ru',
        departureAirfield: 'from',
        arrivalAirfield: 'to',
        precision: 'exact',
        departure: at('2022-01-02T00:00+06:00'),
        arrival: at('2022-01-02T06:00+06:00'),
        withdrawalStart: at('2022-01-03T00:00+06:00'),
        withdrawalEnd: at('2022-01-03T04:00+06:00'),
      }),
    ],
  });
  const b = createLayerBoundaries(d, createTimeIndex(events), createStoryIndex(d));
  const hours = (x: { times: Float64Array }) =>
    [...x.times].map((t) => (t - RANGE_START) / HOUR_MS);

  it('incidents change at event starts and when they stop being recent, 24 hours later', () => {
    expect(hours(b.incidents)).toEqual([10, 30, 34, 54]);
  });

  it('cities change at event starts', () => {
    expect(hours(b.cities)).toEqual([10, 30]);
  });

  it('regions change at interval ends and at 07:00 and 23:00 while a curfew is in force', () => {
    expect(hours(b.regions)).toEqual([3, 20, 23, 31, 47, 48, 50]);
  });

  it('sites change at interval ends and when a disputed start becomes certain', () => {
    expect(hours(b.sites)).toEqual([4, 6, 9]);
  });

  it('routes change at departure and the end of withdrawal; troops at every phase', () => {
    expect(hours(b.routes)).toEqual([24, 52]);
    expect(hours(b.troops)).toEqual([24, 30, 48, 52]);
  });
});

describe('anyTroopMoving', () => {
  const d = dataset({
    places: [
      place({ id: 'from', kind: 'airfield', lon: 38, lat: 55 }),
      place({ id: 'to', kind: 'airport', lon: 77, lat: 43 }),
    ],
    deployments: [
      contingent({
        id: 'ru',
        departureAirfield: 'from',
        arrivalAirfield: 'to',
        precision: 'exact',
        departure: h(24),
        arrival: h(30),
      }),
    ],
  });
  const story = createStoryIndex(d);

  it('is true only between departure and arrival', () => {
    expect([h(23), h(24), h(29), h(30)].map((t) => anyTroopMoving(story, t))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
