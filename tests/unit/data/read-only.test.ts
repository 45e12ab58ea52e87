import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkDataDir } from '../../../scripts/read-data';
import { removeFixtures, replace, writeFixture } from './fixtures';
import { VALID_DIR } from './paths';

/** Every file below `dir`, with the SHA-256 of its content and its modification time. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else out[p] = `${createHash('sha256').update(readFileSync(p)).digest('hex')} ${st.mtimeMs}`;
    }
  };
  walk(dir);
  return out;
}

afterAll(removeFixtures);

it('never writes to a data folder, valid or broken', () => {
  const broken = writeFixture(replace('events.csv', ',protest,', ',riot,'));
  const dirs = [VALID_DIR, broken];
  const all = () => Object.assign({}, ...dirs.map(snapshot)) as Record<string, string>;
  const before = all();
  for (const dir of dirs) checkDataDir(dir);
  expect(all()).toEqual(before);
  expect(Object.keys(before).length).toBeGreaterThanOrEqual(8 * dirs.length);
});
