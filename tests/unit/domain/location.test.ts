import { describe, expect, it } from 'vitest';
import type { Place } from '../../../src/domain/dataset';
import { eventLocation, finestLocation, isFinerThanPlace } from '../../../src/domain/location';
import { problemsAfter, replace } from '../data/fixtures';

const place = (p: Partial<Place> & Pick<Place, 'id' | 'kind'>): Place => ({
  name: { en: p.id, de: p.id, ru: p.id },
  region: 'KZ-AC',
  ...p,
});
const places = new Map(
  [
    place({ id: 'almaty', kind: 'city', lon: 76.93, lat: 43.26 }),
    place({ id: 'akimat', kind: 'site', lon: 76.945, lat: 43.238, city: 'almaty' }),
    place({ id: 'knb', kind: 'site', city: 'almaty' }),
    place({ id: 'reg', kind: 'region', lon: 78.37, lat: 45.02 }),
    place({ id: 'kz', kind: 'country', region: 'KZ' }),
  ].map((p) => [p.id, p]),
);

describe('finestLocation', () => {
  it('is site-level for a site with coordinates', () => {
    expect(finestLocation({ place: 'akimat' }, places)).toBe('site');
  });
  it('is city-level for a site whose position no source gives', () => {
    expect(finestLocation({ place: 'knb' }, places)).toBe('city');
  });
  it('is city-level for an event placed only at the city', () => {
    expect(finestLocation({ place: 'almaty' }, places)).toBe('city');
  });
  it('is site-level for an event with its own point', () => {
    expect(finestLocation({ place: 'almaty', lon: 76.9, lat: 43.2 }, places)).toBe('site');
  });
  it('is region-level for a region even though the region row has a point', () => {
    expect(finestLocation({ place: 'reg' }, places)).toBe('region');
  });
  it('is national for the country', () => {
    expect(finestLocation({ place: 'kz' }, places)).toBe('national');
  });
});

describe('eventLocation', () => {
  it('keeps a stored coarser value', () => {
    expect(eventLocation({ place: 'akimat', location: 'city' }, places)).toBe('city');
  });
  it('derives the value when none is stored', () => {
    expect(eventLocation({ place: 'akimat' }, places)).toBe('site');
  });
});

describe('isFinerThanPlace', () => {
  it('rejects site-level at a city', () => {
    expect(isFinerThanPlace('site', { place: 'almaty' }, places)).toBe(true);
  });
  it('accepts city-level at a site', () => {
    expect(isFinerThanPlace('city', { place: 'akimat' }, places)).toBe(false);
  });
});

describe('events.csv location column', () => {
  it('reports a location finer than the place gives', () => {
    expect(
      problemsAfter(
        replace('events.csv', 'sources,claimed_by_de\n', 'sources,claimed_by_de,location\n'),
        replace(
          'events.csv',
          'src-rferl,Videos von Augenzeugen\n',
          'src-rferl,Videos von Augenzeugen,site\n',
        ),
      ),
    ).toEqual([
      'events.csv:3:location: the place gives no site-level position (a site needs coordinates, a city a city) (site)',
    ]);
  });
  it('reports an unknown value', () => {
    const problems = problemsAfter(
      replace('events.csv', 'sources,claimed_by_de\n', 'sources,claimed_by_de,location\n'),
      replace(
        'events.csv',
        'src-rferl,Videos von Augenzeugen\n',
        'src-rferl,Videos von Augenzeugen,street\n',
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^events\.csv:3:location: unknown value/);
  });
});
