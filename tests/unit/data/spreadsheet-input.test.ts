// What spreadsheets and editors do to the CSV files, and what the data check makes of it
// (issues 9 and 14). Each case is an edit of the valid fixture, made in memory.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ID_MAX_LENGTH, ID_PATTERN } from '../../../src/domain/ids';
import { validateDataset } from '../../../src/domain/validate';
import { MAX_CELL_LENGTH } from '../../../src/domain/validate/limits';
import { parseUrlState } from '../../../src/embed/url-state';
import {
  dropColumn,
  edited,
  problemsAfter,
  put,
  replace,
  utf16,
  utf8,
  VALID,
  windows1252,
  withSeparator,
  type Edit,
} from './fixtures';

/** Appends lines to the end of a fixture file. */
const append = (file: string, lines: string): Edit => ({
  file,
  content: VALID[file]! + lines,
});

describe('CSV recovery: one mistake, one message', () => {
  it('reports a stray quote in an unquoted cell once, at its row and column', () => {
    expect(problemsAfter(replace('events.csv', 'Crowds gathered', 'Crowds "gathered'))).toEqual([
      'events.csv:3:summary_en: CSV syntax: quote inside an unquoted cell (wrap the cell in quotes and double the quote)',
    ]);
  });

  it('reads the rows after a stray quote: they are still checked', () => {
    expect(
      problemsAfter(
        replace('events.csv', 'Crowds gathered', 'Crowds "gathered'),
        replace('events.csv', 'state_media,contested,', 'state_media,confirmed,'),
      ),
    ).toEqual([
      'events.csv:3:summary_en: CSV syntax: quote inside an unquoted cell (wrap the cell in quotes and double the quote)',
      'events.csv:4:verification: unknown value; expected one of independent, official_claim, contested, unverified (confirmed)',
    ]);
  });

  it('reports an unclosed quote once, at its row, even when a later row has quotes', () => {
    // sources.csv row 3 has a quoted title: without recovery the open quote of row 2 pairs
    // with it and every row after is read with its quotes inverted.
    expect(problemsAfter(replace('sources.csv', 'TASS,Protesters', 'TASS,"Protesters'))).toEqual([
      'sources.csv:2:-: CSV syntax: quoted cell is never closed',
    ]);
  });

  it('reports an unclosed quote once when it would run to the end of the file', () => {
    expect(problemsAfter(replace('events.csv', 'aufzulösen."', 'aufzulösen.'))).toEqual([
      'events.csv:2:-: CSV syntax: quoted cell is never closed',
    ]);
  });
});

describe('empty rows', () => {
  const cases: [string, string][] = [
    ['a cleared Excel row', ',,,,,,,,,,,,,\n'],
    ['a cleared row with CRLF', ',,,,,,,,,,,,,\r\n'],
    ['a line of spaces', '     \n'],
    ['a row of blank cells', ' , ,\t,  \n'],
    ['a row that is a lone ""', '""\n'],
    ['a row of empty quoted cells', '"","",""\n'],
  ];

  it.each(cases)('skips %s in the middle of a file, and lists it', (_, line) => {
    const events = VALID['events.csv']!.replace('\nev-airport-entered', `\n${line}ev-airport-entered`);
    const result = validateDataset(edited({ file: 'events.csv', content: events }));
    expect(result.problems).toEqual([]);
    expect(result.skippedRows).toEqual([{ file: 'events.csv', row: 4 }]);
    expect(result.dataset?.events.map((e) => e.id)).toContain('ev-airport-entered');
  });

  it('skips empty rows at the end of a file (Excel keeps cleared rows there)', () => {
    const result = validateDataset(edited(append('claims.csv', ',,,,\n,,,,,,,,\n')));
    expect(result.problems).toEqual([]);
    expect(result.skippedRows).toEqual([
      { file: 'claims.csv', row: 4 },
      { file: 'claims.csv', row: 5 },
    ]);
  });

  it('accepts blank lines and does not list them (nothing there to skip)', () => {
    const result = validateDataset(edited(append('claims.csv', '\n\n')));
    expect(result.problems).toEqual([]);
    expect(result.skippedRows).toEqual([]);
  });
});

describe('encodings', () => {
  const NOT_UTF8_1252 = 'not UTF-8 (looks like Windows-1252; save as "CSV UTF-8")';

  it('accepts every file with a byte order mark and CRLF line endings (Excel\'s "CSV UTF-8")', () => {
    const excel = Object.entries(VALID).map(([file, text]) => put(file, utf8(text.replace(/\n/g, '\r\n'), true)));
    const result = validateDataset(edited(...excel));
    expect(result.problems).toEqual([]);
    expect(result.dataset).toEqual(validateDataset(VALID).dataset);
  });

  it('refuses a Windows-1252 file, naming the first bad row and column', () => {
    // Excel's "CSV (Comma delimited)" on Windows: ü in "Schüsse" is byte 0xFC.
    expect(problemsAfter(put('events.csv', windows1252(VALID['events.csv']!)))).toEqual([
      `events.csv:2:summary_de: ${NOT_UTF8_1252} (…Polizei in Aktau Sch\uFFFDsse ab, um eine Kun…)`,
    ]);
  });

  it('refuses a Windows-1252 file whose Cyrillic became "???" (valid ASCII), once per file', () => {
    expect(problemsAfter(put('places.csv', windows1252(VALID['places.csv']!)))).toEqual([
      'places.csv:2:name_ru: has "???" where a spreadsheet dropped characters its encoding lacks (e.g. Cyrillic); ' +
        'save the original as "CSV UTF-8" (??????)',
    ]);
  });

  it('refuses raw 0xFF bytes', () => {
    const [before, after] = VALID['events.csv']!.split('Crowds gathered');
    const bytes = new Uint8Array([...utf8(before!), 0xff, 0xff, ...utf8(`Crowds gathered${after!}`)]);
    expect(problemsAfter(put('events.csv', bytes))).toEqual([
      'events.csv:3:summary_en: not UTF-8 (save as "CSV UTF-8") (\uFFFD\uFFFDCrowds gathered in…)',
    ]);
  });

  it.each([
    ['UTF-16 LE with a byte order mark (Excel\'s "Unicode Text")', 'LE', true],
    ['UTF-16 LE without a byte order mark', 'LE', false],
    ['UTF-16 BE with a byte order mark', 'BE', true],
    ['UTF-16 BE without a byte order mark', 'BE', false],
  ] as const)('refuses %s with one message', (_, order, bom) => {
    expect(problemsAfter(put('events.csv', utf16(VALID['events.csv']!, order, bom)))).toEqual([
      `events.csv:0:-: file is UTF-16 ${order} (Excel's "Unicode Text"), not UTF-8; save as "CSV UTF-8" (Comma delimited)`,
    ]);
  });
});

describe('separators', () => {
  // events.csv is cited by claims.csv (event ids): one message for the file, no follow-ups.
  it('refuses a semicolon-separated file (German Excel) with one message naming the separator', () => {
    expect(problemsAfter(put('events.csv', withSeparator(VALID['events.csv']!, ';')))).toEqual([
      'events.csv:1:-: columns are separated by semicolons, not commas (Excel with German or other European ' +
        'settings); save with commas, see data/README.md, "Saving from a spreadsheet"',
    ]);
  });

  it('refuses a tab-separated file with one message naming the separator', () => {
    expect(problemsAfter(put('events.csv', withSeparator(VALID['events.csv']!, '\t')))).toEqual([
      'events.csv:1:-: columns are separated by tabs, not commas (a "Text (Tab delimited)" export); ' +
        'save as "CSV UTF-8" (Comma delimited)',
    ]);
  });

  it('refuses a semicolon file of sources once, without an "unknown source" for every citing row', () => {
    expect(problemsAfter(put('sources.csv', withSeparator(VALID['sources.csv']!, ';')))).toHaveLength(1);
  });
});

describe('a missing column is reported once, at the header', () => {
  it.each([
    ['summary_de', 'events.csv'],
    ['summary_en', 'events.csv'],
    ['sources', 'events.csv'],
    ['what_de', 'corrections.csv'],
    ['name_de', 'deployments.csv'],
    ['claimed_by', 'claims.csv'],
  ])('%s in %s', (column, file) => {
    expect(problemsAfter(dropColumn(file, column))).toEqual([
      `${file}:1:${column}: required column is missing from the header`,
    ]);
  });

  it('id in events.csv, without an "unknown event id" where claims cite events', () => {
    expect(problemsAfter(dropColumn('events.csv', 'id'))).toEqual([
      'events.csv:1:id: required column is missing from the header',
    ]);
  });

  it('a missing file, without an "unknown place id" for every row that cites a place', () => {
    expect(problemsAfter({ file: 'places.csv', remove: true })).toEqual(['places.csv:0:-: data file is missing']);
  });
});

describe('limits on ids and cells', () => {
  const ID = 'ev-airport-entered';
  const withId = (id: string) => replace('events.csv', `${ID},`, `${id},`);

  it(`accepts an id of ${ID_MAX_LENGTH} characters, which a link can carry`, () => {
    const id = `ev-${'a'.repeat(ID_MAX_LENGTH - 3)}`;
    expect(problemsAfter(withId(id))).toEqual([]);
    expect(parseUrlState(`?event=${id}`).event).toBe(id);
  });

  it(`refuses an id of ${ID_MAX_LENGTH + 1} characters, which a link would drop`, () => {
    const id = `ev-${'a'.repeat(ID_MAX_LENGTH - 2)}`;
    expect(problemsAfter(withId(id))).toEqual([
      `events.csv:4:id: id is longer than ${ID_MAX_LENGTH} characters (${ID_MAX_LENGTH + 1}: ev-aaaaaaaaaaaaaaaaaaaaa…)`,
    ]);
    expect(parseUrlState(`?event=${id}`).event).toBeUndefined();
  });

  it('documents the limits data/README.md states', () => {
    const readme = readFileSync('data/README.md', 'utf8');
    expect(readme).toContain(`at most ${ID_MAX_LENGTH} characters`);
    expect(readme).toContain(`**Cell size**: at most ${MAX_CELL_LENGTH} characters`);
  });

  it('uses one limit for the data and for links', () => {
    expect(ID_PATTERN.test('a'.repeat(ID_MAX_LENGTH))).toBe(true);
    expect(ID_PATTERN.test('a'.repeat(ID_MAX_LENGTH + 1))).toBe(false);
  });

  it.each([
    ['a right-to-left override', '\u202E'],
    ['a left-to-right mark', '\u200E'],
    ['a zero-width space', '\u200B'],
    ['a control character', '\u0007'],
  ])('refuses an id with %s, once', (_, ch) => {
    const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    expect(problemsAfter(withId(`ev-airport${ch}entered`))).toEqual([
      `events.csv:4:id: contains a control, bidi or invisible character; delete it (${code})`,
    ]);
  });

  it('refuses a bidi override in a text cell (it reorders what readers see)', () => {
    expect(problemsAfter(replace('events.csv', 'Crowds gathered', 'Crowds \u202Egathered'))).toEqual([
      'events.csv:3:summary_en: contains a control, bidi or invisible character; delete it (U+202E)',
    ]);
  });

  it('accepts a tab and a line break inside a quoted cell', () => {
    const cell = '"Crowds\tgathered\nin central Almaty."';
    expect(problemsAfter(replace('events.csv', 'Crowds gathered in central Almaty in the evening.', cell))).toEqual([]);
  });

  it('refuses a cell longer than 2000 characters', () => {
    const long = `Crowds gathered ${'x'.repeat(2000 - 'Crowds gathered '.length + 1)}`;
    expect(problemsAfter(replace('events.csv', 'Crowds gathered in central Almaty in the evening.', long))).toEqual([
      'events.csv:3:summary_en: cell is longer than 2000 characters (2001)',
    ]);
  });
});
