// What spreadsheets and editors do to the CSV files, and what the data check makes of it
// (issues 9 and 14). Each case is an edit of the valid fixture, made in memory.
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/domain/validate';
import { edited, problemsAfter, replace, VALID, type Edit } from './fixtures';

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

  it('does not list empty lines (nothing there to skip)', () => {
    expect(validateDataset(edited(append('claims.csv', '\n\n'))).skippedRows).toEqual([]);
  });
});
