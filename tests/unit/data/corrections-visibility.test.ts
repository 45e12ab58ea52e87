// The correction log (src/ui/corrections): the newsroom's own corrections of this dataset are
// shown at every slider time; corrections that are part of the story follow the slider.
import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../../scripts/read-data';
import { isNewsroomCorrection, visibleCorrections } from '../../../src/ui/corrections/visible';
import { almatyTime, RANGE_END, RANGE_START } from '../../../src/domain/time';

const withdrawn = { date: '2022-01-09', id: 'toll withdrawn' };
const revised = { date: '2022-03-14', id: 'toll revised in March' };
const newsroom = { date: '2026-12-01', id: 'newsroom correction' };
const all = [withdrawn, revised, newsroom];
const ids = (t: number) => visibleCorrections(all, t as never).map((c) => c.id);

describe('which corrections a reader sees', () => {
  it('shows a newsroom correction at every slider time, from the first hour on', () => {
    expect(ids(RANGE_START)).toEqual(['newsroom correction']);
    expect(ids(almatyTime('2022-01-05T11:00'))).toEqual(['newsroom correction']);
  });

  it('shows a correction of the story only once it was made', () => {
    expect(ids(almatyTime('2022-01-08T23:59'))).toEqual(['newsroom correction']);
    expect(ids(almatyTime('2022-01-09'))).toEqual(['toll withdrawn', 'newsroom correction']);
    expect(ids(RANGE_END)).toEqual(['toll withdrawn', 'newsroom correction']);
  });

  it('tells the two kinds apart by date: newsroom corrections lie after the covered period', () => {
    expect(isNewsroomCorrection(withdrawn)).toBe(false);
    expect(isNewsroomCorrection(revised)).toBe(false);
    expect(isNewsroomCorrection({ date: '2023-12-31' })).toBe(false);
    expect(isNewsroomCorrection({ date: '2024-01-01' })).toBe(true);
    expect(isNewsroomCorrection(newsroom)).toBe(true);
  });

  it('the corrections of times made to this dataset are newsroom corrections', () => {
    const ds = checkDataDir('data').dataset!;
    const newsroomRecords = ds.corrections.filter(isNewsroomCorrection).map((c) => c.record);
    expect(newsroomRecords).toContain('ev-0102-zhanaozen-road-blocked');
    expect(newsroomRecords).toContain('ev-0107-mir-tv-barricade');
  });
});
