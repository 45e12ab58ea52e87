import { describe, expect, it } from 'vitest';
import { DATA_FILES, validateDataset } from '../../../src/domain/validate';
import { edited, problemsAfter, put, replace, type Edit } from './fixtures';

const EVENTS_RANGE = '2022-01-01T00:00+06:00 to 2022-01-20T00:00+06:00';

// One thing broken each, as an edit of tests/fixtures/valid.
const BAD_DATE = replace('sources.csv', '2022-01,kk', '07.01.2022,kk');
const CLOCK_MISMATCH = replace('events.csv', '2022-01-05T18:00+06:00,,evening', '2022-01-05T17:00+06:00,,evening');
const UNKNOWN_SOURCE = replace('events.csv', 'independent,src-rferl', 'independent,src-rferl;src-reuters');
const OVERLAP = replace('status.csv', '2022-01-06T00:00+06:00,afternoon', '2022-01-06T06:00+06:00,afternoon');
const UNKNOWN_RECORD = replace('corrections.csv', 'cl-troops-russia,', 'cl-troops-belarus,');
const NO_SOURCE = replace('claims.csv', 'unverified,src-tass,', 'unverified,,');
const STRAY_FILE = put('notes.csv', 'id,text\nn1,A stray spreadsheet export.\n');

const STRAY_FILE_MESSAGE =
  'notes.csv:0:-: unknown data file; expected one of sources.csv, places.csv, events.csv, claims.csv, status.csv, ' +
  'deployments.csv, deployment_sites.csv, corrections.csv';

/** Each case: the edits, and exactly the problem lines the check must report, in order. */
const CASES: Record<string, { edits: Edit[]; expected: string[] }> = {
  'unknown-column': {
    edits: [replace('sources.csv', 'via,note\n', 'via,notes\n')],
    expected: ['sources.csv:1:notes: unknown column (notes)'],
  },
  'missing-required-column': {
    edits: [
      replace('deployment_sites.csv', 'contested,claimed_by,sources', 'contested,sources'),
      replace('deployment_sites.csv', 'no,Russian Defence Ministry,src-tass', 'no,src-tass'),
    ],
    // Reported once at the header, not again on every row.
    expected: ['deployment_sites.csv:1:claimed_by: required column is missing from the header'],
  },
  'missing-required-value': {
    edits: [replace('events.csv', 'Eyewitness videos,eyewitness', ',eyewitness')],
    expected: ['events.csv:3:claimed_by: required value is missing'],
  },
  'bad-date': { edits: [BAD_DATE], expected: ['sources.csv:4:date: bad date; expected YYYY-MM-DD (07.01.2022)'] },
  'bad-time': {
    edits: [replace('events.csv', '2022-01-05T18:00+06:00,,evening', '2022-01-05 18:00,,evening')],
    expected: ['events.csv:3:start: bad time: not a time with offset like 2022-01-05T22:52+06:00 (2022-01-05 18:00)'],
  },
  'bad-offset': {
    edits: [replace('events.csv', '2022-01-05T22:52+06:00,,exact', '2022-01-05T22:52+25:00,,exact')],
    expected: ['events.csv:4:start: bad time: offset out of range (2022-01-05T22:52+25:00)'],
  },
  'precision-clock-mismatch': {
    edits: [CLOCK_MISMATCH],
    expected: [
      'events.csv:3:start: precision evening needs the clock time 18:00, the start of its span (2022-01-05T17:00+06:00)',
    ],
  },
  'time-outside-range': {
    edits: [replace('events.csv', '2022-01-05T18:00+06:00,,evening', '2022-01-25T18:00+06:00,,evening')],
    expected: [`events.csv:3:start: time is outside the covered range (${EVENTS_RANGE}) (2022-01-25T18:00+06:00)`],
  },
  'end-before-start': {
    edits: [replace('events.csv', '2022-01-04T16:00+05:00', '2022-01-04T09:00+05:00')],
    expected: ['events.csv:2:end: end is before start (2022-01-04T09:00+05:00)'],
  },
  'unknown-place': {
    edits: [replace('events.csv', 'evening,almaty,', 'evening,almaty_center,')],
    expected: ['events.csv:3:place: unknown place id (almaty_center)'],
  },
  'unknown-source': { edits: [UNKNOWN_SOURCE], expected: ['events.csv:2:sources: unknown source id (src-reuters)'] },
  'unknown-region': {
    edits: [replace('status.csv', 'emergency,KZ-AC', 'emergency,KZ-XX')],
    expected: ['status.csv:4:subject: unknown region code (KZ-XX)'],
  },
  'unknown-category': {
    edits: [replace('events.csv', ',protest,', ',riot,')],
    expected: [
      'events.csv:3:category: unknown value; expected one of protest, violence, casualties, arrests, government, ' +
        'security_forces, communications, international (riot)',
    ],
  },
  'unknown-verification': {
    edits: [replace('events.csv', 'state_media,contested,', 'state_media,confirmed,')],
    expected: [
      'events.csv:4:verification: unknown value; expected one of independent, official_claim, contested, unverified (confirmed)',
    ],
  },
  'duplicate-id': {
    edits: [replace('events.csv', 'ev-airport-entered,', 'ev-almaty-evening-clashes,')],
    expected: ['events.csv:4:id: duplicate id, first used in row 3 (ev-almaty-evening-clashes)'],
  },
  'coordinates-outside-map': {
    edits: [replace('places.csv', '51.1975,43.6481', '51.1975,61.5')],
    expected: ['places.csv:3:lat: coordinate is outside the map region (lat 34–60) (61.5)'],
  },
  'summary-missing-de': {
    edits: [replace('events.csv', ',Am Abend versammelten sich Menschenmengen im Zentrum von Almaty.,', ',,')],
    expected: ['events.csv:3:summary_de: summary is missing in German'],
  },
  'summary-missing-en': {
    edits: [replace('events.csv', ',A crowd entered the airport terminal.,', ',,')],
    expected: ['events.csv:4:summary_en: summary is missing in English'],
  },
  'claim-without-source': { edits: [NO_SOURCE], expected: ['claims.csv:3:sources: claim has no source'] },
  'troops-claim-without-contingent': {
    edits: [replace('claims.csv', 'almaty,russia,', 'almaty,,')],
    expected: ['claims.csv:3:contingent: required value is missing'],
  },
  'overlapping-status-intervals': {
    edits: [OVERLAP],
    expected: [
      'status.csv:3:from: interval overlaps st-airport-occupied (row 2) for site_control almaty_airport (2022-01-06T00:00+06:00)',
    ],
  },
  'unknown-correction-record': {
    edits: [UNKNOWN_RECORD],
    expected: ['corrections.csv:2:record: unknown event, claim or status id (cl-troops-belarus)'],
  },
  'csv-unclosed-quote': {
    edits: [replace('corrections.csv', 'zurückgenommen hatte."', 'zurückgenommen hatte.')],
    expected: ['corrections.csv:2:-: CSV syntax: quoted cell is never closed'],
  },
  'extra-cells': {
    edits: [
      replace(
        'events.csv',
        'unverified,src-rferl,Videos von Augenzeugen\n',
        'unverified,src-rferl,Videos von Augenzeugen,extra\n',
      ),
    ],
    expected: ['events.csv:3:-: row has more cells than the header (16 > 15)'],
  },
  'unknown-data-file': { edits: [STRAY_FILE], expected: [STRAY_FILE_MESSAGE] },
  'two-problems': {
    edits: [CLOCK_MISMATCH, NO_SOURCE],
    expected: [
      'events.csv:3:start: precision evening needs the clock time 18:00, the start of its span (2022-01-05T17:00+06:00)',
      'claims.csv:3:sources: claim has no source',
    ],
  },
};

/** Problems in five data files plus a stray file, written so that the validator finds them out of order. */
const SEVERAL = [BAD_DATE, UNKNOWN_SOURCE, CLOCK_MISMATCH, OVERLAP, UNKNOWN_RECORD, STRAY_FILE];
const SEVERAL_EXPECTED = [
  'sources.csv:4:date: bad date; expected YYYY-MM-DD (07.01.2022)',
  'events.csv:2:sources: unknown source id (src-reuters)',
  'events.csv:3:start: precision evening needs the clock time 18:00, the start of its span (2022-01-05T17:00+06:00)',
  'status.csv:3:from: interval overlaps st-airport-occupied (row 2) for site_control almaty_airport (2022-01-06T00:00+06:00)',
  'corrections.csv:2:record: unknown event, claim or status id (cl-troops-belarus)',
  STRAY_FILE_MESSAGE,
];

describe('broken datasets (edits of the valid fixture)', () => {
  it.each(Object.entries(CASES))('%s: reports exactly the expected problem lines', (_, { edits, expected }) => {
    expect(problemsAfter(...edits)).toEqual(expected);
  });

  it.each(Object.entries(CASES))('%s: yields no dataset', (_, { edits }) => {
    expect(validateDataset(edited(...edits)).dataset).toBeUndefined();
  });
});

describe('a dataset with several problems', () => {
  it('reports every problem in one run, not just the first', () => {
    expect(problemsAfter(...SEVERAL)).toEqual(SEVERAL_EXPECTED);
  });

  it('sorts problems by data-file order, then by row', () => {
    const { problems } = validateDataset(edited(...SEVERAL));
    const fileOrder = (f: string) => {
      const i = (DATA_FILES as string[]).indexOf(f);
      return i < 0 ? DATA_FILES.length : i;
    };
    const keys = problems.map((p) => [fileOrder(p.file), p.row] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    // Not trivially sorted: the validator detects the stray file first and the
    // cross-references (events row 2, corrections row 2) last, across five files.
    expect(new Set(problems.map((p) => p.file)).size).toBe(5);
  });
});
