import { describe, expect, it } from 'vitest';
import {
  cityEventsUpTo,
  countUpTo,
  countsByCity,
  createCityIndex,
  createTimeIndex,
  eventsInWindow,
  histogram,
  lowerBound,
  nextEventTime,
  previousEventTime,
  upperBound,
} from '../../../src/domain/time-index';
import { HOUR_MS } from '../../../src/domain/time';
import { PLACES, at, event } from '../helpers';

const T1 = at('2022-01-04T18:00+06:00');
const T2 = at('2022-01-05T10:30+06:00');
const T3 = at('2022-01-05T22:52+06:00');

/** Three events at T1, T2 (two of them) and T3, given out of order. */
function sample() {
  const a = event({ id: 'a', start: T1 });
  const b1 = event({ id: 'b1', start: T2 });
  const b2 = event({ id: 'b2', start: T2 });
  const c = event({ id: 'c', start: T3 });
  return { a, b1, b2, c, index: createTimeIndex([c, b2, a, b1]) };
}

const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

describe('createTimeIndex', () => {
  it('sorts events by start time', () => {
    const late = event({ id: 'x-late', start: T3 });
    const early = event({ id: 'y-early', start: T1 });
    expect(ids(createTimeIndex([late, early]).events)).toEqual(['y-early', 'x-late']);
  });

  it('breaks ties by id', () => {
    const b = event({ id: 'b', start: T2 });
    const a = event({ id: 'a', start: T2 });
    expect(ids(createTimeIndex([b, a]).events)).toEqual(['a', 'b']);
  });

  it('keeps the start times in step with the events', () => {
    expect([...sample().index.times]).toEqual([T1, T2, T2, T3]);
  });

  it('does not reorder the array it was given', () => {
    const input = [event({ id: 'late', start: T3 }), event({ id: 'early', start: T1 })];
    createTimeIndex(input);
    expect(ids(input)).toEqual(['late', 'early']);
  });

  it('accepts no events', () => {
    const index = createTimeIndex([]);
    expect(index.events).toEqual([]);
    expect(index.times.length).toBe(0);
  });
});

describe('upperBound (count of times <= t)', () => {
  const times = Float64Array.from([10, 20, 20, 30]);

  it('is 0 for an empty array', () => {
    expect(upperBound(new Float64Array(), 5)).toBe(0);
  });

  it('is 0 before the first time', () => {
    expect(upperBound(times, 9)).toBe(0);
  });

  it('counts a time equal to an element', () => {
    expect(upperBound(times, 10)).toBe(1);
  });

  it('counts all duplicates equal to t', () => {
    expect(upperBound(times, 20)).toBe(3);
  });

  it('counts the elements below a time between elements', () => {
    expect(upperBound(times, 25)).toBe(3);
  });

  it('is the length after the last time', () => {
    expect(upperBound(times, 31)).toBe(4);
  });

  it('is the length at the last time', () => {
    expect(upperBound(times, 30)).toBe(4);
  });
});

describe('lowerBound (count of times < t)', () => {
  const times = Float64Array.from([10, 20, 20, 30]);

  it('is 0 for an empty array', () => {
    expect(lowerBound(new Float64Array(), 5)).toBe(0);
  });

  it('is 0 before the first time', () => {
    expect(lowerBound(times, 9)).toBe(0);
  });

  it('does not count a time equal to the first element', () => {
    expect(lowerBound(times, 10)).toBe(0);
  });

  it('counts none of the duplicates equal to t', () => {
    expect(lowerBound(times, 20)).toBe(1);
  });

  it('counts the elements below a time between elements', () => {
    expect(lowerBound(times, 25)).toBe(3);
  });

  it('is the length after the last time', () => {
    expect(lowerBound(times, 31)).toBe(4);
  });

  it('is one less than the length at the last time', () => {
    expect(lowerBound(times, 30)).toBe(3);
  });
});

describe('countUpTo', () => {
  it('is 0 before the first event', () => {
    expect(countUpTo(sample().index, T1 - 1)).toBe(0);
  });

  it('includes an event starting exactly at t', () => {
    expect(countUpTo(sample().index, T1)).toBe(1);
  });

  it('includes all events sharing a start time', () => {
    expect(countUpTo(sample().index, T2)).toBe(3);
  });

  it('counts every event after the last', () => {
    expect(countUpTo(sample().index, T3 + HOUR_MS)).toBe(4);
  });
});

describe('eventsInWindow (from, to]', () => {
  it('excludes an event starting exactly at from', () => {
    expect(ids(eventsInWindow(sample().index, T1, T2))).toEqual(['b1', 'b2']);
  });

  it('includes an event starting exactly at to', () => {
    expect(ids(eventsInWindow(sample().index, T1 - 1, T1))).toEqual(['a']);
  });

  it('returns all events in a window covering everything', () => {
    expect(ids(eventsInWindow(sample().index, T1 - 1, T3))).toEqual(['a', 'b1', 'b2', 'c']);
  });

  it('is empty when no event falls inside', () => {
    expect(eventsInWindow(sample().index, T2, T3 - 1)).toEqual([]);
  });

  it('is empty when to equals from', () => {
    expect(eventsInWindow(sample().index, T2, T2)).toEqual([]);
  });

  it('is empty when to is before from', () => {
    expect(eventsInWindow(sample().index, T3, T1 - 1)).toEqual([]);
  });
});

describe('nextEventTime', () => {
  it('returns the first start strictly after t', () => {
    expect(nextEventTime(sample().index, T1)).toBe(T2);
  });

  it('returns the first event when t is before it', () => {
    expect(nextEventTime(sample().index, T1 - 1)).toBe(T1);
  });

  it('skips all events sharing the start time t', () => {
    expect(nextEventTime(sample().index, T2)).toBe(T3);
  });

  it('returns null at the last event', () => {
    expect(nextEventTime(sample().index, T3)).toBeNull();
  });

  it('returns null for no events', () => {
    expect(nextEventTime(createTimeIndex([]), T1)).toBeNull();
  });
});

describe('previousEventTime', () => {
  it('returns the last start strictly before t', () => {
    expect(previousEventTime(sample().index, T3)).toBe(T2);
  });

  it('returns the last event when t is after it', () => {
    expect(previousEventTime(sample().index, T3 + 1)).toBe(T3);
  });

  it('skips all events sharing the start time t', () => {
    expect(previousEventTime(sample().index, T2)).toBe(T1);
  });

  it('returns null at the first event', () => {
    expect(previousEventTime(sample().index, T1)).toBeNull();
  });

  it('returns null for no events', () => {
    expect(previousEventTime(createTimeIndex([]), T1)).toBeNull();
  });
});

describe('histogram', () => {
  const from = at('2022-01-05T00:00+06:00');
  const bin = 6 * HOUR_MS;
  const index = (...starts: number[]) =>
    createTimeIndex(starts.map((s, i) => event({ id: `e${i}`, start: s as typeof from })));

  it('has one bin per binMs and zeros when empty', () => {
    expect(histogram(createTimeIndex([]), from, from + 24 * HOUR_MS, bin)).toEqual([0, 0, 0, 0]);
  });

  it('counts an event at a bin start in that bin', () => {
    expect(histogram(index(from + bin), from, from + 24 * HOUR_MS, bin)).toEqual([0, 1, 0, 0]);
  });

  it('counts an event just before a bin edge in the earlier bin', () => {
    expect(histogram(index(from + bin - 1), from, from + 24 * HOUR_MS, bin)).toEqual([1, 0, 0, 0]);
  });

  it('counts an event exactly at from', () => {
    expect(histogram(index(from), from, from + 24 * HOUR_MS, bin)).toEqual([1, 0, 0, 0]);
  });

  it('ignores events before from', () => {
    expect(histogram(index(from - 1), from, from + 24 * HOUR_MS, bin)).toEqual([0, 0, 0, 0]);
  });

  it('ignores an event exactly at to (the range is half-open)', () => {
    expect(histogram(index(from + 24 * HOUR_MS), from, from + 24 * HOUR_MS, bin)).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it('counts several events in the same bin', () => {
    expect(histogram(index(from + 1, from + 2, from + 3), from, from + 12 * HOUR_MS, bin)).toEqual([
      3, 0,
    ]);
  });

  it('adds a last partial bin when the range is not a whole number of bins', () => {
    expect(histogram(createTimeIndex([]), from, from + 14 * HOUR_MS, bin)).toEqual([0, 0, 0]);
  });

  it('counts an event in the last partial bin', () => {
    expect(histogram(index(from + 13 * HOUR_MS), from, from + 14 * HOUR_MS, bin)).toEqual([
      0, 0, 1,
    ]);
  });
});

describe('createCityIndex and countsByCity', () => {
  const places = Object.values(PLACES);

  it('lists the cities of the places, in dataset order', () => {
    const cities = createCityIndex(createTimeIndex([]), places);
    expect(cities.cityIds).toEqual(['almaty', 'aktobe']);
  });

  it('counts 0 for a city without events', () => {
    const cities = createCityIndex(createTimeIndex([]), places);
    expect(countsByCity(cities, T3)).toEqual(
      new Map([
        ['almaty', 0],
        ['aktobe', 0],
      ]),
    );
  });

  it('counts an event at the city itself', () => {
    const cities = createCityIndex(
      createTimeIndex([event({ place: 'aktobe', start: T1 })]),
      places,
    );
    expect(countsByCity(cities, T1).get('aktobe')).toBe(1);
  });

  it('counts an event at a site for the site’s city', () => {
    const cities = createCityIndex(
      createTimeIndex([event({ place: 'almaty-akimat', start: T1 })]),
      places,
    );
    expect(countsByCity(cities, T1)).toEqual(
      new Map([
        ['almaty', 1],
        ['aktobe', 0],
      ]),
    );
  });

  it('counts an event at a site without coordinates for its city', () => {
    const cities = createCityIndex(
      createTimeIndex([event({ place: 'almaty-airport', start: T1 })]),
      places,
    );
    expect(countsByCity(cities, T1).get('almaty')).toBe(1);
  });

  it('counts region and country events for no city', () => {
    const index = createTimeIndex([
      event({ place: 'kz-ma', start: T1 }),
      event({ place: 'kz', start: T1 }),
    ]);
    expect(countsByCity(createCityIndex(index, places), T1)).toEqual(
      new Map([
        ['almaty', 0],
        ['aktobe', 0],
      ]),
    );
  });

  it('counts an event at an unknown place for no city', () => {
    const index = createTimeIndex([event({ place: 'nowhere', start: T1 })]);
    expect(countsByCity(createCityIndex(index, places), T1)).toEqual(
      new Map([
        ['almaty', 0],
        ['aktobe', 0],
      ]),
    );
  });

  it('counts only events started at or before t', () => {
    const index = createTimeIndex([
      event({ place: 'almaty', start: T1 }),
      event({ place: 'almaty-akimat', start: T2 }),
      event({ place: 'almaty', start: T3 }),
    ]);
    expect(countsByCity(createCityIndex(index, places), T2).get('almaty')).toBe(2);
  });

  it('counts each city separately', () => {
    const index = createTimeIndex([
      event({ place: 'almaty', start: T1 }),
      event({ place: 'aktobe', start: T1 }),
      event({ place: 'aktobe', start: T2 }),
    ]);
    expect(countsByCity(createCityIndex(index, places), T3)).toEqual(
      new Map([
        ['almaty', 1],
        ['aktobe', 2],
      ]),
    );
  });
});

describe('cityEventsUpTo', () => {
  const places = Object.values(PLACES);
  const index = createTimeIndex([
    event({ id: 'city-early', place: 'almaty', start: T1 }),
    event({ id: 'site-mid', place: 'almaty-akimat', start: T2 }),
    event({ id: 'other-city', place: 'aktobe', start: T2 }),
    event({ id: 'region', place: 'kz-ma', start: T2 }),
    event({ id: 'city-late', place: 'almaty', start: T3 }),
  ]);

  it('returns the city’s own and its sites’ events, newest first', () => {
    expect(ids(cityEventsUpTo(createCityIndex(index, places), 'almaty', T3))).toEqual([
      'city-late',
      'site-mid',
      'city-early',
    ]);
  });

  it('leaves out events after t', () => {
    expect(ids(cityEventsUpTo(createCityIndex(index, places), 'almaty', T2))).toEqual([
      'site-mid',
      'city-early',
    ]);
  });

  it('returns only the asked city', () => {
    expect(ids(cityEventsUpTo(createCityIndex(index, places), 'aktobe', T3))).toEqual([
      'other-city',
    ]);
  });

  it('returns nothing for a city without events', () => {
    expect(cityEventsUpTo(createCityIndex(index, places), 'nowhere', T3)).toEqual([]);
  });
});
