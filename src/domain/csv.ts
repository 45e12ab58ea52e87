/** A parsed CSV record with the spreadsheet row number it starts on (header = row 1). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export interface CsvParseResult {
  records: CsvRecord[];
  errors: { row: number; message: string }[];
}

/** Parses RFC 4180 CSV (UTF-8, optional BOM, CRLF or LF). Returns records and syntax errors. */
export function parseCsv(text: string): CsvParseResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const errors: { row: number; message: string }[] = [];
  let cells: string[] = [];
  let cell = '';
  let i = 0;
  let row = 1;
  let quoted = false;
  let afterQuote = false;

  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ row, cells });
    cells = [];
    cell = '';
    row += 1;
    afterQuote = false;
  };

  while (i < src.length) {
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
    } else if (ch === '"') {
      if (cell !== '' || afterQuote) {
        errors.push({
          row,
          message: 'quote inside an unquoted cell (wrap the cell in quotes and double the quote)',
        });
      }
      quoted = true;
      i += 1;
    } else {
      if (afterQuote) {
        errors.push({ row, message: 'text after a closing quote' });
        afterQuote = false;
      }
      cell += ch;
      i += 1;
    }
  }
  if (quoted) errors.push({ row, message: 'quoted cell is never closed' });
  if (cell !== '' || cells.length > 0) endRecord();
  return { records, errors };
}

function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** Serialises rows to RFC 4180 CSV with CRLF line endings, quoting only where needed. */
export function serializeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quoteCell).join(',')).join('\r\n') + '\r\n';
}
