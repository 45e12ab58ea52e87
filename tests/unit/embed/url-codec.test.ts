import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../../src/domain/format';
import { RANGE_END, RANGE_START, type EpochMs } from '../../../src/domain/time';
import {
  encodeUrlState,
  parseUrlState,
  parseView,
  type UrlState,
} from '../../../src/embed/url-state';
import { LAYERS, type LayerName } from '../../../src/store/store';
import { at } from '../helpers';

const MINUTE_MS = 60_000;
const ID = /^[a-z0-9][a-z0-9_-]{0,80}$/;

/** Rounds as a link does: fixed decimals, trailing zeros and the sign of zero dropped. */
function asInLink(x: number, digits: number): number {
  return Number(String(+x.toFixed(digits)));
}

const validState: fc.Arbitrary<UrlState> = fc
  .record(
    {
      minutes: fc.integer({ min: 0, max: (RANGE_END - RANGE_START) / MINUTE_MS }),
      place: fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,30}$/),
      event: fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,30}$/),
      lang: fc.constantFrom<Lang>('en', 'de'),
      layers: fc.subarray<LayerName>([...LAYERS]),
      view: fc.record({
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
        lat: fc.double({ min: -85, max: 85, noNaN: true }),
        zoom: fc.double({ min: 0, max: 22, noNaN: true }),
      }),
      play: fc.constant(true),
      controls: fc.constant(false),
    },
    { requiredKeys: [] },
  )
  .map(({ minutes, ...rest }) => {
    const state: UrlState = { ...rest };
    if (minutes !== undefined) state.time = (RANGE_START + minutes * MINUTE_MS) as EpochMs;
    return state;
  });

/** Returns what parsing the encoded state should give: layers left out when all or none are on
 * (both open as the default), view rounded. */
function expectedAfterRoundTrip(state: UrlState): UrlState {
  const out: UrlState = { ...state };
  if (state.layers && (state.layers.length === LAYERS.length || state.layers.length === 0))
    delete out.layers;
  if (state.view) {
    out.view = {
      lon: asInLink(state.view.lon, 4),
      lat: asInLink(state.view.lat, 4),
      zoom: asInLink(state.view.zoom, 2),
    };
  }
  return out;
}

/** Asserts that a parsed state has only known keys with valid values. */
function expectValid(state: UrlState) {
  const keys = ['time', 'place', 'event', 'lang', 'layers', 'view', 'play', 'controls'];
  for (const key of Object.keys(state)) expect(keys).toContain(key);
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
  if (state.view !== undefined) {
    expect(Object.keys(state.view).sort()).toEqual(['lat', 'lon', 'zoom']);
    expect(Math.abs(state.view.lon)).toBeLessThanOrEqual(180);
    expect(Math.abs(state.view.lat)).toBeLessThanOrEqual(85);
    expect(state.view.zoom).toBeGreaterThanOrEqual(0);
    expect(state.view.zoom).toBeLessThanOrEqual(22);
  }
  if (state.play !== undefined) expect(state.play).toBe(true);
  if (state.controls !== undefined) expect(state.controls).toBe(false);
}

describe('URL codec round trip', () => {
  it('parses back every valid state it encodes', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parseUrlState(encodeUrlState(state))).toStrictEqual(expectedAfterRoundTrip(state));
      }),
      { numRuns: 1000 },
    );
  });

  it('parses back the same state with a leading ?', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parseUrlState(`?${encodeUrlState(state)}`)).toStrictEqual(
          expectedAfterRoundTrip(state),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('is stable: encoding a parsed link gives the same link', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const link = encodeUrlState(state);
        expect(encodeUrlState(parseUrlState(link))).toBe(link);
      }),
      { numRuns: 500 },
    );
  });

  it('writes only readable colons and commas, never %3A or %2C', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(encodeUrlState(state)).not.toMatch(/%3A|%2C/i);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseUrlState on garbage', () => {
  const NAMES = ['t', 'place', 'event', 'lang', 'layers', 'view', 'play', 'controls'];

  it('never throws and returns only valid values, for any dictionary of parameters', () => {
    const key = fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 8 }));
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('1', '0', '180,85,22', '180.00001,0,1', '-0,-0,0', '2022-01-20T00:00'),
    );
    fc.assert(
      fc.property(fc.dictionary(key, value), (params) => {
        expectValid(parseUrlState(new URLSearchParams(params).toString()));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and returns only valid values for raw, unencoded parameter text', () => {
    const pair = fc.tuple(fc.constantFrom(...NAMES), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 8 }), (pairs) => {
        expectValid(parseUrlState(`?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and returns only valid values for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        expectValid(parseUrlState(search));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('encodeUrlState', () => {
  it('returns the empty string for the empty state', () => {
    expect(encodeUrlState({})).toBe('');
  });

  it('writes the time as local Almaty time to the minute, without an offset', () => {
    expect(encodeUrlState({ time: at('2022-01-05T16:00Z') })).toBe('t=2022-01-05T22:00');
  });

  it('drops the seconds of a time', () => {
    expect(encodeUrlState({ time: at('2022-01-05T22:07:59+06:00') })).toBe('t=2022-01-05T22:07');
  });

  it('writes every parameter in a fixed order', () => {
    expect(
      encodeUrlState({
        controls: false,
        play: true,
        view: { lon: 76.95, lat: 43.25, zoom: 9 },
        layers: ['incidents', 'places'],
        lang: 'de',
        event: 'ev-1',
        place: 'almaty',
        time: at('2022-01-05T22:00+06:00'),
      }),
    ).toBe(
      't=2022-01-05T22:00&place=almaty&event=ev-1&lang=de&layers=incidents,places' +
        '&view=76.95,43.25,9&play=1&controls=0',
    );
  });

  it('leaves layers out when all are on', () => {
    expect(encodeUrlState({ lang: 'en', layers: [...LAYERS] })).toBe('lang=en');
  });

  it('leaves an empty layer list out: it opens as the default, every layer', () => {
    expect(encodeUrlState({ layers: [] })).toBe('');
  });

  it('rounds the view to 4 decimals for lon and lat and 2 for zoom', () => {
    expect(encodeUrlState({ view: { lon: 76.123456, lat: -43.987654, zoom: 5.6789 } })).toBe(
      'view=76.1235,-43.9877,5.68',
    );
  });

  it('writes a view without trailing zeros', () => {
    expect(encodeUrlState({ view: { lon: 77, lat: 43.5, zoom: 4.1 } })).toBe('view=77,43.5,4.1');
  });

  it('writes a view rounded to zero without a minus sign', () => {
    expect(encodeUrlState({ view: { lon: -0.00001, lat: 0, zoom: 3 } })).toBe('view=0,0,3');
  });

  it('leaves play out when false', () => {
    expect(encodeUrlState({ play: false })).toBe('');
  });

  it('leaves controls out when true (the default)', () => {
    expect(encodeUrlState({ controls: true })).toBe('');
  });

  it('percent-encodes characters that are not safe in a query', () => {
    expect(encodeUrlState({ place: 'a&b=c' })).toBe('place=a%26b%3Dc');
  });
});

describe('parseUrlState: view and controls', () => {
  it('reads a view', () => {
    expect(parseUrlState('?view=76.95,43.25,9')).toEqual({
      view: { lon: 76.95, lat: 43.25, zoom: 9 },
    });
  });

  it('reads a view with percent-encoded commas', () => {
    expect(parseUrlState('?view=76.95%2C43.25%2C9')).toEqual({
      view: { lon: 76.95, lat: 43.25, zoom: 9 },
    });
  });

  it('drops an invalid view', () => {
    expect(parseUrlState('?view=76.95,43.25')).toEqual({});
  });

  it('drops an empty view', () => {
    expect(parseUrlState('?view=')).toEqual({});
  });

  it('reads controls=0 as hidden controls', () => {
    expect(parseUrlState('?controls=0')).toEqual({ controls: false });
  });

  it.each(['1', 'false', 'no', ''])('ignores controls=%j', (value) => {
    expect(parseUrlState(`?controls=${value}`)).toEqual({});
  });
});

describe('parseView', () => {
  it('reads lon, lat and zoom', () => {
    expect(parseView('76.95,43.25,5.5')).toEqual({ lon: 76.95, lat: 43.25, zoom: 5.5 });
  });

  it('reads whole numbers', () => {
    expect(parseView('77,43,5')).toEqual({ lon: 77, lat: 43, zoom: 5 });
  });

  it('reads a negative longitude', () => {
    expect(parseView('-122.4194,37.7749,3')).toEqual({ lon: -122.4194, lat: 37.7749, zoom: 3 });
  });

  it('reads a negative latitude', () => {
    expect(parseView('18.42,-33.92,6')).toEqual({ lon: 18.42, lat: -33.92, zoom: 6 });
  });

  it('accepts the largest values', () => {
    expect(parseView('180,85,22')).toEqual({ lon: 180, lat: 85, zoom: 22 });
  });

  it('accepts the smallest values', () => {
    expect(parseView('-180,-85,0')).toEqual({ lon: -180, lat: -85, zoom: 0 });
  });

  it.each([
    ['a longitude above 180', '180.0001,0,1'],
    ['a longitude below -180', '-180.5,0,1'],
    ['a latitude above 85', '0,85.01,1'],
    ['a latitude below -85', '0,-85.01,1'],
    ['a zoom above 22', '0,0,22.5'],
    ['a negative zoom', '0,0,-1'],
  ])('rejects %s', (_label, value) => {
    expect(parseView(value)).toBeNull();
  });

  it.each([
    ['two parts', '76.95,43.25'],
    ['four parts', '76.95,43.25,5,0'],
    ['one part', '76.95'],
    ['the empty string', ''],
    ['an empty part', '76.95,,5'],
    ['a trailing comma', '76.95,43.25,5,'],
  ])('rejects %s', (_label, value) => {
    expect(parseView(value)).toBeNull();
  });

  it.each([
    ['letters', 'a,b,c'],
    ['NaN', 'NaN,0,1'],
    ['Infinity', 'Infinity,0,1'],
    ['exponent notation', '1e2,0,1'],
    ['hexadecimal', '0x10,0,1'],
    ['a leading plus', '+76,43,5'],
    ['a leading dot', '.5,43,5'],
    ['a trailing dot', '76.,43,5'],
    ['spaces', '76.95, 43.25, 5'],
    ['a decimal comma', '76,95;43,25;5'],
  ])('rejects %s', (_label, value) => {
    expect(parseView(value)).toBeNull();
  });
});
