import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/domain/format';
import { LAYERS } from '../../../src/store/store';
import {
  isAllowedOrigin,
  parseHostMessage,
  parseOriginList,
  pymHeightMessage,
  type HostMessage,
} from '../../../src/embed/messages';

const HOST_TYPES = [
  'qantar:set-time',
  'qantar:play',
  'qantar:pause',
  'qantar:select-place',
  'qantar:set-layers',
  'qantar:set-lang',
];

/** Asserts that a parse result is null or a host message with only its own, valid fields. */
function expectValidResult(result: HostMessage | null) {
  if (result === null) return;
  expect(HOST_TYPES).toContain(result.type);
  expect(result.version).toBe(1);
  switch (result.type) {
    case 'qantar:set-time':
      expect(Object.keys(result).sort()).toEqual(['time', 'type', 'version']);
      expect(typeof result.time).toBe('string');
      expect(result.time.length).toBeGreaterThan(0);
      expect(result.time.length).toBeLessThanOrEqual(40);
      break;
    case 'qantar:play':
    case 'qantar:pause':
      expect(Object.keys(result).sort()).toEqual(['type', 'version']);
      break;
    case 'qantar:select-place':
      expect(Object.keys(result).sort()).toEqual(['placeId', 'type', 'version']);
      if (result.placeId !== null) {
        expect(typeof result.placeId).toBe('string');
        expect(result.placeId.length).toBeGreaterThan(0);
        expect(result.placeId.length).toBeLessThanOrEqual(100);
      }
      break;
    case 'qantar:set-layers':
      expect(Object.keys(result).sort()).toEqual(['layers', 'type', 'version']);
      expect(Array.isArray(result.layers)).toBe(true);
      // Never empty: a list without a known layer name means every layer.
      expect(result.layers.length).toBeGreaterThan(0);
      expect(new Set(result.layers).size).toBe(result.layers.length);
      // Array.from visits holes too, as undefined.
      for (const l of Array.from(result.layers)) expect(LAYERS).toContain(l);
      break;
    case 'qantar:set-lang':
      expect(Object.keys(result).sort()).toEqual(['lang', 'type', 'version']);
      expect(LANGS).toContain(result.lang);
      break;
  }
}

describe('parseHostMessage: valid messages', () => {
  it('accepts set-time', () => {
    expect(
      parseHostMessage({ type: 'qantar:set-time', version: 1, time: '2022-01-05T22:00+06:00' }),
    ).toEqual({ type: 'qantar:set-time', version: 1, time: '2022-01-05T22:00+06:00' });
  });

  it('accepts play', () => {
    expect(parseHostMessage({ type: 'qantar:play', version: 1 })).toEqual({
      type: 'qantar:play',
      version: 1,
    });
  });

  it('accepts pause', () => {
    expect(parseHostMessage({ type: 'qantar:pause', version: 1 })).toEqual({
      type: 'qantar:pause',
      version: 1,
    });
  });

  it('accepts select-place with a place id', () => {
    expect(
      parseHostMessage({ type: 'qantar:select-place', version: 1, placeId: 'almaty' }),
    ).toEqual({ type: 'qantar:select-place', version: 1, placeId: 'almaty' });
  });

  it('accepts select-place with null, which clears the selection', () => {
    expect(parseHostMessage({ type: 'qantar:select-place', version: 1, placeId: null })).toEqual({
      type: 'qantar:select-place',
      version: 1,
      placeId: null,
    });
  });

  it('accepts set-layers with a list of names', () => {
    expect(
      parseHostMessage({ type: 'qantar:set-layers', version: 1, layers: ['incidents', 'troops'] }),
    ).toEqual({ type: 'qantar:set-layers', version: 1, layers: ['incidents', 'troops'] });
  });

  it('reads set-layers with an empty list as every layer (never an empty map)', () => {
    expect(parseHostMessage({ type: 'qantar:set-layers', version: 1, layers: [] })).toEqual({
      type: 'qantar:set-layers',
      version: 1,
      layers: [...LAYERS],
    });
  });

  it('reads set-layers with only unknown names as every layer', () => {
    expect(
      parseHostMessage({ type: 'qantar:set-layers', version: 1, layers: ['heatmap'] }),
    ).toEqual({ type: 'qantar:set-layers', version: 1, layers: [...LAYERS] });
  });

  it.each(['en', 'de'])('accepts set-lang %s', (lang) => {
    expect(parseHostMessage({ type: 'qantar:set-lang', version: 1, lang })).toEqual({
      type: 'qantar:set-lang',
      version: 1,
      lang,
    });
  });

  it('accepts a message object without a prototype', () => {
    const data = Object.assign(Object.create(null) as Record<string, unknown>, {
      type: 'qantar:pause',
      version: 1,
    });
    expect(parseHostMessage(data)).toEqual({ type: 'qantar:pause', version: 1 });
  });
});

describe('parseHostMessage: the result', () => {
  it('drops extra keys of the input', () => {
    const result = parseHostMessage({
      type: 'qantar:set-time',
      version: 1,
      time: '2022-01-05T22:00+06:00',
      placeId: 'almaty',
      onload: 'alert(1)',
    });
    expect(result).toStrictEqual({
      type: 'qantar:set-time',
      version: 1,
      time: '2022-01-05T22:00+06:00',
    });
  });

  it('drops extra keys of a message without fields', () => {
    expect(parseHostMessage({ type: 'qantar:play', version: 1, speed: 4 })).toStrictEqual({
      type: 'qantar:play',
      version: 1,
    });
  });

  it('is a fresh object, not the input', () => {
    const input = { type: 'qantar:pause', version: 1 };
    const result = parseHostMessage(input);
    expect(result).not.toBe(input);
    expect(result).toEqual(input);
  });
});

describe('parseHostMessage: rejects non-objects', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 1],
    ['a boolean', true],
    ['a string', 'qantar:play'],
    ['a JSON string', JSON.stringify({ type: 'qantar:play', version: 1 })],
    ['a pym.js string', 'pymxPYMxqantar-1xPYMxheightxPYMx640'],
    ['an array', [{ type: 'qantar:play', version: 1 }]],
    [
      'an array with type and version as keys',
      Object.assign([], { type: 'qantar:play', version: 1 }),
    ],
    ['a function', () => ({ type: 'qantar:play', version: 1 })],
  ])('rejects %s', (_label, data) => {
    expect(parseHostMessage(data)).toBeNull();
  });
});

describe('parseHostMessage: rejects a wrong envelope', () => {
  it.each([
    ['a missing version', { type: 'qantar:play' }],
    ['version 2', { type: 'qantar:play', version: 2 }],
    ['version 0', { type: 'qantar:play', version: 0 }],
    ['version "1" as a string', { type: 'qantar:play', version: '1' }],
    ['version null', { type: 'qantar:play', version: null }],
    ['a missing type', { version: 1 }],
    ['a numeric type', { type: 1, version: 1 }],
    ['an unknown type', { type: 'qantar:zoom', version: 1 }],
    ['a type without the prefix', { type: 'play', version: 1 }],
    ['a type in upper case', { type: 'QANTAR:PLAY', version: 1 }],
    ['a map-to-host type (ready)', { type: 'qantar:ready', version: 1 }],
    ['a map-to-host type (time)', { type: 'qantar:time', version: 1, time: '2022-01-05T22:00' }],
  ])('rejects %s', (_label, data) => {
    expect(parseHostMessage(data)).toBeNull();
  });
});

describe('parseHostMessage: set-time fields', () => {
  it('rejects a missing time', () => {
    expect(parseHostMessage({ type: 'qantar:set-time', version: 1 })).toBeNull();
  });

  it('rejects an empty time', () => {
    expect(parseHostMessage({ type: 'qantar:set-time', version: 1, time: '' })).toBeNull();
  });

  it('rejects a time given as epoch milliseconds', () => {
    expect(
      parseHostMessage({ type: 'qantar:set-time', version: 1, time: 1641398400000 }),
    ).toBeNull();
  });

  it('accepts a time of 40 characters (it is checked later, by the bridge)', () => {
    const time = 'x'.repeat(40);
    expect(parseHostMessage({ type: 'qantar:set-time', version: 1, time })).toEqual({
      type: 'qantar:set-time',
      version: 1,
      time,
    });
  });

  it('rejects a time of 41 characters', () => {
    expect(
      parseHostMessage({ type: 'qantar:set-time', version: 1, time: 'x'.repeat(41) }),
    ).toBeNull();
  });
});

describe('parseHostMessage: select-place fields', () => {
  it('rejects a missing placeId', () => {
    expect(parseHostMessage({ type: 'qantar:select-place', version: 1 })).toBeNull();
  });

  it('rejects an undefined placeId (only null clears)', () => {
    expect(
      parseHostMessage({ type: 'qantar:select-place', version: 1, placeId: undefined }),
    ).toBeNull();
  });

  it('rejects an empty placeId', () => {
    expect(parseHostMessage({ type: 'qantar:select-place', version: 1, placeId: '' })).toBeNull();
  });

  it('rejects a numeric placeId', () => {
    expect(parseHostMessage({ type: 'qantar:select-place', version: 1, placeId: 42 })).toBeNull();
  });

  it('accepts a placeId of 100 characters', () => {
    const placeId = 'a'.repeat(100);
    expect(parseHostMessage({ type: 'qantar:select-place', version: 1, placeId })).toEqual({
      type: 'qantar:select-place',
      version: 1,
      placeId,
    });
  });

  it('rejects a placeId of 101 characters', () => {
    expect(
      parseHostMessage({ type: 'qantar:select-place', version: 1, placeId: 'a'.repeat(101) }),
    ).toBeNull();
  });
});

describe('parseHostMessage: set-layers fields', () => {
  it('rejects missing layers', () => {
    expect(parseHostMessage({ type: 'qantar:set-layers', version: 1 })).toBeNull();
  });

  it('rejects layers given as a comma string', () => {
    expect(
      parseHostMessage({ type: 'qantar:set-layers', version: 1, layers: 'incidents,troops' }),
    ).toBeNull();
  });

  it('rejects an array-like object', () => {
    expect(
      parseHostMessage({
        type: 'qantar:set-layers',
        version: 1,
        layers: { 0: 'incidents', length: 1 },
      }),
    ).toBeNull();
  });

  it.each([
    ['a number', ['incidents', 1]],
    ['null', ['incidents', null]],
    ['an object', ['incidents', { name: 'troops' }]],
    ['a nested array', ['incidents', ['troops']]],
    ['an empty string', ['incidents', '']],
    ['a name of 41 characters', ['incidents', 'x'.repeat(41)]],
  ])('drops %s from a list and keeps the valid names', (_label, layers) => {
    expect(parseHostMessage({ type: 'qantar:set-layers', version: 1, layers })).toEqual({
      type: 'qantar:set-layers',
      version: 1,
      layers: ['incidents'],
    });
  });

  it("reads ['__proto__'] as every layer", () => {
    expect(
      parseHostMessage({ type: 'qantar:set-layers', version: 1, layers: ['__proto__'] }),
    ).toEqual({ type: 'qantar:set-layers', version: 1, layers: [...LAYERS] });
  });

  it('matches names case-insensitively and trimmed, without duplicates', () => {
    expect(
      parseHostMessage({
        type: 'qantar:set-layers',
        version: 1,
        layers: [' Troops', 'INCIDENTS', 'troops', 'constructor'],
      }),
    ).toEqual({ type: 'qantar:set-layers', version: 1, layers: ['troops', 'incidents'] });
  });

  it('accepts 20 names', () => {
    const layers = Array.from({ length: 20 }, () => 'incidents');
    expect(parseHostMessage({ type: 'qantar:set-layers', version: 1, layers })).toEqual({
      type: 'qantar:set-layers',
      version: 1,
      layers: ['incidents'],
    });
  });

  it('rejects 21 names', () => {
    const layers = Array.from({ length: 21 }, () => 'incidents');
    expect(parseHostMessage({ type: 'qantar:set-layers', version: 1, layers })).toBeNull();
  });

  it('drops the holes of a sparse list', () => {
    // postMessage's structured clone keeps holes, so a host can send one.
    // eslint-disable-next-line no-sparse-arrays
    const layers = [, 'incidents'];
    expect(parseHostMessage({ type: 'qantar:set-layers', version: 1, layers })).toEqual({
      type: 'qantar:set-layers',
      version: 1,
      layers: ['incidents'],
    });
  });
});

describe('parseHostMessage: set-lang fields', () => {
  it.each([
    ['an unknown language', 'fr'],
    ['Russian, which has place names but no interface', 'ru'],
    ['upper case', 'DE'],
    ['a region tag', 'de-DE'],
    ['an empty string', ''],
    ['a number', 1],
  ])('rejects %s', (_label, lang) => {
    expect(parseHostMessage({ type: 'qantar:set-lang', version: 1, lang })).toBeNull();
  });

  it('rejects a missing lang', () => {
    expect(parseHostMessage({ type: 'qantar:set-lang', version: 1 })).toBeNull();
  });
});

describe('parseHostMessage properties', () => {
  it('never throws, and returns null or a version-1 host message, for any value', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const result = parseHostMessage(data);
        if (result !== null) {
          expect(HOST_TYPES).toContain(result.type);
          expect(result.version).toBe(1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('returns only valid fields for near-valid messages with arbitrary field values', () => {
    const field = fc.oneof(
      fc.anything(),
      fc.string({ maxLength: 50 }),
      fc.constantFrom('en', 'de', 'almaty', '2022-01-05T22:00+06:00'),
      fc.array(fc.oneof(fc.string({ maxLength: 45 }), fc.anything()), { maxLength: 25 }),
      fc.array(fc.constantFrom('incidents', 'troops', 'x'.repeat(41)), { maxLength: 22 }),
    );
    const message = fc.record(
      {
        type: fc.oneof(fc.constantFrom(...HOST_TYPES, 'qantar:ready'), fc.anything()),
        version: fc.oneof(fc.constant(1), fc.anything()),
        time: field,
        placeId: fc.oneof(fc.constant(null), field),
        layers: field,
        lang: field,
        extra: fc.anything(),
      },
      { requiredKeys: ['type', 'version'] },
    );
    fc.assert(
      fc.property(message, (data) => {
        expectValidResult(parseHostMessage(data));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseOriginList', () => {
  it('reads one origin', () => {
    expect(parseOriginList('https://a.example')).toEqual(['https://a.example']);
  });

  it('reads a comma list, trimming spaces', () => {
    expect(parseOriginList('https://a.example, http://b.example:8080 ')).toEqual([
      'https://a.example',
      'http://b.example:8080',
    ]);
  });

  it('drops an entry with a path', () => {
    expect(parseOriginList('https://a.example/news,https://b.example')).toEqual([
      'https://b.example',
    ]);
  });

  it('drops an entry with a query', () => {
    expect(parseOriginList('https://a.example?x=1,https://b.example')).toEqual([
      'https://b.example',
    ]);
  });

  it('drops an entry without a scheme', () => {
    expect(parseOriginList('a.example,https://b.example')).toEqual(['https://b.example']);
  });

  // A list given without one valid origin allows none (fails closed): a typo in the embed
  // code must not silently open the map to every page.
  it.each([
    ['garbage', 'not an origin'],
    ['a wildcard', '*'],
    ['the opaque origin', 'null'],
    ['a file URL', 'file:///tmp/x.html'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['commas only', ',,,'],
    ['an empty value', ''],
  ])('allows no origin for %s', (_label, value) => {
    expect(parseOriginList(value)).toEqual([]);
  });

  it('reads an origin written with a trailing slash as that origin', () => {
    expect(parseOriginList('https://news.example/')).toEqual(['https://news.example']);
  });

  it('lists each origin once', () => {
    expect(parseOriginList('https://a.example,https://a.example/,https://a.example')).toEqual([
      'https://a.example',
    ]);
  });

  it('an empty allow-list admits no origin', () => {
    expect(isAllowedOrigin('https://a.example', [])).toBe(false);
  });

  it('returns null for a missing parameter', () => {
    expect(parseOriginList(null)).toBeNull();
  });
});

describe('isAllowedOrigin', () => {
  const LIST = ['https://a.example', 'http://localhost:8080'];

  it('allows any origin when there is no list', () => {
    expect(isAllowedOrigin('https://anyone.example', null)).toBe(true);
  });

  it('allows an origin on the list', () => {
    expect(isAllowedOrigin('https://a.example', LIST)).toBe(true);
  });

  it('allows an origin with a port on the list', () => {
    expect(isAllowedOrigin('http://localhost:8080', LIST)).toBe(true);
  });

  it.each([
    ['another site', 'https://b.example'],
    ['a longer host ending in the listed one', 'https://a.example.evil.com'],
    ['a host ending in the listed name', 'https://evila.example'],
    ['a subdomain', 'https://www.a.example'],
    ['another scheme', 'http://a.example'],
    ['another port', 'https://a.example:8443'],
    ['a prefix of a listed origin', 'https://a.exampl'],
    ['the same origin with a trailing slash', 'https://a.example/'],
    ['upper case', 'HTTPS://A.EXAMPLE'],
    ['the opaque origin', 'null'],
    ['the empty string', ''],
  ])('refuses %s', (_label, origin) => {
    expect(isAllowedOrigin(origin, LIST)).toBe(false);
  });

  it('refuses every origin for an empty list', () => {
    expect(isAllowedOrigin('https://a.example', [])).toBe(false);
  });
});

describe('pymHeightMessage', () => {
  it("has pym.js's child height format", () => {
    expect(pymHeightMessage('qantar-map', 812)).toBe('pymxPYMxqantar-mapxPYMxheightxPYMx812');
  });

  it('writes a height of 0', () => {
    expect(pymHeightMessage('c', 0)).toBe('pymxPYMxcxPYMxheightxPYMx0');
  });
});
