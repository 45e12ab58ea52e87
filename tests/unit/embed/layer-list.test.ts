import { describe, expect, it } from 'vitest';
import { normalizeLayerList } from '../../../src/embed/layer-list';
import { LAYERS } from '../../../src/store/store';

// Issue 14, item 4: a typo in `layers` or in a set-layers message never publishes an empty map.
describe('normalizeLayerList', () => {
  it('matches Incidents,Places case-insensitively', () => {
    expect(normalizeLayerList('Incidents,Places')).toEqual(['incidents', 'places']);
  });

  it('falls back to every layer for the typo "incident"', () => {
    expect(normalizeLayerList('incident')).toEqual([...LAYERS]);
  });

  it("falls back to every layer for ['__proto__']", () => {
    expect(normalizeLayerList(['__proto__'])).toEqual([...LAYERS]);
  });

  it.each(['__proto__', 'constructor', 'prototype', 'valueOf'])(
    'treats %s as an unknown name',
    (name) => {
      expect(normalizeLayerList(`troops,${name}`)).toEqual(['troops']);
      expect(normalizeLayerList([name, 'troops'])).toEqual(['troops']);
    },
  );

  it('falls back to every layer for an empty string and an empty list', () => {
    expect(normalizeLayerList('')).toEqual([...LAYERS]);
    expect(normalizeLayerList([])).toEqual([...LAYERS]);
  });

  it('removes duplicates, also those that differ only in case or spaces', () => {
    expect(normalizeLayerList('troops,incidents,troops, TROOPS ,Incidents')).toEqual([
      'troops',
      'incidents',
    ]);
  });

  it('keeps the valid names of a mixed valid/invalid list', () => {
    expect(normalizeLayerList(['heatmap', 'Sites', 7, null, 'internet', ' ', {}])).toEqual([
      'sites',
      'internet',
    ]);
  });

  it.each([
    ['a number', 3],
    ['null', null],
    ['undefined', undefined],
    ['an object', { layers: ['troops'] }],
    ['an array-like object', { 0: 'troops', length: 1 }],
  ])('falls back to every layer for %s', (_label, input) => {
    expect(normalizeLayerList(input)).toEqual([...LAYERS]);
  });

  it('never returns the shared LAYERS array itself', () => {
    expect(normalizeLayerList('')).not.toBe(LAYERS);
  });
});
