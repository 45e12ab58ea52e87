import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { put, removeFixtures, replace, VALID, windows1252, writeFixture } from './fixtures';
import { ROOT, VALID_DIR } from './paths';

const TSX_CLI = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

/** Runs `tsx scripts/data-check.ts <dir>` from the project root and returns its exit code and output. */
function dataCheck(dir: string): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [TSX_CLI, 'scripts/data-check.ts', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, stdout, stderr: '' };
  } catch (err) {
    const e = err as { status?: number | null; stdout?: string; stderr?: string };
    if (typeof e.status !== 'number') throw err;
    return { status: e.status, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

afterAll(removeFixtures);

describe('npm run data:check', { timeout: 60_000 }, () => {
  const dir = writeFixture(
    replace('events.csv', '2022-01-05T18:00+06:00,,evening', '2022-01-05T17:00+06:00,,evening'),
    replace('claims.csv', 'unverified,src-tass,', 'unverified,,'),
  );

  it('exits 1 and prints every problem line on stderr for a broken folder', () => {
    const { status, stderr } = dataCheck(dir);
    expect(status).toBe(1);
    const lines = stderr.split(/\r?\n/);
    expect(lines).toContain(
      `${dir}/events.csv:3:start: precision evening needs the clock time 18:00, the start of its span (2022-01-05T17:00+06:00)`,
    );
    expect(lines).toContain(`${dir}/claims.csv:3:sources: claim has no source`);
    expect(lines).toContain(`2 problems in ${dir}/`);
  });

  it('exits 0 and reports the counts for the valid fixture', () => {
    const { status, stdout } = dataCheck(VALID_DIR);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(
      `${VALID_DIR}/ is valid: 3 events at 3 places, 2 claims, 3 status intervals, 1 contingents, 3 sources, 3 places.`,
    );
  });

  it('refuses a Windows-1252 file read from disk (it is not read as UTF-8 with replacement characters)', () => {
    const cp1252 = writeFixture(put('events.csv', windows1252(VALID['events.csv']!)));
    const { status, stderr } = dataCheck(cp1252);
    expect(status).toBe(1);
    expect(stderr).toContain(`${cp1252}/events.csv:2:summary_de: not UTF-8 (looks like Windows-1252; save as "CSV UTF-8")`);
  });

  it('says which empty rows it skipped', () => {
    const cleared = writeFixture(put('claims.csv', `${VALID['claims.csv']!},,,,,,,,\n`));
    const { status, stdout } = dataCheck(cleared);
    expect(status).toBe(0);
    expect(stdout).toContain(`Skipped 1 empty row: ${cleared}/claims.csv:4`);
  });

  it.each(['wrongpath', 'package.json'])('prints one readable line and exits 2 for %s, which is no data folder', (path) => {
    const { status, stdout, stderr } = dataCheck(path);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      `data:check: no data folder at ${path} (give a folder of CSV files, e.g. npm run data:check -- data)`,
    ]);
  });
});
