// Broken datasets as in-memory edits of tests/fixtures/valid: each case names only what it
// breaks, so a schema change means editing the valid fixture and nothing else.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDataDir } from '../../../scripts/read-data';
import { parseCsv } from '../../../src/domain/csv';
import { formatProblem, validateDataset } from '../../../src/domain/validate';
import { VALID_DIR } from './paths';

/** The valid fixture's files, file name → text. */
export const VALID: Readonly<Record<string, string>> = readDataDir(VALID_DIR);

/** One change to the valid fixture. */
export type Edit =
  /** Replace text that occurs exactly once in the file. */
  | { file: string; from: string; to: string }
  /** Give a file this content (a new file, or a whole replacement); bytes for encodings. */
  | { file: string; content: string | Uint8Array }
  /** Leave the file out. */
  | { file: string; remove: true };

/** Returns an edit that replaces `from`, which must occur exactly once in `file`, by `to`. */
export const replace = (file: string, from: string, to: string): Edit => ({ file, from, to });

/** Returns an edit that sets a file's whole content. */
export const put = (file: string, content: string | Uint8Array): Edit => ({ file, content });

/** Returns an edit that leaves a file out. */
export const remove = (file: string): Edit => ({ file, remove: true });

/** Returns the valid fixture's files with the edits applied, in order. */
export function edited(...edits: Edit[]): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = { ...VALID };
  for (const e of edits) {
    if ('remove' in e) delete files[e.file];
    else if ('content' in e) files[e.file] = e.content;
    else {
      const text = files[e.file];
      if (typeof text !== 'string' || text.split(e.from).length !== 2)
        throw new Error(`fixture edit: ${JSON.stringify(e.from)} must occur once in ${e.file}`);
      files[e.file] = text.replace(e.from, () => e.to);
    }
  }
  return files;
}

/** Validates the valid fixture with the edits applied; returns the problem lines. */
export function problemsAfter(...edits: Edit[]): string[] {
  return validateDataset(edited(...edits)).problems.map(formatProblem);
}

const written: string[] = [];

/**
 * Writes the edited fixture to a new temporary folder (for the tests that need files on
 * disk: the CLI and the build); returns the folder. `removeFixtures` deletes them.
 */
export function writeFixture(...edits: Edit[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'qantar-fixture-'));
  written.push(dir);
  for (const [name, content] of Object.entries(edited(...edits))) writeFileSync(join(dir, name), content);
  return dir;
}

/** Deletes every folder written by writeFixture (call it in afterAll). */
export function removeFixtures(): void {
  for (const dir of written.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Returns the text as UTF-8 bytes, optionally with a byte order mark. */
export function utf8(text: string, bom = false): Uint8Array {
  return new TextEncoder().encode(bom ? `\uFEFF${text}` : text);
}

/** Windows-1252 bytes of the few characters outside Latin-1 that the fixtures use. */
const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '…': 0x85, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

/**
 * Returns the text as Excel's "CSV (Comma delimited)" writes it on a Western Windows:
 * Windows-1252, with "?" for every character the encoding lacks (Cyrillic, for example).
 */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const c = ch.codePointAt(0)!;
    return CP1252_EXTRA[ch] ?? (c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : 0x3f);
  });
}

/** Returns the text as UTF-16 bytes in the given byte order, optionally with a byte order mark. */
export function utf16(text: string, order: 'LE' | 'BE', bom: boolean): Uint8Array {
  const src = bom ? `\uFEFF${text}` : text;
  const out = new Uint8Array(src.length * 2);
  for (let i = 0; i < src.length; i += 1) {
    const u = src.charCodeAt(i);
    out[2 * i + (order === 'LE' ? 0 : 1)] = u & 0xff;
    out[2 * i + (order === 'LE' ? 1 : 0)] = u >> 8;
  }
  return out;
}

/** Writes rows as CSV with the given separator, quoting cells as needed. */
function toCsv(rows: readonly (readonly string[])[], separator = ','): string {
  const cell = (v: string) =>
    v.includes(separator) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  return rows.map((r) => r.map(cell).join(separator)).join('\n') + '\n';
}

/** Returns the CSV text with another separator, as other exports write it. */
export function withSeparator(text: string, separator: string): string {
  return toCsv(
    parseCsv(text).records.map((r) => r.cells),
    separator,
  );
}

/** Returns an edit that removes a column (header and every row) from a fixture file. */
export function dropColumn(file: string, column: string): Edit {
  const records = parseCsv(VALID[file]!).records;
  const i = records[0]!.cells.indexOf(column);
  if (i < 0) throw new Error(`fixture edit: ${file} has no column ${column}`);
  return put(file, toCsv(records.map((r) => r.cells.filter((_, j) => j !== i))));
}
