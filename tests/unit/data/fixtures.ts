// Broken datasets as in-memory edits of tests/fixtures/valid: each case names only what it
// breaks, so a schema change means editing the valid fixture and nothing else.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDataDir } from '../../../scripts/read-data';
import { formatProblem, validateDataset } from '../../../src/domain/validate';
import { VALID_DIR } from './paths';

/** The valid fixture's files, file name → text. */
export const VALID: Readonly<Record<string, string>> = readDataDir(VALID_DIR);

/** One change to the valid fixture. */
export type Edit =
  /** Replace text that occurs exactly once in the file. */
  | { file: string; from: string; to: string }
  /** Give a file this content (a new file, or a whole replacement). */
  | { file: string; content: string }
  /** Leave the file out. */
  | { file: string; remove: true };

/** Returns an edit that replaces `from`, which must occur exactly once in `file`, by `to`. */
export const replace = (file: string, from: string, to: string): Edit => ({ file, from, to });

/** Returns an edit that sets a file's whole content. */
export const put = (file: string, content: string): Edit => ({ file, content });

/** Returns an edit that leaves a file out. */
export const remove = (file: string): Edit => ({ file, remove: true });

/** Returns the valid fixture's files with the edits applied, in order. */
export function edited(...edits: Edit[]): Record<string, string> {
  const files: Record<string, string> = { ...VALID };
  for (const e of edits) {
    if ('remove' in e) delete files[e.file];
    else if ('content' in e) files[e.file] = e.content;
    else {
      const text = files[e.file];
      if (text === undefined || text.split(e.from).length !== 2)
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
