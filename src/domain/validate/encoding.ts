// Turns a data file's bytes into text, or into one problem that says what the file is and how
// to save it correctly. Spreadsheets write CSV in many encodings; only UTF-8 is read, with
// or without a byte order mark (issue 14).
import { parseCsv } from '../csv';
import { problem, type Problem } from './problem';

export const SAVE_AS_UTF8 = 'save as "CSV UTF-8"';

/** Windows-1252 leaves these five bytes undefined: a file using them is not Windows-1252. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Returns 'LE' or 'BE' when the bytes are UTF-16 (by byte order mark, or by their zero bytes). */
function utf16Order(bytes: Uint8Array): 'LE' | 'BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'BE';
  // Without a mark: text in UTF-16 has a zero byte beside nearly every ASCII character.
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven += 1;
    if (bytes[i + 1] === 0) zeroOdd += 1;
  }
  const half = n / 2;
  if (zeroOdd > half * 0.3 && zeroEven < half * 0.05) return 'LE';
  if (zeroEven > half * 0.3 && zeroOdd < half * 0.05) return 'BE';
  return undefined;
}

/** Whether the bytes hold a two-byte UTF-8 sequence (Latin letters with accents, Cyrillic). */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i += 1)
    if (bytes[i]! >= 0xc2 && bytes[i]! <= 0xdf && bytes[i + 1]! >= 0x80 && bytes[i + 1]! <= 0xbf)
      return true;
  return false;
}

/** Returns where the first character that is not UTF-8 sits, by row and header column. */
function firstBadCell(bytes: Uint8Array): { row: number; column: string; found: string } {
  // Decoding leniently puts U+FFFD where the bytes are not UTF-8; the CSV parser then says
  // which row and cell it falls in.
  const { records } = parseCsv(new TextDecoder('utf-8').decode(bytes));
  const header = records[0]?.cells.map((c) => c.trim()) ?? [];
  for (const rec of records) {
    const i = rec.cells.findIndex((c) => c.includes('\uFFFD'));
    if (i < 0) continue;
    const cell = rec.cells[i]!;
    const at = cell.indexOf('\uFFFD');
    const start = Math.max(0, at - 20);
    const found = `${start > 0 ? '…' : ''}${cell.slice(start, at + 20).trim()}${at + 20 < cell.length ? '…' : ''}`;
    return { row: rec.row, column: (rec.row === 1 ? undefined : header[i]) || `#${i + 1}`, found };
  }
  return { row: 1, column: '-', found: '' };
}

/**
 * Returns the file's text, or the one problem that keeps it from being read: UTF-16, or
 * bytes that are not UTF-8 (named at the first bad row and column).
 */
export function decodeDataFile(
  file: string,
  bytes: Uint8Array,
): { text: string } | { problem: Problem } {
  const order = utf16Order(bytes);
  if (order)
    return {
      problem: problem(
        file,
        0,
        '-',
        `file is UTF-16 ${order} (Excel's "Unicode Text"), not UTF-8; ${SAVE_AS_UTF8} (Comma delimited)`,
      ),
    };
  try {
    // The BOM stays in the text (the CSV parser drops it), so the text is the file unchanged.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    // Windows-1252 text: no zero bytes, no byte 1252 leaves undefined, some letters (À–ý)
    // above ASCII, and no valid UTF-8 sequence (that would be UTF-8 with stray bytes).
    const looks1252 =
      bytes.every((b) => b !== 0 && !UNDEFINED_IN_1252.has(b)) &&
      bytes.some((b) => b >= 0xc0 && b <= 0xfd) &&
      !hasUtf8Sequence(bytes);
    const where = firstBadCell(bytes);
    return {
      problem: problem(
        file,
        where.row,
        where.column,
        `not UTF-8 (${looks1252 ? 'looks like Windows-1252; ' : ''}${SAVE_AS_UTF8})`,
        where.found,
      ),
    };
  }
}

/**
 * Returns one problem when the header shows the file is separated by semicolons or tabs
 * (German Excel's CSV, a tab-separated export) instead of commas.
 */
export function separatorProblem(
  file: string,
  headerCells: readonly string[],
): Problem | undefined {
  if (headerCells.length !== 1) return undefined;
  const line = headerCells[0]!;
  const semicolons = line.split(';').length - 1;
  const tabs = line.split('\t').length - 1;
  if (semicolons === 0 && tabs === 0) return undefined;
  const message =
    semicolons >= tabs
      ? 'columns are separated by semicolons, not commas (Excel with German or other European settings); ' +
        'save with commas, see data/README.md, "Saving from a spreadsheet"'
      : 'columns are separated by tabs, not commas (a "Text (Tab delimited)" export); ' +
        `${SAVE_AS_UTF8} (Comma delimited)`;
  return problem(file, 1, '-', message);
}
