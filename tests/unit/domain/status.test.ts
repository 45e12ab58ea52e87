import { describe, expect, it } from 'vitest';
import { statusAt, statusSubjects, statusTimeline } from '../../../src/domain/status';
import { at } from '../helpers';
import { interval } from '../story-helpers';

const T0 = at('2022-01-05T00:00+06:00');
const T1 = at('2022-01-05T12:00+06:00');
const T2 = at('2022-01-06T00:00+06:00');

/** The airport: open [T0, T1), occupied [T1, T2), retaken from T2 with no end. */
const open = interval({ id: 'open', status: 'open', from: T0, to: T1 });
const occupied = interval({ id: 'occupied', status: 'occupied', from: T1, to: T2 });
const retaken = interval({ id: 'retaken', status: 'retaken', from: T2 });
const airport = [retaken, open, occupied];

describe('statusAt', () => {
  it('returns the interval that contains t', () => {
    expect(
      statusAt(airport, 'site_control', 'almaty_airport', at('2022-01-05T06:00+06:00'))?.interval
        .id,
    ).toBe('open');
  });

  it('includes the start of an interval', () => {
    expect(statusAt(airport, 'site_control', 'almaty_airport', T1)?.interval.id).toBe('occupied');
  });

  it('excludes the end of an interval (the next one has begun)', () => {
    expect(statusAt(airport, 'site_control', 'almaty_airport', T2)?.interval.id).toBe('retaken');
  });

  it('returns the interval one millisecond before its end', () => {
    expect(statusAt(airport, 'site_control', 'almaty_airport', T2 - 1)?.interval.id).toBe(
      'occupied',
    );
  });

  it('returns null at the end of an interval when nothing follows', () => {
    expect(statusAt([open], 'site_control', 'almaty_airport', T1)).toBeNull();
  });

  it('keeps an interval without end in force long after its start', () => {
    expect(
      statusAt(airport, 'site_control', 'almaty_airport', at('2023-06-01T00:00+06:00'))?.interval
        .id,
    ).toBe('retaken');
  });

  it('returns null before the first interval', () => {
    expect(statusAt(airport, 'site_control', 'almaty_airport', T0 - 1)).toBeNull();
  });

  it('returns null after the last interval has ended', () => {
    expect(
      statusAt([open, occupied], 'site_control', 'almaty_airport', at('2022-01-07T00:00+06:00')),
    ).toBeNull();
  });

  it('returns null for an empty list', () => {
    expect(statusAt([], 'site_control', 'almaty_airport', T1)).toBeNull();
  });

  it('ignores intervals of another subject', () => {
    const other = interval({ id: 'other', subject: 'nur_sultan_airport', from: T0 });
    expect(statusAt([other], 'site_control', 'almaty_airport', T1)).toBeNull();
  });

  it('ignores intervals of another layer for the same subject', () => {
    const blackout = interval({
      id: 'net',
      layer: 'internet',
      subject: 'KZ',
      status: 'blackout',
      from: T0,
    });
    expect(statusAt([blackout], 'site_control', 'KZ', T1)).toBeNull();
  });

  it('picks the subject asked for among several', () => {
    const other = interval({
      id: 'other',
      subject: 'nur_sultan_airport',
      status: 'guarded',
      from: T0,
    });
    expect(
      statusAt([other, ...airport], 'site_control', 'nur_sultan_airport', T1)?.interval.status,
    ).toBe('guarded');
  });

  it('picks the layer asked for when two layers share a subject', () => {
    const emergency = interval({
      id: 'em',
      layer: 'emergency',
      subject: 'KZ-AC',
      status: 'in_force',
      from: T0,
    });
    const curfew = interval({
      id: 'cu',
      layer: 'curfew',
      subject: 'KZ-AC',
      status: 'in_force',
      from: T1,
    });
    expect(statusAt([emergency, curfew], 'curfew', 'KZ-AC', T1)?.interval.id).toBe('cu');
    expect(statusAt([emergency, curfew], 'curfew', 'KZ-AC', T0)).toBeNull();
  });

  it('is certain when the interval has no disputed start', () => {
    expect(statusAt(airport, 'site_control', 'almaty_airport', T1)?.uncertain).toBe(false);
  });

  describe('with a disputed start (from … fromLatest)', () => {
    const fromLatest = at('2022-01-05T22:52+06:00');
    const disputed = interval({ id: 'disputed', status: 'occupied', from: T1, fromLatest, to: T2 });

    it('is uncertain at from', () => {
      expect(statusAt([disputed], 'site_control', 'almaty_airport', T1)?.uncertain).toBe(true);
    });

    it('is uncertain between from and fromLatest', () => {
      expect(
        statusAt([disputed], 'site_control', 'almaty_airport', at('2022-01-05T18:00+06:00')),
      ).toEqual({
        interval: disputed,
        uncertain: true,
      });
    });

    it('is uncertain one millisecond before fromLatest', () => {
      expect(
        statusAt([disputed], 'site_control', 'almaty_airport', fromLatest - 1)?.uncertain,
      ).toBe(true);
    });

    it('is certain at fromLatest', () => {
      expect(statusAt([disputed], 'site_control', 'almaty_airport', fromLatest)?.uncertain).toBe(
        false,
      );
    });

    it('is certain after fromLatest', () => {
      expect(
        statusAt([disputed], 'site_control', 'almaty_airport', at('2022-01-05T23:00+06:00'))
          ?.uncertain,
      ).toBe(false);
    });

    it('still starts at from, not at fromLatest', () => {
      expect(statusAt([disputed], 'site_control', 'almaty_airport', T1 - 1)).toBeNull();
    });
  });
});

describe('statusTimeline', () => {
  it('returns the intervals of the subject oldest first, whatever the input order', () => {
    expect(statusTimeline(airport, 'site_control', 'almaty_airport').map((s) => s.id)).toEqual([
      'open',
      'occupied',
      'retaken',
    ]);
  });

  it('leaves out other subjects', () => {
    const other = interval({ id: 'other', subject: 'nur_sultan_airport', from: T0 });
    expect(
      statusTimeline([other, ...airport], 'site_control', 'almaty_airport').map((s) => s.id),
    ).toEqual(['open', 'occupied', 'retaken']);
  });

  it('leaves out other layers', () => {
    const net = interval({
      id: 'net',
      layer: 'internet',
      subject: 'almaty_airport',
      status: 'blackout',
      from: T0,
    });
    expect(statusTimeline([net, open], 'site_control', 'almaty_airport').map((s) => s.id)).toEqual([
      'open',
    ]);
  });

  it('returns an empty list for a subject without intervals', () => {
    expect(statusTimeline(airport, 'site_control', 'aktau_airport')).toEqual([]);
  });

  it('does not reorder the input list', () => {
    const input = [...airport];
    statusTimeline(input, 'site_control', 'almaty_airport');
    expect(input.map((s) => s.id)).toEqual(['retaken', 'open', 'occupied']);
  });
});

describe('statusSubjects', () => {
  it('returns each subject of a layer once, sorted', () => {
    const status = [
      interval({ id: 'a', subject: 'nur_sultan_airport' }),
      interval({ id: 'b', subject: 'almaty_airport' }),
      interval({ id: 'c', subject: 'nur_sultan_airport', from: T2 }),
    ];
    expect(statusSubjects(status, 'site_control')).toEqual([
      'almaty_airport',
      'nur_sultan_airport',
    ]);
  });

  it('leaves out subjects that only have intervals on other layers', () => {
    const status = [
      interval({ id: 'a', subject: 'almaty_airport' }),
      interval({ id: 'b', layer: 'emergency', subject: 'KZ-MG', status: 'in_force' }),
    ];
    expect(statusSubjects(status, 'site_control')).toEqual(['almaty_airport']);
    expect(statusSubjects(status, 'emergency')).toEqual(['KZ-MG']);
  });

  it('returns an empty list when the layer has no intervals', () => {
    expect(statusSubjects(airport, 'curfew')).toEqual([]);
  });
});
