import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  formatClaimValue,
  formatEventTime,
  formatNumber,
  formatShortTime,
  formatSliderTime,
} from '../../../src/domain/format';
import type { Precision } from '../../../src/domain/time';
import { at } from '../helpers';

/** The time fields formatEventTime reads, as an Almaty (+06:00) source would write them. */
function almaty(iso: string, precision: Precision) {
  return { start: at(iso), precision, offsetMinutes: 360 };
}

/** The same for a western Kazakhstan (+05:00) source. */
function western(iso: string, precision: Precision) {
  return { start: at(iso), precision, offsetMinutes: 300 };
}

describe('formatSliderTime', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes the Almaty date and time in English', () => {
    expect(formatSliderTime(at('2022-01-05T22:00+06:00'), 'en')).toBe(
      'Wednesday, 5 January 2022, 22:00',
    );
  });

  it('writes the Almaty date and time in German with Uhr', () => {
    expect(formatSliderTime(at('2022-01-05T22:00+06:00'), 'de')).toBe(
      'Mittwoch, 5. Januar 2022, 22:00 Uhr',
    );
  });

  it('makes each hour’s words once, per language (a slider tick asks again and again)', () => {
    // `format` is a getter that hands out a bound function: each use reads it.
    const proto = Intl.DateTimeFormat.prototype as unknown as { format: unknown };
    const format = vi.spyOn(proto, 'format', 'get');
    const t = at('2022-01-09T03:00+06:00');
    const first = formatSliderTime(t, 'en');
    const calls = format.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    expect(formatSliderTime(t, 'en')).toBe(first);
    expect(format.mock.calls.length).toBe(calls);
    // Another language and another hour are words of their own.
    expect(formatSliderTime(t, 'de')).toBe('Sonntag, 9. Januar 2022, 03:00 Uhr');
    expect(formatSliderTime(at('2022-01-09T04:00+06:00'), 'en')).toBe(
      'Sunday, 9 January 2022, 04:00',
    );
    expect(format.mock.calls.length).toBeGreaterThan(calls);
  });

  it('shows Almaty time, not UTC, across midnight', () => {
    // 18:00 UTC on 5 January is midnight on Thursday 6 January in Almaty.
    expect(formatSliderTime(at('2022-01-05T18:00Z'), 'en')).toBe('Thursday, 6 January 2022, 00:00');
  });

  it('uses a 24-hour clock with two-digit hours', () => {
    expect(formatSliderTime(at('2022-01-02T07:00+06:00'), 'en')).toBe(
      'Sunday, 2 January 2022, 07:00',
    );
  });
});

describe('formatShortTime', () => {
  it('writes a short Almaty date and time in English', () => {
    expect(formatShortTime(at('2022-01-05T22:52+06:00'), 'en')).toBe('5 Jan, 22:52');
  });

  it('writes a short Almaty date and time in German', () => {
    expect(formatShortTime(at('2022-01-05T22:52+06:00'), 'de')).toBe('5. Jan., 22:52');
  });
});

describe('formatEventTime in English', () => {
  it('writes an exact time with day and clock', () => {
    expect(formatEventTime(almaty('2022-01-05T22:52+06:00', 'exact'), 'en')).toBe('5 Jan, 22:52');
  });

  it('writes a night as the night to the day it ends on', () => {
    expect(formatEventTime(almaty('2022-01-06T00:00+06:00', 'night'), 'en')).toBe('night to 6 Jan');
  });

  it('writes a morning', () => {
    expect(formatEventTime(almaty('2022-01-05T06:00+06:00', 'morning'), 'en')).toBe(
      '5 Jan, morning',
    );
  });

  it('writes an afternoon', () => {
    expect(formatEventTime(almaty('2022-01-05T12:00+06:00', 'afternoon'), 'en')).toBe(
      '5 Jan, afternoon',
    );
  });

  it('writes an evening', () => {
    expect(formatEventTime(almaty('2022-01-05T18:00+06:00', 'evening'), 'en')).toBe(
      '5 Jan, evening',
    );
  });

  it('writes a day', () => {
    expect(formatEventTime(almaty('2022-01-05T00:00+06:00', 'day'), 'en')).toBe(
      '5 Jan, during the day',
    );
  });

  it('writes a month', () => {
    expect(formatEventTime(almaty('2022-01-01T00:00+06:00', 'month'), 'en')).toBe('January 2022');
  });
});

describe('formatEventTime in German', () => {
  it('writes an exact time with day and clock', () => {
    expect(formatEventTime(almaty('2022-01-05T22:52+06:00', 'exact'), 'de')).toBe('5. Jan., 22:52');
  });

  it('writes a night as "Nacht zum" the day it ends on', () => {
    expect(formatEventTime(almaty('2022-01-06T00:00+06:00', 'night'), 'de')).toBe(
      'Nacht zum 6. Jan.',
    );
  });

  it('writes a morning', () => {
    expect(formatEventTime(almaty('2022-01-05T06:00+06:00', 'morning'), 'de')).toBe(
      '5. Jan., Morgen',
    );
  });

  it('writes an afternoon', () => {
    expect(formatEventTime(almaty('2022-01-05T12:00+06:00', 'afternoon'), 'de')).toBe(
      '5. Jan., Nachmittag',
    );
  });

  it('writes an evening', () => {
    expect(formatEventTime(almaty('2022-01-05T18:00+06:00', 'evening'), 'de')).toBe(
      '5. Jan., Abend',
    );
  });

  it('writes a day', () => {
    expect(formatEventTime(almaty('2022-01-05T00:00+06:00', 'day'), 'de')).toBe(
      '5. Jan., im Laufe des Tages',
    );
  });

  it('writes a month', () => {
    expect(formatEventTime(almaty('2022-01-01T00:00+06:00', 'month'), 'de')).toBe('Januar 2022');
  });
});

describe('formatEventTime for western (+05:00) sources', () => {
  it('labels a western evening with the local day', () => {
    // 18:00+05:00 is 19:00 in Almaty: same day, and still the evening the source reported.
    expect(formatEventTime(western('2022-01-05T18:00+05:00', 'evening'), 'en')).toBe(
      '5 Jan, evening',
    );
  });

  it('labels a western night with the local day it ends on', () => {
    // 00:00+05:00 on 6 January is 01:00 Almaty time; the label follows the source's clock.
    expect(formatEventTime(western('2022-01-06T00:00+05:00', 'night'), 'en')).toBe(
      'night to 6 Jan',
    );
  });

  it('labels a western day with the local day, not the UTC day', () => {
    // 00:00+05:00 on 5 January is 19:00 UTC on 4 January.
    expect(formatEventTime(western('2022-01-05T00:00+05:00', 'day'), 'en')).toBe(
      '5 Jan, during the day',
    );
  });

  it('labels a western month with the local month, not the UTC month', () => {
    // 00:00+05:00 on 1 January 2022 is still 31 December 2021 in UTC.
    expect(formatEventTime(western('2022-01-01T00:00+05:00', 'month'), 'de')).toBe('Januar 2022');
  });

  it('shows a western exact time in Almaty time', () => {
    expect(formatEventTime(western('2022-01-05T22:52+05:00', 'exact'), 'en')).toBe('5 Jan, 23:52');
  });

  it('moves a western exact time to the next Almaty day after 23:00 local time', () => {
    expect(formatEventTime(western('2022-01-05T23:30+05:00', 'exact'), 'de')).toBe(
      '6. Jan., 00:30',
    );
  });
});

describe('formatNumber', () => {
  it('groups thousands with a comma in English', () => {
    expect(formatNumber(3811, 'en')).toBe('3,811');
  });

  it('groups thousands with a dot in German', () => {
    expect(formatNumber(3811, 'de')).toBe('3.811');
  });

  it('groups millions', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });

  it('writes small numbers without separators', () => {
    expect(formatNumber(225, 'de')).toBe('225');
  });
});

describe('formatClaimValue', () => {
  const words = { exact: '', about: 'about ', at_least: 'at least ' };
  it('writes a single value with its qualifier', () => {
    expect(formatClaimValue({ value: 2500, qualifier: 'about' }, 'en', words)).toBe('about 2,500');
  });
  it('writes a range with an en dash, grouped for the language', () => {
    expect(formatClaimValue({ value: 2500, valueMax: 3000, qualifier: 'exact' }, 'de', words)).toBe(
      '2.500–3.000',
    );
  });
  it('writes no words for a qualifier it has none for', () => {
    expect(formatClaimValue({ value: 7, qualifier: 'more_than' }, 'en', words)).toBe('7');
  });
});
