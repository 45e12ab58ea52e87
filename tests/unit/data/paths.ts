import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of the project root (this file lives in tests/unit/data/). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Fixture folders as paths relative to the project root, so the expected messages read
 * exactly as `npm run data:check tests/fixtures/...` prints them. Vitest runs from the root.
 */
export const VALID_DIR = 'tests/fixtures/valid';
export const BROKEN_DIR = 'tests/fixtures/broken';

if (!existsSync(VALID_DIR)) {
  throw new Error(`run the data tests from the project root (${ROOT}); ${VALID_DIR} was not found from ${process.cwd()}`);
}
