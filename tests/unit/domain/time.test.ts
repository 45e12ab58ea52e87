import { afterEach, describe, expect, it } from 'vitest';
import {
  ALMATY_OFFSET,
  ALMATY_OFFSET_MINUTES,
  ALMATY_OFFSET_MS,
  DAY_MS,
  HOUR_MS,
  RANGE_END,
  RANGE_START,
  almatyTime,
  checkPrecisionClock,
  clampToRange,
  hoursSinceStart,
  parseIsoWithOffset,
  precisionSpanMs,
  toAlmatyIso,
  type ParsedTime,
} from '../../../src/domain/time';
import { at } from '../helpers';

/** Parses a time that the test knows to be valid. */
function parsed(text: string): ParsedTime {
  const t = parseIsoWithOffset(text);
  if (typeof t === 'string') throw new Error(`expected ${text} to parse, got: ${t}`);
  return t;
}

describe('parseIsoWithOffset', () => {
  it('parses Almaty time (+06:00) to the right instant', () => {
    expect(parsed('2022-01-05T22:52+06:00').epoch).toBe(Date.UTC(2022, 0, 5, 16, 52));
  });

  it('parses western Kazakhstan time (+05:00) to the right instant', () => {
    expect(parsed('2022-01-05T22:52+05:00').epoch).toBe(Date.UTC(2022, 0, 5, 17, 52));
  });

  it('parses Moscow time (+03:00) to the right instant', () => {
    expect(parsed('2022-01-06T10:00+03:00').epoch).toBe(Date.UTC(2022, 0, 6, 7, 0));
  });

  it('parses Z as UTC', () => {
    expect(parsed('2022-01-05T16:52Z').epoch).toBe(Date.UTC(2022, 0, 5, 16, 52));
  });

  it('parses a negative offset', () => {
    expect(parsed('2022-01-05T10:00-05:00').epoch).toBe(Date.UTC(2022, 0, 5, 15, 0));
  });

  it('parses optional seconds', () => {
    expect(parsed('2022-01-05T22:52:30+06:00').epoch).toBe(Date.UTC(2022, 0, 5, 16, 52, 30));
  });

  it('reports the written offset in minutes east of UTC', () => {
    expect(parsed('2022-01-05T22:52+05:00').offsetMinutes).toBe(300);
    expect(parsed('2022-01-05T22:52+05:30').offsetMinutes).toBe(330);
    expect(parsed('2022-01-05T22:52-03:30').offsetMinutes).toBe(-210);
    expect(parsed('2022-01-05T22:52Z').offsetMinutes).toBe(0);
  });

  it('reports clock minutes and day in the written offset, not in UTC', () => {
    const t = parsed('2022-01-06T02:15+06:00'); // 5 January 20:15 UTC
    expect(t.clockMinutes).toBe(2 * 60 + 15);
    expect(t.day).toBe(6);
  });

  it('ignores surrounding whitespace', () => {
    expect(parsed('  2022-01-05T22:52+06:00\n').epoch).toBe(Date.UTC(2022, 0, 5, 16, 52));
  });

  it.each([
    ['a date without time', '2022-01-05'],
    ['a time without offset', '2022-01-05T22:52'],
    ['a space instead of T', '2022-01-05 22:52+06:00'],
    ['an offset without colon', '2022-01-05T22:52+0600'],
    ['an hour-only offset', '2022-01-05T22:52+06'],
    ['a one-digit hour', '2022-01-05T2:52+06:00'],
    ['fractional seconds', '2022-01-05T22:52:30.5+06:00'],
    ['a lower-case z', '2022-01-05T22:52z'],
    ['a German date', '05.01.2022 22:52'],
    ['the empty string', ''],
  ])('rejects %s', (_label, text) => {
    expect(parseIsoWithOffset(text)).toBe('not a time with offset like 2022-01-05T22:52+06:00');
  });

  it.each(['2022-00-05T12:00+06:00', '2022-13-05T12:00+06:00'])(
    'rejects month out of range: %s',
    (text) => {
      expect(parseIsoWithOffset(text)).toBe('month out of range');
    },
  );

  it.each(['2022-01-00T12:00+06:00', '2022-01-32T12:00+06:00', '2022-04-31T12:00+06:00'])(
    'rejects day out of range: %s',
    (text) => {
      expect(parseIsoWithOffset(text)).toBe('day out of range');
    },
  );

  it('rejects 29 February in a common year (2022)', () => {
    expect(parseIsoWithOffset('2022-02-29T12:00+06:00')).toBe('day out of range');
  });

  it('accepts 29 February in a leap year (2024)', () => {
    expect(parsed('2024-02-29T12:00+06:00').day).toBe(29);
  });

  it.each(['2022-01-05T24:00+06:00', '2022-01-05T12:60+06:00', '2022-01-05T12:00:60+06:00'])(
    'rejects clock time out of range: %s',
    (text) => {
      expect(parseIsoWithOffset(text)).toBe('clock time out of range');
    },
  );

  it.each(['2022-01-05T12:00+15:00', '2022-01-05T12:00+06:60'])(
    'rejects offset out of range: %s',
    (text) => {
      expect(parseIsoWithOffset(text)).toBe('offset out of range');
    },
  );

  it('accepts the largest real offset, +14:00', () => {
    expect(parsed('2022-01-05T12:00+14:00').offsetMinutes).toBe(14 * 60);
  });
});

describe('checkPrecisionClock', () => {
  it('accepts any clock time for exact', () => {
    expect(checkPrecisionClock(parsed('2022-01-05T22:52+06:00'), 'exact')).toBeNull();
  });

  it.each([
    ['night', '2022-01-06T00:00+06:00'],
    ['morning', '2022-01-05T06:00+06:00'],
    ['afternoon', '2022-01-05T12:00+06:00'],
    ['evening', '2022-01-05T18:00+06:00'],
    ['day', '2022-01-05T00:00+06:00'],
    ['month', '2022-01-01T00:00+06:00'],
  ] as const)('accepts %s starting at the start of its span (%s)', (precision, text) => {
    expect(checkPrecisionClock(parsed(text), precision)).toBeNull();
  });

  it.each([
    ['night', '2022-01-05T23:00+06:00', '00:00'],
    ['morning', '2022-01-05T07:00+06:00', '06:00'],
    ['afternoon', '2022-01-05T12:30+06:00', '12:00'],
    ['evening', '2022-01-05T19:00+06:00', '18:00'],
    ['day', '2022-01-05T12:00+06:00', '00:00'],
    ['month', '2022-01-01T06:00+06:00', '00:00'],
  ] as const)('rejects %s at %s, naming %s', (precision, text, hhmm) => {
    expect(checkPrecisionClock(parsed(text), precision)).toBe(
      `precision ${precision} needs the clock time ${hhmm}, the start of its span`,
    );
  });

  it('rejects month precision on a day other than the 1st', () => {
    expect(checkPrecisionClock(parsed('2022-01-02T00:00+06:00'), 'month')).toBe(
      'precision month needs the 1st of the month',
    );
  });

  it('checks the clock in the written western offset (+05:00), not in Almaty time', () => {
    // 18:00 in Aktau is 19:00 in Almaty; the source's own clock is what counts.
    expect(checkPrecisionClock(parsed('2022-01-05T18:00+05:00'), 'evening')).toBeNull();
  });

  it('accepts western (+05:00) night, morning and day at their local span starts', () => {
    expect(checkPrecisionClock(parsed('2022-01-06T00:00+05:00'), 'night')).toBeNull();
    expect(checkPrecisionClock(parsed('2022-01-05T06:00+05:00'), 'morning')).toBeNull();
    expect(checkPrecisionClock(parsed('2022-01-05T00:00+05:00'), 'day')).toBeNull();
  });

  it('rejects a western (+05:00) evening written in Almaty clock time', () => {
    // 19:00+05:00 is 18:00 Almaty time, but the source clock says 19:00.
    expect(checkPrecisionClock(parsed('2022-01-05T19:00+05:00'), 'evening')).toMatch(
      /needs the clock time 18:00/,
    );
  });
});

describe('precisionSpanMs', () => {
  const start = at('2022-01-05T00:00+06:00');

  it('is zero for exact', () => {
    expect(precisionSpanMs(start, 'exact')).toBe(0);
  });

  it.each(['night', 'morning', 'afternoon', 'evening'] as const)(
    'is six hours for %s',
    (precision) => {
      expect(precisionSpanMs(start, precision)).toBe(6 * HOUR_MS);
    },
  );

  it('is one day for day', () => {
    expect(precisionSpanMs(start, 'day')).toBe(DAY_MS);
  });

  it('is 31 days for January', () => {
    expect(precisionSpanMs(at('2022-01-01T00:00+06:00'), 'month')).toBe(31 * DAY_MS);
  });

  it('is 28 days for February 2022, taking the month in Almaty time', () => {
    // 1 February 00:00+06:00 is still 31 January in UTC; a UTC lookup would give 31 days.
    expect(precisionSpanMs(at('2022-02-01T00:00+06:00'), 'month')).toBe(28 * DAY_MS);
  });
});

describe('clampToRange', () => {
  it('keeps a whole hour inside the range', () => {
    expect(clampToRange(at('2022-01-05T22:00+06:00'))).toBe(at('2022-01-05T22:00+06:00'));
  });

  it('rounds down to the whole hour', () => {
    expect(clampToRange(at('2022-01-05T22:59:59+06:00'))).toBe(at('2022-01-05T22:00+06:00'));
  });

  it('clamps times before the start to the start', () => {
    expect(clampToRange(at('2021-12-31T12:00+06:00'))).toBe(RANGE_START);
  });

  it('clamps times after the end to the end', () => {
    expect(clampToRange(at('2022-02-01T00:00+06:00'))).toBe(RANGE_END);
  });

  it('keeps the range ends themselves', () => {
    expect(clampToRange(RANGE_START)).toBe(RANGE_START);
    expect(clampToRange(RANGE_END)).toBe(RANGE_END);
  });

  it('rounds to Almaty hours for a time written in +05:30', () => {
    // 22:45+05:30 is 23:15 Almaty time, so it rounds to 23:00 Almaty time.
    expect(clampToRange(at('2022-01-05T22:45+05:30'))).toBe(at('2022-01-05T23:00+06:00'));
  });
});

describe('hoursSinceStart', () => {
  it('is 0 at the start of the range', () => {
    expect(hoursSinceStart(RANGE_START)).toBe(0);
  });

  it('counts hours since 1 January 2022 00:00 Almaty time', () => {
    expect(hoursSinceStart(at('2022-01-05T22:00+06:00'))).toBe(4 * 24 + 22);
  });

  it('keeps fractions of an hour', () => {
    expect(hoursSinceStart(at('2022-01-01T01:30+06:00'))).toBe(1.5);
  });

  it('is negative before the start', () => {
    expect(hoursSinceStart(at('2021-12-31T23:00+06:00'))).toBe(-1);
  });

  it('is 19 days of hours at the end of the range', () => {
    expect(hoursSinceStart(RANGE_END)).toBe(19 * 24);
  });
});

describe('toAlmatyIso', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('formats in Almaty time with +06:00', () => {
    expect(toAlmatyIso(at('2022-01-05T16:00Z'))).toBe('2022-01-05T22:00+06:00');
  });

  it('moves to the next Almaty day after 18:00 UTC', () => {
    expect(toAlmatyIso(at('2022-01-05T18:30Z'))).toBe('2022-01-06T00:30+06:00');
  });

  it('converts a western (+05:00) time to Almaty clock time', () => {
    expect(toAlmatyIso(at('2022-01-05T22:52+05:00'))).toBe('2022-01-05T23:52+06:00');
  });

  it('round-trips through parseIsoWithOffset', () => {
    const t = at('2022-01-07T03:41+06:00');
    expect(parsed(toAlmatyIso(t)).epoch).toBe(t);
  });

  it('round-trips every hour of the slider range', () => {
    for (let t = RANGE_START; t <= RANGE_END; t = (t + HOUR_MS) as typeof t) {
      expect(parsed(toAlmatyIso(t)).epoch).toBe(t);
    }
  });

  it('drops seconds (minute resolution)', () => {
    expect(toAlmatyIso(at('2022-01-05T22:52:45+06:00'))).toBe('2022-01-05T22:52+06:00');
  });

  it('does not depend on the process time zone', () => {
    process.env.TZ = 'America/New_York';
    expect(toAlmatyIso(at('2022-01-05T16:00Z'))).toBe('2022-01-05T22:00+06:00');
  });

  it('uses the fixed 2022 offset (+06:00) even where the tz database says Asia/Almaty is +05:00', () => {
    // Kazakhstan moved to UTC+5 on 1 March 2024 (tzdata 2024a); Asia/Almaty now says +05:00
    // for later dates. The app shows January 2022, so the offset is fixed, never looked up.
    const t = at('2024-06-01T00:00Z');
    expect(toAlmatyIso(t)).toBe('2024-06-01T06:00+06:00');
  });

  it('agrees with the tz database for January 2022, when Almaty was UTC+6', () => {
    const t = at('2022-01-05T16:00Z');
    const hour = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Almaty',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(t);
    expect(toAlmatyIso(t).slice(11, 13)).toBe(hour);
  });
});

describe('the Almaty offset, one definition', () => {
  it('is +06:00, in minutes, milliseconds and as ISO 8601 writes it', () => {
    expect(ALMATY_OFFSET_MINUTES).toBe(360);
    expect(ALMATY_OFFSET_MS).toBe(6 * 3_600_000);
    expect(ALMATY_OFFSET).toBe('+06:00');
  });

  it('agrees with the time-zone database for January 2022 (which no longer holds from March 2024)', () => {
    const offset = (iso: string) =>
      new Intl.DateTimeFormat('en', { timeZone: 'Asia/Almaty', timeZoneName: 'longOffset' })
        .formatToParts(new Date(iso))
        .find((p) => p.type === 'timeZoneName')?.value;
    expect(offset('2022-01-05T12:00Z')).toBe('GMT+06:00');
  });

  it('almatyTime reads a wall-clock time and a calendar day in Almaty', () => {
    expect(almatyTime('2022-01-05T22:00')).toBe(Date.parse('2022-01-05T16:00Z'));
    expect(almatyTime('2022-01-05T23:59:59')).toBe(Date.parse('2022-01-05T17:59:59Z'));
    expect(almatyTime('2022-01-05')).toBe(Date.parse('2022-01-04T18:00Z'));
    expect(almatyTime('yesterday')).toBeNaN();
  });

  it('the slider range starts and ends at Almaty midnight', () => {
    expect(toAlmatyIso(RANGE_START)).toBe('2022-01-01T00:00+06:00');
    expect(toAlmatyIso(RANGE_END)).toBe('2022-01-20T00:00+06:00');
  });
});
