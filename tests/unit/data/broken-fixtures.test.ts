import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../../scripts/read-data';
import { DATA_FILES } from '../../../src/domain/validate';
import { BROKEN_DIR } from './paths';

const at = (kind: string, problem: string) => `${BROKEN_DIR}/${kind}/${problem}`;

const EVENTS_RANGE = '2022-01-01T00:00+06:00 to 2022-01-20T00:00+06:00';

/**
 * Each fixture is tests/fixtures/valid with exactly one thing broken; checkDataDir must
 * report exactly these lines, in this order, and nothing else.
 */
const CASES: Record<string, string[]> = {
  'unknown-column': ['sources.csv:1:notes: unknown column (notes)'],
  'missing-required-column': [
    // Reported once at the header, not again on every row.
    'deployment_sites.csv:1:claimed_by: required column is missing from the header',
  ],
  'missing-required-value': ['events.csv:3:claimed_by: required value is missing'],
  'bad-date': ['sources.csv:4:date: bad date; expected YYYY-MM-DD (07.01.2022)'],
  'bad-time': ['events.csv:3:start: bad time: not a time with offset like 2022-01-05T22:52+06:00 (2022-01-05 18:00)'],
  'bad-offset': ['events.csv:4:start: bad time: offset out of range (2022-01-05T22:52+25:00)'],
  'precision-clock-mismatch': [
    'events.csv:3:start: precision evening needs the clock time 18:00, the start of its span (2022-01-05T17:00+06:00)',
  ],
  'time-outside-range': [`events.csv:3:start: time is outside the covered range (${EVENTS_RANGE}) (2022-01-25T18:00+06:00)`],
  'end-before-start': ['events.csv:2:end: end is before start (2022-01-04T09:00+05:00)'],
  'unknown-place': ['events.csv:3:place: unknown place id (almaty_center)'],
  'unknown-source': ['events.csv:2:sources: unknown source id (src-reuters)'],
  'unknown-region': ['status.csv:4:subject: unknown region code (KZ-XX)'],
  'unknown-category': [
    'events.csv:3:category: unknown value; expected one of protest, violence, casualties, arrests, government, ' +
      'security_forces, communications, international (riot)',
  ],
  'unknown-verification': [
    'events.csv:4:verification: unknown value; expected one of independent, official_claim, contested, unverified (confirmed)',
  ],
  'duplicate-id': ['events.csv:4:id: duplicate id, first used in row 3 (ev-almaty-evening-clashes)'],
  'coordinates-outside-map': ['places.csv:3:lat: coordinate is outside the map region (lat 34–60) (61.5)'],
  'summary-missing-de': ['events.csv:3:summary_de: summary is missing in German'],
  'summary-missing-en': ['events.csv:4:summary_en: summary is missing in English'],
  'claim-without-source': ['claims.csv:3:sources: claim has no source'],
  'troops-claim-without-contingent': ['claims.csv:3:contingent: required value is missing'],
  'overlapping-status-intervals': [
    'status.csv:3:from: interval overlaps st-airport-occupied (row 2) for site_control almaty_airport (2022-01-06T00:00+06:00)',
  ],
  'unknown-correction-record': ['corrections.csv:2:record: unknown event, claim or status id (cl-troops-belarus)'],
  'csv-unclosed-quote': ['corrections.csv:2:-: CSV syntax: quoted cell is never closed'],
  'extra-cells': ['events.csv:3:-: row has more cells than the header (15 > 14)'],
  'unknown-data-file': [
    'notes.csv:0:-: unknown data file; expected one of sources.csv, places.csv, events.csv, claims.csv, status.csv, ' +
      'deployments.csv, deployment_sites.csv, corrections.csv',
  ],
  'two-problems': [
    'events.csv:3:start: precision evening needs the clock time 18:00, the start of its span (2022-01-05T17:00+06:00)',
    'claims.csv:3:sources: claim has no source',
  ],
};

/** Problems in five data files plus a stray file, written so that the validator finds them out of order. */
const SEVERAL = 'several-problems';
const SEVERAL_EXPECTED = [
  'sources.csv:4:date: bad date; expected YYYY-MM-DD (07.01.2022)',
  'events.csv:2:sources: unknown source id (src-reuters)',
  'events.csv:3:start: precision evening needs the clock time 18:00, the start of its span (2022-01-05T17:00+06:00)',
  'status.csv:3:from: interval overlaps st-airport-occupied (row 2) for site_control almaty_airport (2022-01-06T00:00+06:00)',
  'corrections.csv:2:record: unknown event, claim or status id (cl-troops-belarus)',
  'notes.csv:0:-: unknown data file; expected one of sources.csv, places.csv, events.csv, claims.csv, status.csv, ' +
    'deployments.csv, deployment_sites.csv, corrections.csv',
];

describe('broken fixtures', () => {
  it.each(Object.entries(CASES))('%s: reports exactly the expected problem lines', (kind, expected) => {
    const { messages } = checkDataDir(join(BROKEN_DIR, kind));
    expect(messages).toEqual(expected.map((p) => at(kind, p)));
  });

  it.each(Object.keys(CASES))('%s: yields no dataset', (kind) => {
    expect(checkDataDir(join(BROKEN_DIR, kind)).dataset).toBeUndefined();
  });

  it('has a test case for every fixture folder', () => {
    const folders = readdirSync(BROKEN_DIR).sort();
    expect(folders).toEqual([...Object.keys(CASES), SEVERAL].sort());
  });
});

describe('a dataset with several problems', () => {
  it('reports every problem in one run, not just the first', () => {
    const { messages } = checkDataDir(join(BROKEN_DIR, SEVERAL));
    expect(messages).toEqual(SEVERAL_EXPECTED.map((p) => at(SEVERAL, p)));
  });

  it('sorts problems by data-file order, then by row', () => {
    const { problems } = checkDataDir(join(BROKEN_DIR, SEVERAL));
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
