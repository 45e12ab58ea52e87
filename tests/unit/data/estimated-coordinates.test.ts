// Issue 11: "Every coordinate comes from a named source; never guess a coordinate." A place
// whose coord_note marks its point as estimated is refused by the data check; without
// coordinates the same note is fine (the site stays city-level).
import { describe, expect, it } from 'vitest';
import { isEstimatedNote } from '../../../src/domain/validate/rules/estimated-position';
import { problemsAfter, replace } from './fixtures';

const AIRPORT = 'almaty_airport,airport,';
const SITE_ROW = (coords: string, note: string) =>
  `almaty_akimat,site,Akimat,Akimat,Акимат,${coords},KZ-AC,almaty,${note}\n${AIRPORT}`;

describe('estimated coordinates in places.csv', () => {
  it('refuses a site drawn at an estimated point', () => {
    const edit = replace(
      'places.csv',
      AIRPORT,
      SITE_ROW('76.9454,43.2363', 'ESTIMATED from written descriptions; verify before publication'),
    );
    expect(problemsAfter(edit)).toEqual([
      'places.csv:4:coord_note: coordinates marked as estimated: cite a named source (e.g. an OpenStreetMap or Wikidata id) or leave lon and lat empty so the place stays city-level (ESTIMATED from written descriptions; verify before publication)',
    ]);
  });

  it('refuses an approximate point for any kind of place, a city too', () => {
    const edit = replace('places.csv', ',Test coordinates.', ',Approximate centre.');
    expect(problemsAfter(edit)).toEqual([
      'places.csv:2:coord_note: coordinates marked as estimated: cite a named source (e.g. an OpenStreetMap or Wikidata id) or leave lon and lat empty so the place stays city-level (Approximate centre.)',
    ]);
  });

  it('accepts the same note on a site without coordinates (city-level)', () => {
    const edit = replace(
      'places.csv',
      AIRPORT,
      SITE_ROW(',', '"The earlier point was estimated; no coordinates, shown at the city point."'),
    );
    expect(problemsAfter(edit)).toEqual([]);
  });

  it('accepts a point from a named source', () => {
    const edit = replace(
      'places.csv',
      AIRPORT,
      SITE_ROW('76.9454,43.2363', 'OpenStreetMap way 123 (ODbL)'),
    );
    expect(problemsAfter(edit)).toEqual([]);
  });
});

describe('isEstimatedNote', () => {
  it.each([
    'ESTIMATED from written descriptions',
    'ESTIMATED (about ±400 m) from descriptions',
    'APPROXIMATE point near Republic Square',
    'approx. 200 m south of the monument',
    'guessed from a photo',
    'coord status: estimated, no gazetteer source',
  ])('flags %j', (note) => expect(isEstimatedNote(note)).toBe(true));

  it.each([
    undefined,
    '',
    'GeoNames point, confirmed by simplemaps within 2.4 km.',
    'OurAirports midpoint of runway 12R/30L',
    'Wikidata Q1234 (CC0)',
    'Administrative centre (Aktau), not a centroid; same point as the city row.',
  ])('does not flag %j', (note) => expect(isEstimatedNote(note)).toBe(false));
});
