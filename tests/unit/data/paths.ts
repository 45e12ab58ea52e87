import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of the project root (this file lives in tests/unit/data/). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The valid fixture folder relative to the project root, so the expected messages read
 * exactly as `npm run data:check tests/fixtures/valid` prints them. Vitest runs from the root.
 * Broken datasets are edits of it, made in memory (./fixtures.ts).
 */
export const VALID_DIR = 'tests/fixtures/valid';

if (!existsSync(VALID_DIR)) {
  throw new Error(`run the data tests from the project root (${ROOT}); ${VALID_DIR} was not found from ${process.cwd()}`);
}
