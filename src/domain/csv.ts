/** A parsed CSV record with the spreadsheet row number it starts on (header = row 1). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

/** A syntax error at a row and, where known, a cell (1-based position in the record). */
export interface CsvError {
  row: number;
  column?: number;
  message: string;
}

export interface CsvParseResult {
  records: CsvRecord[];
  errors: CsvError[];
}

const QUOTE_INSIDE = 'quote inside an unquoted cell (wrap the cell in quotes and double the quote)';
const TEXT_AFTER_QUOTE = 'text after a closing quote';
const NEVER_CLOSED = 'quoted cell is never closed';

/**
 * Parses RFC 4180 CSV (UTF-8, optional BOM, CRLF or LF). Returns records and syntax errors.
 *
 * Empty lines are skipped (they still count as rows); a line holding only `""` is a record
 * with one empty cell, left to the caller's rule for empty rows. Errors are recovered so
 * that one mistake costs one message, at most one per cell:
 * - a quote inside an unquoted cell is kept as a character;
 * - a quoted cell that is never closed, or that spans a line break and is followed by text
 *   after its closing quote (its quote paired with the next row's opening quote), is
 *   reported at its row; its quote is then read as a character up to the end of that line,
 *   with no further errors for the row, and the following rows are read as usual.
 */
export function parseCsv(text: string): CsvParseResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const errors: CsvError[] = [];
  let cells: string[] = [];
  let cell = '';
  let i = 0;
  let row = 1;
  let quoted = false;
  let afterQuote = false;
  /** Whether the current record has a quoted cell (so `""` alone is a record, not an empty line). */
  let hadQuote = false;
  /** The opening quote of the current or last quoted cell, and whether it spans a line break. */
  let open: { at: number; cellsBefore: number } | undefined;
  let spansLines = false;
  /** The row whose further errors are not reported, after a never-closed quote. */
  let muted = 0;
  const reported = new Set<string>();

  const error = (message: string, column?: number) => {
    const key = `${row}:${column ?? cells.length + 1}`;
    if (row === muted || reported.has(key)) return;
    reported.add(key);
    errors.push(column === undefined ? { row, message } : { row, column, message });
  };

  const endRecord = () => {
    cells.push(cell);
    if (hadQuote || !(cells.length === 1 && cells[0] === '')) records.push({ row, cells });
    cells = [];
    cell = '';
    row += 1;
    afterQuote = false;
    hadQuote = false;
    open = undefined;
  };

  /** Re-reads the current cell from its opening quote, taking the quote as a character. */
  const neverClosed = () => {
    const { at, cellsBefore } = open!;
    error(NEVER_CLOSED);
    muted = row;
    cells.length = cellsBefore;
    cell = '"';
    i = at + 1;
    quoted = false;
    afterQuote = false;
    open = undefined;
  };

  while (i < src.length || quoted) {
    if (i >= src.length) {
      neverClosed();
      continue;
    }
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i += 1;
        continue;
      }
      if (ch === '\n' || ch === '\r') spansLines = true;
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === ',') {
      cells.push(cell);
      cell = '';
      afterQuote = false;
      i += 1;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else if (ch === '"' && cell === '' && !afterQuote) {
      quoted = true;
      hadQuote = true;
      open = { at: i, cellsBefore: cells.length };
      spansLines = false;
      i += 1;
    } else if (afterQuote && open && spansLines) {
      neverClosed();
    } else {
      if (ch === '"') error(QUOTE_INSIDE, cells.length + 1);
      else if (afterQuote) error(TEXT_AFTER_QUOTE, cells.length + 1);
      afterQuote = false;
      cell += ch;
      i += 1;
    }
  }
  if (cell !== '' || cells.length > 0 || hadQuote) endRecord();
  return { records, errors };
}
