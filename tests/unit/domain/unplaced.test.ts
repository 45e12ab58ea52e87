import { describe, expect, it } from 'vitest';
import { createTimeIndex } from '../../../src/domain/time-index';
import { unplacedIndex, unplacedUpTo } from '../../../src/domain/unplaced';
import { PLACES, at, byId, event } from '../helpers';

const places = byId(Object.values(PLACES));
const index = createTimeIndex([
  event({ id: 'national', place: 'kz', start: at('2022-01-05T10:00+06:00') }),
  event({ id: 'region', place: 'kz-ma', start: at('2022-01-05T12:00+06:00') }),
  event({ id: 'city', place: 'almaty', start: at('2022-01-05T11:00+06:00') }),
  event({
    id: 'late',
    place: 'kz',
    start: at('2022-01-07T10:00+06:00'),
    verification: 'unverified',
  }),
]);
const unplaced = unplacedIndex(index, places);

describe('unplaced events (nationwide and region-wide)', () => {
  it('keeps only events with no point on the map', () => {
    expect(unplaced.events.map((e) => e.id)).toEqual(['national', 'region', 'late']);
  });
  it('lists them up to the slider time, newest first', () => {
    const up = unplacedUpTo(unplaced, at('2022-01-06T00:00+06:00'), new Set(), new Set());
    expect(up.events.map((e) => e.id)).toEqual(['region', 'national']);
  });
  it('applies the same filters as the map', () => {
    const up = unplacedUpTo(
      unplaced,
      at('2022-01-08T00:00+06:00'),
      new Set(),
      new Set(['unverified']),
    );
    expect(up.events.map((e) => e.id)).toEqual(['region', 'national']);
  });
});
