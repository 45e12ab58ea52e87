import { describe, expect, it } from 'vitest';
import { claimsAsOf, latestClaimsByClaimant } from '../../../src/domain/claims';
import { METRICS } from '../../../src/domain/dataset';
import { at } from '../helpers';
import { claim } from '../story-helpers';

const JAN6 = at('2022-01-06T12:00+06:00');
const JAN7 = at('2022-01-07T12:00+06:00');
const JAN8 = at('2022-01-08T12:00+06:00');

const ids = (claims: readonly { id: string }[] | undefined) => (claims ?? []).map((c) => c.id);

describe('claimsAsOf', () => {
  it('has an entry for every metric, even without claims', () => {
    const out = claimsAsOf([], JAN6);
    expect([...out.keys()]).toEqual([...METRICS]);
    for (const list of out.values()) expect(list).toEqual([]);
  });

  it('puts each claim under its metric', () => {
    const deaths = claim({ id: 'd', metric: 'deaths' });
    const detained = claim({ id: 'x', metric: 'detained' });
    const out = claimsAsOf([deaths, detained], JAN7);
    expect(ids(out.get('deaths'))).toEqual(['d']);
    expect(ids(out.get('detained'))).toEqual(['x']);
    expect(ids(out.get('injured'))).toEqual([]);
  });

  it('includes a claim made exactly at t', () => {
    expect(ids(claimsAsOf([claim({ id: 'd', asOf: JAN6 })], JAN6).get('deaths'))).toEqual(['d']);
  });

  it('leaves out a claim made after t', () => {
    expect(ids(claimsAsOf([claim({ id: 'd', asOf: JAN6 })], JAN6 - 1).get('deaths'))).toEqual([]);
  });

  it('lists the newest claim first', () => {
    const claims = [
      claim({ id: 'a', asOf: JAN6 }),
      claim({ id: 'c', asOf: JAN8 }),
      claim({ id: 'b', asOf: JAN7 }),
    ];
    expect(ids(claimsAsOf(claims, JAN8).get('deaths'))).toEqual(['c', 'b', 'a']);
  });

  it('orders claims made at the same time by id', () => {
    const claims = [
      claim({ id: 'zeta', asOf: JAN6 }),
      claim({ id: 'alpha', asOf: JAN6 }),
      claim({ id: 'mu', asOf: JAN6 }),
    ];
    expect(ids(claimsAsOf(claims, JAN6).get('deaths'))).toEqual(['alpha', 'mu', 'zeta']);
  });

  it('keeps retracted claims (the figures panel shows them as retracted)', () => {
    const retracted = claim({ id: 'r', asOf: JAN6, retracted: '2022-01-07' });
    expect(ids(claimsAsOf([retracted], JAN8).get('deaths'))).toEqual(['r']);
  });

  it('keeps every claimant’s claims, not only the latest', () => {
    const claims = [claim({ id: 'a', asOf: JAN6 }), claim({ id: 'b', asOf: JAN7 })];
    expect(ids(claimsAsOf(claims, JAN8).get('deaths'))).toEqual(['b', 'a']);
  });
});

describe('latestClaimsByClaimant', () => {
  it('returns the latest claim of one claimant', () => {
    const claims = [
      claim({ id: 'old', asOf: JAN6, value: 26 }),
      claim({ id: 'new', asOf: JAN7, value: 164 }),
    ];
    expect(ids(latestClaimsByClaimant(claims, 'deaths', JAN8))).toEqual(['new']);
  });

  it('keeps the latest claim of a claimant even when an older one comes later in the list', () => {
    const claims = [
      claim({ id: 'new', asOf: JAN7, value: 164 }),
      claim({ id: 'old', asOf: JAN6, value: 26 }),
    ];
    expect(ids(latestClaimsByClaimant(claims, 'deaths', JAN8))).toEqual(['new']);
  });

  it('returns one claim per claimant, never merged', () => {
    const claims = [
      claim({ id: 'ministry', claimedBy: 'Ministry', asOf: JAN6 }),
      claim({ id: 'ngo', claimedBy: 'NGO', claimantKind: 'rights_group', asOf: JAN7 }),
    ];
    expect(ids(latestClaimsByClaimant(claims, 'deaths', JAN8))).toEqual(['ngo', 'ministry']);
  });

  it('orders the claimants’ claims newest first, ties by id', () => {
    const claims = [
      claim({ id: 'b', claimedBy: 'B', asOf: JAN7 }),
      claim({ id: 'c', claimedBy: 'C', asOf: JAN6 }),
      claim({ id: 'a', claimedBy: 'A', asOf: JAN7 }),
    ];
    expect(ids(latestClaimsByClaimant(claims, 'deaths', JAN8))).toEqual(['a', 'b', 'c']);
  });

  it('ignores claims made after t', () => {
    const claims = [claim({ id: 'old', asOf: JAN6 }), claim({ id: 'future', asOf: JAN8 })];
    expect(ids(latestClaimsByClaimant(claims, 'deaths', JAN7))).toEqual(['old']);
  });

  it('includes a claim made exactly at t', () => {
    expect(ids(latestClaimsByClaimant([claim({ id: 'now', asOf: JAN7 })], 'deaths', JAN7))).toEqual(
      ['now'],
    );
  });

  it('returns nothing before the first claim', () => {
    expect(latestClaimsByClaimant([claim({ id: 'a', asOf: JAN7 })], 'deaths', JAN6)).toEqual([]);
  });

  it('only looks at the metric asked for', () => {
    const claims = [
      claim({ id: 'deaths', metric: 'deaths' }),
      claim({ id: 'injured', metric: 'injured' }),
    ];
    expect(ids(latestClaimsByClaimant(claims, 'injured', JAN8))).toEqual(['injured']);
  });

  it('does not let a claim for another metric stand in for the latest', () => {
    const claims = [
      claim({ id: 'deaths-old', metric: 'deaths', asOf: JAN6 }),
      claim({ id: 'injured-new', metric: 'injured', asOf: JAN7 }),
    ];
    expect(ids(latestClaimsByClaimant(claims, 'deaths', JAN8))).toEqual(['deaths-old']);
  });

  it('applies the filter before choosing the latest claim', () => {
    const claims = [
      claim({ id: 'total', metric: 'troops', contingent: 'csto_total', asOf: JAN6 }),
      claim({ id: 'russia', metric: 'troops', contingent: 'russia', asOf: JAN7 }),
    ];
    expect(
      ids(latestClaimsByClaimant(claims, 'troops', JAN8, (c) => c.contingent === 'csto_total')),
    ).toEqual(['total']);
  });

  it('returns nothing when the filter rejects every claim', () => {
    expect(latestClaimsByClaimant([claim({ id: 'a' })], 'deaths', JAN8, () => false)).toEqual([]);
  });

  describe('retracted claims', () => {
    const retracted = claim({ id: 'r', asOf: JAN6, value: 164, retracted: '2022-01-09' });

    it('are shown before the retraction day', () => {
      expect(
        ids(latestClaimsByClaimant([retracted], 'deaths', at('2022-01-08T23:00+06:00'))),
      ).toEqual(['r']);
    });

    it('are still shown late on the retraction day, Almaty time', () => {
      expect(
        ids(latestClaimsByClaimant([retracted], 'deaths', at('2022-01-09T23:59+06:00'))),
      ).toEqual(['r']);
    });

    it('are dropped once the retraction day has ended, Almaty time', () => {
      expect(latestClaimsByClaimant([retracted], 'deaths', at('2022-01-10T00:00+06:00'))).toEqual(
        [],
      );
    });

    it('are dropped at 02:00 Almaty time on the next day, although it is still the 9th in UTC', () => {
      expect(latestClaimsByClaimant([retracted], 'deaths', at('2022-01-09T20:00Z'))).toEqual([]);
    });

    it('are dropped long after the retraction', () => {
      expect(latestClaimsByClaimant([retracted], 'deaths', at('2022-01-19T00:00+06:00'))).toEqual(
        [],
      );
    });

    it('give way to the claimant’s previous claim once dropped', () => {
      const earlier = claim({ id: 'earlier', asOf: at('2022-01-05T12:00+06:00'), value: 26 });
      expect(
        ids(latestClaimsByClaimant([earlier, retracted], 'deaths', at('2022-01-10T00:00+06:00'))),
      ).toEqual(['earlier']);
    });

    it('leave other claimants’ claims untouched', () => {
      const other = claim({ id: 'ngo', claimedBy: 'NGO', asOf: JAN6 });
      expect(
        ids(latestClaimsByClaimant([retracted, other], 'deaths', at('2022-01-10T00:00+06:00'))),
      ).toEqual(['ngo']);
    });
  });
});
