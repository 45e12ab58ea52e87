// Regression tests for validator bugs found while writing the data tests. Each test states
// a rule from data/README.md; each case edits one cell of the valid fixture in memory.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../../src/domain/validate';
import { edited, replace, VALID } from './fixtures';

/** Validates the valid fixture with one text replacement in one file. */
const withEdit = (file: string, from: string, to: string) => validateDataset(edited(replace(file, from, to))).problems;

describe('validator regressions', () => {
  it('rejects a calendar date that does not exist (sources.csv date 2022-02-30)', () => {
    // Row.date checks Date.parse, which in V8 rolls 2022-02-30 over to 2022-03-02 instead of failing.
    const problems = withEdit('sources.csv', 'witnesses say (test fixture)",2022-01-04,', 'witnesses say (test fixture)",2022-02-30,');
    expect(problems.map(formatProblem)).toEqual(['sources.csv:3:date: bad date; expected YYYY-MM-DD (2022-02-30)']);
  });

  it('rejects a correction dated 2022-04-31', () => {
    const problems = withEdit('corrections.csv', 'cl-troops-russia,2022-01-08,', 'cl-troops-russia,2022-04-31,');
    expect(problems.map(formatProblem)).toEqual(['corrections.csv:2:date: bad date; expected YYYY-MM-DD (2022-04-31)']);
  });

  it('rejects a claim dated 1 January 2024 (claims may be dated up to 2023-12-31)', () => {
    // CLAIMS_END is 2024-01-01T00:00+06:00 and Row.inRange only rejects t > CLAIMS_END.
    const problems = withEdit('claims.csv', '3000,,about,2022-01-06T00:00+06:00,day,', '3000,,about,2024-01-01T00:00+06:00,day,');
    expect(problems.map(formatProblem)).toEqual([
      'claims.csv:3:as_of: time is outside the covered range (2022-01-01 to 2023-12-31) (2024-01-01T00:00+06:00)',
    ]);
  });

  it('rejects a negative claim value (value is digits only)', () => {
    // Row.number accepts a leading minus sign; claims.value reuses it unchanged.
    const problems = withEdit('claims.csv', ',troops,3000,', ',troops,-3000,');
    expect(problems).toContainEqual(expect.objectContaining({ file: 'claims.csv', row: 3, column: 'value' }));
  });

  it('rejects a fractional claim value (value is digits only)', () => {
    const problems = withEdit('claims.csv', ',troops,3000,', ',troops,2.5,');
    expect(problems).toContainEqual(expect.objectContaining({ file: 'claims.csv', row: 3, column: 'value' }));
  });

  it('reports an interval that overlaps an earlier open-ended one, not only its direct predecessor', () => {
    // checkOverlaps compares each interval with the previous one only: occupied (row 2, open-ended)
    // overlaps both retaken (row 3) and guarded (row 5), but only row 3 is reported.
    const guarded =
      'st-airport-guarded,site_control,almaty_airport,guarded,2022-01-07T00:00+06:00,,2022-01-13T00:00+06:00,day,' +
      'Russian Defence Ministry,russian_mod,official_claim,src-tass,,,Russisches Verteidigungsministerium\n';
    const status = VALID['status.csv']!.replace(
      '2022-01-05T22:52+06:00,2022-01-06T00:00+06:00,afternoon',
      '2022-01-05T22:52+06:00,,afternoon',
    );
    const problems = validateDataset({ ...VALID, 'status.csv': status + guarded }).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'status.csv',
        row: 5,
        column: 'from',
        message: expect.stringContaining('st-airport-occupied') as unknown,
      }),
    );
  });

  it('rejects an id shared by an event and a claim (corrections refer to records by id alone)', () => {
    const problems = withEdit('claims.csv', 'cl-deaths-aktau-range,', 'ev-airport-entered,');
    expect(problems.map(formatProblem)).toEqual(['claims.csv:2:id: id is already used in events.csv (ev-airport-entered)']);
  });

  it('reports a bad cell once, without "unknown id" follow-ups where the row is cited', () => {
    const problems = withEdit('sources.csv', 'src-rferl,RFE/RL,', 'src-rferl,,');
    expect(problems.map(formatProblem)).toEqual(['sources.csv:3:publisher: required value is missing']);
  });

  it('rejects times with seconds or Z (data times are to the minute with an explicit offset)', () => {
    const problems = withEdit('events.csv', '2022-01-05T22:52+06:00,', '2022-01-05T16:52:00Z,');
    expect(problems.map(formatProblem)).toEqual([
      'events.csv:4:start: bad time: not a time with offset like 2022-01-05T22:52+06:00 (2022-01-05T16:52:00Z)',
    ]);
  });

  describe('the end of the covered range, 20 Jan 00:00 Almaty time', () => {
    const RANGE = '2022-01-01T00:00+06:00 to 2022-01-20T00:00+06:00';
    const startAt = (t: string) => withEdit('events.csv', '2022-01-05T22:52+06:00,,exact', `${t},,exact`);

    it('rejects an event that starts exactly at 20 Jan 00:00 (the slider ends there)', () => {
      expect(startAt('2022-01-20T00:00+06:00').map(formatProblem)).toEqual([
        `events.csv:4:start: time is outside the covered range (${RANGE}) (2022-01-20T00:00+06:00)`,
      ]);
    });

    it('rejects the same instant written in western time (19 Jan 23:00+05:00)', () => {
      expect(startAt('2022-01-19T23:00+05:00').map(formatProblem)).toEqual([
        `events.csv:4:start: time is outside the covered range (${RANGE}) (2022-01-19T23:00+05:00)`,
      ]);
    });

    it('accepts an event one minute earlier, at 19 Jan 23:59', () => {
      expect(startAt('2022-01-19T23:59+06:00')).toEqual([]);
    });

    it('accepts an event that ends exactly at 20 Jan 00:00', () => {
      expect(withEdit('events.csv', '2022-01-05T18:00+06:00,,evening', '2022-01-05T18:00+06:00,2022-01-20T00:00+06:00,evening')).toEqual([]);
    });
  });
});
