import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/domain/format';
import { RANGE_END, RANGE_START } from '../../../src/domain/time';
import { encodeUrlState, parseTimeParam, parseUrlState } from '../../../src/embed/url-state';
import { LAYERS } from '../../../src/store/store';
import { at } from '../helpers';

describe('parseTimeParam', () => {
  it('reads a local time as Almaty time (+06:00)', () => {
    expect(parseTimeParam('2022-01-05T22:00')).toBe(at('2022-01-05T22:00+06:00'));
  });

  it('reads a local time with seconds as Almaty time', () => {
    expect(parseTimeParam('2022-01-05T22:00:30')).toBe(at('2022-01-05T22:00:30+06:00'));
  });

  it('reads an ISO time with its own offset', () => {
    expect(parseTimeParam('2022-01-05T21:00+05:00')).toBe(at('2022-01-05T22:00+06:00'));
  });

  it('reads an ISO time in UTC', () => {
    expect(parseTimeParam('2022-01-05T16:00Z')).toBe(at('2022-01-05T22:00+06:00'));
  });

  it('accepts the start of the range', () => {
    expect(parseTimeParam('2022-01-01T00:00')).toBe(RANGE_START);
  });

  it('accepts the end of the range', () => {
    expect(parseTimeParam('2022-01-20T00:00')).toBe(RANGE_END);
  });

  it('rejects a time before the range', () => {
    expect(parseTimeParam('2021-12-31T23:59')).toBeNull();
  });

  it('rejects a time after the range', () => {
    expect(parseTimeParam('2022-01-20T00:01')).toBeNull();
  });

  it('checks the range in Almaty time, not in the written offset', () => {
    // 20:00Z on 31 December is 02:00 on 1 January in Almaty: inside the range.
    expect(parseTimeParam('2021-12-31T20:00Z')).toBe(at('2022-01-01T02:00+06:00'));
  });

  it('rejects a time that is 1 January in the written offset but 31 December in Almaty', () => {
    // 00:00+07:00 on 1 January is 23:00 on 31 December in Almaty: before the range.
    expect(parseTimeParam('2022-01-01T00:00+07:00')).toBeNull();
  });

  it.each([
    ['garbage', 'yesterday'],
    ['a date only', '2022-01-05'],
    ['epoch milliseconds', '1641398400000'],
    ['an impossible date', '2022-02-30T12:00'],
    ['an impossible hour', '2022-01-05T25:00'],
    ['the empty string', ''],
    ['a time with surrounding text', 'x2022-01-05T22:00'],
  ])('rejects %s', (_label, value) => {
    expect(parseTimeParam(value)).toBeNull();
  });
});

describe('parseUrlState: t', () => {
  it('reads a local time', () => {
    expect(parseUrlState('?t=2022-01-05T22:00')).toEqual({ time: at('2022-01-05T22:00+06:00') });
  });

  it('reads an ISO time whose + is percent-encoded', () => {
    expect(parseUrlState('?t=2022-01-05T22:00%2B06:00')).toEqual({
      time: at('2022-01-05T22:00+06:00'),
    });
  });

  it('reads an ISO time with a literal + in its offset, as typed into an address bar', () => {
    // URLSearchParams decodes a literal + as a space; parseTimeParam puts the sign back, so
    // the README's "ISO 8601 with offset" form (t=2022-01-05T22:00+06:00) works as typed.
    expect(parseUrlState('?t=2022-01-05T22:00+06:00')).toEqual({
      time: at('2022-01-05T22:00+06:00'),
    });
  });

  it('drops a time out of range', () => {
    expect(parseUrlState('?t=2022-02-05T22:00')).toEqual({});
  });

  it('drops garbage', () => {
    expect(parseUrlState('?t=soon')).toEqual({});
  });

  it('drops an empty value', () => {
    expect(parseUrlState('?t=')).toEqual({});
  });
});

describe('parseUrlState: place and event', () => {
  it('reads a place id', () => {
    expect(parseUrlState('?place=almaty')).toEqual({ place: 'almaty' });
  });

  it('reads an event id with digits, dashes and underscores', () => {
    expect(parseUrlState('?event=ev-0105_almaty-airport')).toEqual({
      event: 'ev-0105_almaty-airport',
    });
  });

  it('reads place and event together', () => {
    expect(parseUrlState('?place=almaty&event=ev-1')).toEqual({ place: 'almaty', event: 'ev-1' });
  });

  it.each([
    ['upper case', 'Almaty'],
    ['a leading dash', '-almaty'],
    ['a leading underscore', '_almaty'],
    ['markup', '<script>'],
    ['a space', 'al maty'],
    ['a slash', 'almaty/../x'],
    ['non-ASCII letters', 'алматы'],
  ])('drops a place id with %s', (_label, id) => {
    expect(parseUrlState(`?place=${encodeURIComponent(id)}`)).toEqual({});
  });

  it('accepts an id of 81 characters', () => {
    const id = 'a'.repeat(81);
    expect(parseUrlState(`?event=${id}`)).toEqual({ event: id });
  });

  it('drops an id of 82 characters', () => {
    expect(parseUrlState(`?event=${'a'.repeat(82)}`)).toEqual({});
  });

  it('drops an empty id', () => {
    expect(parseUrlState('?place=&event=')).toEqual({});
  });
});

describe('parseUrlState: lang', () => {
  it.each(['en', 'de'])('reads %s', (lang) => {
    expect(parseUrlState(`?lang=${lang}`)).toEqual({ lang });
  });

  it.each(['fr', 'EN', 'de-DE', ''])('drops %j', (lang) => {
    expect(parseUrlState(`?lang=${lang}`)).toEqual({});
  });
});

describe('parseUrlState: layers', () => {
  it('reads a list of layers', () => {
    expect(parseUrlState('?layers=incidents,places')).toEqual({ layers: ['incidents', 'places'] });
  });

  it('keeps the order given', () => {
    expect(parseUrlState('?layers=places,incidents')).toEqual({ layers: ['places', 'incidents'] });
  });

  it('drops unknown layers', () => {
    expect(parseUrlState('?layers=incidents,heatmap,places')).toEqual({
      layers: ['incidents', 'places'],
    });
  });

  it('matches names case-insensitively: ?layers=Incidents,Places', () => {
    expect(parseUrlState('?layers=Incidents,Places')).toEqual({ layers: ['incidents', 'places'] });
  });

  it('trims spaces around names', () => {
    expect(parseUrlState('?layers=%20incidents%20,+TROOPS')).toEqual({
      layers: ['incidents', 'troops'],
    });
  });

  it('keeps the valid names of a mixed list', () => {
    expect(parseUrlState('?layers=heatmap,Sites,incident,internet,__proto__')).toEqual({
      layers: ['sites', 'internet'],
    });
  });

  it('removes duplicate layers', () => {
    expect(parseUrlState('?layers=places,places,incidents,places')).toEqual({
      layers: ['places', 'incidents'],
    });
  });

  it('falls back to all layers for an empty string, never an empty map', () => {
    expect(parseUrlState('?layers=')).toEqual({ layers: [...LAYERS] });
  });

  it('falls back to all layers for a list of commas and spaces', () => {
    expect(parseUrlState('?layers=,%20,')).toEqual({ layers: [...LAYERS] });
  });

  it('falls back to all layers for a typo: layers=incident', () => {
    expect(parseUrlState('?layers=incident')).toEqual({ layers: [...LAYERS] });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'falls back to all layers for layers=%s',
    (name) => {
      const state = parseUrlState(`?layers=${name}`);
      expect(state).toEqual({ layers: [...LAYERS] });
      expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    },
  );

  it('leaves layers out when the parameter is absent', () => {
    expect(parseUrlState('?lang=de')).not.toHaveProperty('layers');
  });
});

describe('parseUrlState: play', () => {
  it('reads play=1 as playing', () => {
    expect(parseUrlState('?play=1')).toEqual({ play: true });
  });

  it.each(['0', 'true', 'yes', ''])('ignores play=%j', (value) => {
    expect(parseUrlState(`?play=${value}`)).toEqual({});
  });
});

describe('parseUrlState: the whole query', () => {
  it('reads every parameter at once', () => {
    expect(
      parseUrlState('?t=2022-01-05T22:00&place=almaty&event=ev-1&lang=de&layers=places&play=1'),
    ).toEqual({
      time: at('2022-01-05T22:00+06:00'),
      place: 'almaty',
      event: 'ev-1',
      lang: 'de',
      layers: ['places'],
      play: true,
    });
  });

  it('reads a query without the leading ?', () => {
    expect(parseUrlState('lang=de')).toEqual({ lang: 'de' });
  });

  it('returns nothing for an empty query', () => {
    expect(parseUrlState('')).toEqual({});
  });

  it('ignores unknown parameters', () => {
    expect(parseUrlState('?zoom=12&lang=en')).toEqual({ lang: 'en' });
  });

  it('keeps valid parameters when others are invalid', () => {
    expect(parseUrlState('?t=never&lang=de&place=<b>')).toEqual({ lang: 'de' });
  });

  it('uses the first of repeated parameters', () => {
    expect(parseUrlState('?lang=de&lang=en')).toEqual({ lang: 'de' });
  });
});

describe('parseUrlState property', () => {
  const KEYS = ['time', 'place', 'event', 'lang', 'layers', 'play'];
  const ID = /^[a-z0-9][a-z0-9_-]{0,80}$/;

  /** Asserts that a parsed state has only known keys with valid values. */
  function expectValid(state: ReturnType<typeof parseUrlState>) {
    for (const key of Object.keys(state)) expect(KEYS).toContain(key);
    if (state.time !== undefined) {
      expect(state.time).toBeGreaterThanOrEqual(RANGE_START);
      expect(state.time).toBeLessThanOrEqual(RANGE_END);
    }
    if (state.place !== undefined) expect(state.place).toMatch(ID);
    if (state.event !== undefined) expect(state.event).toMatch(ID);
    if (state.lang !== undefined) expect(LANGS).toContain(state.lang);
    if (state.layers !== undefined) {
      for (const l of state.layers) expect(LAYERS).toContain(l);
      expect(new Set(state.layers).size).toBe(state.layers.length);
    }
    if (state.play !== undefined) expect(state.play).toBe(true);
  }

  it('never throws and returns only known keys with valid values, for any string', () => {
    fc.assert(
      // Any UTF-16 code unit, lone surrogates included: location.search can hold anything.
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
        (search) => {
          expectValid(parseUrlState(search));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('does the same for queries made of the real parameter names with arbitrary values', () => {
    const name = fc.constantFrom('t', 'place', 'event', 'lang', 'layers', 'play', 'zoom');
    const value = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        '2022-01-05T22:00',
        '2030-01-01T00:00',
        'almaty',
        'de',
        'incidents,places,x',
        '1',
      ),
    );
    const query = fc
      .array(fc.tuple(name, value, fc.boolean()), { maxLength: 8 })
      .map(
        (pairs) =>
          '?' + pairs.map(([k, v, raw]) => `${k}=${raw ? v : encodeURIComponent(v)}`).join('&'),
      );
    fc.assert(
      fc.property(query, (search) => {
        expectValid(parseUrlState(search));
      }),
      { numRuns: 500 },
    );
    // 500 generated queries take well under a second on an idle machine, but ran past
    // Vitest's 5 s default on a 2-core machine under heavy load; the test checks validity,
    // not speed, so it gets room for a loaded CI machine instead of a random failure.
  }, 30_000);
});

describe('story parameters (step, mode)', () => {
  it('reads a step by number or id and the list mode, and writes them back', () => {
    expect(parseUrlState('?step=3')).toEqual({ step: '3' });
    expect(parseUrlState('?step=csto&mode=list')).toEqual({ step: 'csto', mode: 'list' });
    expect(encodeUrlState({ step: 'csto', mode: 'list' })).toBe('step=csto&mode=list');
  });

  it('ignores a step that is no id and a mode it does not know', () => {
    expect(parseUrlState('?step=%3Cscript%3E')).toEqual({});
    expect(parseUrlState('?step=')).toEqual({});
    expect(parseUrlState('?mode=slides')).toEqual({});
    expect(parseUrlState('?mode=LIST')).toEqual({});
  });
});
