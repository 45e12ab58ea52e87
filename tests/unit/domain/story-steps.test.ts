import { describe, expect, it } from 'vitest';
import type { Place } from '../../../src/domain/dataset';
import {
  findStep,
  groupNearby,
  parseStoryCamera,
  resolveStoryCamera,
  stepEndTime,
  type StoryStep,
} from '../../../src/domain/story-steps';
import type { EpochMs } from '../../../src/domain/time';

const place = (p: Partial<Place> & Pick<Place, 'id' | 'kind'>): Place =>
  ({ name: { en: p.id, de: p.id, ru: p.id }, region: 'KZ-AC', ...p }) as Place;

const placesById = new Map<string, Place>([
  ['almaty', place({ id: 'almaty', kind: 'city', lon: 76.9, lat: 43.2 })],
  ['akimat', place({ id: 'akimat', kind: 'site', city: 'almaty' })],
  ['nowhere', place({ id: 'nowhere', kind: 'site' })],
]);

const step = (id: string, time: number, end?: number): StoryStep => {
  const s: StoryStep = {
    id,
    time: time as EpochMs,
    camera: { kind: 'place', place: 'almaty' },
    phoneCamera: { kind: 'place', place: 'almaty' },
    layers: ['incidents'],
    places: [],
    events: [],
    claims: [],
    cites: ['ev'],
    title: { en: id, de: id },
    text: { en: id, de: id },
    alt: { en: id, de: id },
  };
  if (end !== undefined) s.end = end as EpochMs;
  return s;
};

describe('parseStoryCamera', () => {
  it('reads lon,lat,zoom with spaces around the parts', () => {
    expect(parseStoryCamera(' 76.93, 43.26 ,9')).toEqual({
      kind: 'view',
      lon: 76.93,
      lat: 43.26,
      zoom: 9,
    });
  });
  it('reads a place id', () => {
    expect(parseStoryCamera('almaty_airport')).toEqual({ kind: 'place', place: 'almaty_airport' });
  });
  it('rejects words that are neither', () => {
    expect(typeof parseStoryCamera('Almaty airport')).toBe('string');
  });
  it('rejects a latitude beyond the poles of the web map', () => {
    expect(parseStoryCamera('10,89,4')).toMatch(/lat/);
  });
});

describe('resolveStoryCamera', () => {
  it('returns a view camera unchanged', () => {
    expect(resolveStoryCamera({ kind: 'view', lon: 1, lat: 2, zoom: 3 }, placesById)).toEqual({
      lon: 1,
      lat: 2,
      zoom: 3,
    });
  });
  it('centres a city at city zoom', () => {
    expect(resolveStoryCamera({ kind: 'place', place: 'almaty' }, placesById)).toEqual({
      lon: 76.9,
      lat: 43.2,
      zoom: 8,
    });
  });
  it('centres a site without coordinates on its city, at site zoom', () => {
    expect(resolveStoryCamera({ kind: 'place', place: 'akimat' }, placesById)).toEqual({
      lon: 76.9,
      lat: 43.2,
      zoom: 10,
    });
  });
  it('returns null for a place that cannot be located', () => {
    expect(resolveStoryCamera({ kind: 'place', place: 'nowhere' }, placesById)).toBeNull();
    expect(resolveStoryCamera({ kind: 'place', place: 'missing' }, placesById)).toBeNull();
  });
});

describe('findStep', () => {
  const steps = [step('a', 0), step('b', 10, 20)];
  it('finds a step by its 1-based number, as a number or as text', () => {
    expect(findStep(steps, 2)).toBe(1);
    expect(findStep(steps, '1')).toBe(0);
  });
  it('finds a step by its id', () => {
    expect(findStep(steps, 'b')).toBe(1);
  });
  it('returns null for numbers outside the story and unknown ids', () => {
    expect(findStep(steps, 0)).toBeNull();
    expect(findStep(steps, 3)).toBeNull();
    expect(findStep(steps, 1.5)).toBeNull();
    expect(findStep(steps, 'c')).toBeNull();
  });
});

describe('stepEndTime', () => {
  it('is the window end for a window and the instant otherwise', () => {
    expect(stepEndTime(step('w', 10, 20))).toBe(20);
    expect(stepEndTime(step('i', 10))).toBe(10);
  });
});

describe('groupNearby', () => {
  it('keeps positions apart that are at least the gap apart', () => {
    expect(groupNearby([0, 0.1, 0.2], 0.1)).toEqual([[0], [1], [2]]);
  });

  it('joins a position closer than the gap to the one before it', () => {
    expect(groupNearby([0.1, 0.35, 0.352, 0.9, 0.99], 0.04)).toEqual([[0], [1, 2], [3], [4]]);
  });

  it('chains close neighbours into one group', () => {
    expect(groupNearby([0.5, 0.52, 0.54], 0.03)).toEqual([[0, 1, 2]]);
  });

  it('returns no group for no position', () => {
    expect(groupNearby([], 0.04)).toEqual([]);
  });
});
