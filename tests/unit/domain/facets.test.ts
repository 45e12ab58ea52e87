import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  VERIFICATIONS,
  type Category,
  type Verification,
} from '../../../src/domain/dataset';
import { HOUR_MS, RANGE_START, type EpochMs } from '../../../src/domain/time';
import {
  countVisibleUpTo,
  createFacetIndex,
  createTimeIndex,
  passesFilters,
} from '../../../src/domain/time-index';
import { at, event } from '../helpers';

const T1 = at('2022-01-04T18:00+06:00');
const T2 = at('2022-01-05T10:30+06:00');
const T3 = at('2022-01-05T22:52+06:00');

const none = new Set<string>();

/** Four events: protest/independent at T3 and T1, violence/contested at T2, protest/contested at T2. */
function sample() {
  const events = [
    event({ id: 'p-ind-3', start: T3, category: 'protest', verification: 'independent' }),
    event({ id: 'v-con-2', start: T2, category: 'violence', verification: 'contested' }),
    event({ id: 'p-ind-1', start: T1, category: 'protest', verification: 'independent' }),
    event({ id: 'p-con-2', start: T2, category: 'protest', verification: 'contested' }),
  ];
  return createFacetIndex(createTimeIndex(events));
}

describe('createFacetIndex', () => {
  it('makes one facet per category and verification pair that occurs', () => {
    const pairs = sample().facets.map((f) => `${f.category}|${f.verification}`);
    expect(pairs.sort()).toEqual([
      'protest|contested',
      'protest|independent',
      'violence|contested',
    ]);
  });

  it('keeps each facet’s start times sorted', () => {
    const facet = sample().facets.find(
      (f) => f.category === 'protest' && f.verification === 'independent',
    );
    expect([...facet!.times]).toEqual([T1, T3]);
  });

  it('puts every event into exactly one facet', () => {
    expect(sample().facets.reduce((n, f) => n + f.times.length, 0)).toBe(4);
  });

  it('has no facets without events', () => {
    expect(createFacetIndex(createTimeIndex([])).facets).toEqual([]);
  });
});

describe('passesFilters', () => {
  const e = { category: 'violence', verification: 'contested' };

  it('passes when nothing is hidden', () => {
    expect(passesFilters(e, none, none)).toBe(true);
  });

  it('fails when the category is hidden', () => {
    expect(passesFilters(e, new Set(['violence']), none)).toBe(false);
  });

  it('fails when the verification is hidden', () => {
    expect(passesFilters(e, none, new Set(['contested']))).toBe(false);
  });

  it('passes when only other categories and verifications are hidden', () => {
    expect(passesFilters(e, new Set(['protest']), new Set(['independent']))).toBe(true);
  });
});

describe('countVisibleUpTo', () => {
  it('counts every event up to t when nothing is hidden', () => {
    expect(countVisibleUpTo(sample(), T3, none, none)).toBe(4);
  });

  it('counts an event that starts exactly at t', () => {
    expect(countVisibleUpTo(sample(), T2, none, none)).toBe(3);
  });

  it('does not count events after t', () => {
    expect(countVisibleUpTo(sample(), T2 - 1, none, none)).toBe(1);
  });

  it('leaves out a hidden category', () => {
    expect(countVisibleUpTo(sample(), T3, new Set(['protest']), none)).toBe(1);
  });

  it('leaves out a hidden verification', () => {
    expect(countVisibleUpTo(sample(), T3, none, new Set(['contested']))).toBe(2);
  });

  it('leaves out an event that is hidden by either filter', () => {
    expect(countVisibleUpTo(sample(), T3, new Set(['violence']), new Set(['independent']))).toBe(1);
  });

  it('is zero when every category is hidden', () => {
    expect(countVisibleUpTo(sample(), T3, new Set(CATEGORIES), none)).toBe(0);
  });

  it('is zero before the first event', () => {
    expect(countVisibleUpTo(sample(), T1 - 1, none, none)).toBe(0);
  });

  it('agrees with filtering the events one by one, for any events, time and hidden sets', () => {
    const anEvent = fc.record({
      hour: fc.integer({ min: 0, max: 19 * 24 }),
      category: fc.constantFrom(...CATEGORIES),
      verification: fc.constantFrom(...VERIFICATIONS),
    });
    fc.assert(
      fc.property(
        fc.array(anEvent, { maxLength: 40 }),
        fc.integer({ min: -1, max: 19 * 24 + 1 }),
        fc.subarray<Category>([...CATEGORIES]),
        fc.subarray<Verification>([...VERIFICATIONS]),
        (specs, hour, hiddenCategories, hiddenVerifications) => {
          const events = specs.map((s, i) =>
            event({
              id: `e${i}`,
              start: (RANGE_START + s.hour * HOUR_MS) as EpochMs,
              category: s.category,
              verification: s.verification,
            }),
          );
          const t = RANGE_START + hour * HOUR_MS;
          const hc = new Set<string>(hiddenCategories);
          const hv = new Set<string>(hiddenVerifications);
          const expected = events.filter(
            (e) => e.start <= t && !hc.has(e.category) && !hv.has(e.verification),
          ).length;
          expect(countVisibleUpTo(createFacetIndex(createTimeIndex(events)), t, hc, hv)).toBe(
            expected,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
