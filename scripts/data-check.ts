// `npm run data:check [folder]`: validates the dataset and prints every problem as
// file:row:column: what is wrong (what was found). Exits 1 on any problem, 2 when the folder
// cannot be read. Never writes.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataDir } from './read-data';

const dir = process.argv[2] ?? 'data';

/** Stops with one readable line (no stack trace) and exit code 2. */
function usageError(message: string): never {
  console.error(`data:check: ${message}`);
  process.exit(2);
}

let result: ReturnType<typeof checkDataDir>;
try {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
    usageError(
      `no data folder at ${dir} (give a folder of CSV files, e.g. npm run data:check -- data)`,
    );
  result = checkDataDir(dir);
} catch (err) {
  usageError(`cannot read ${dir}: ${err instanceof Error ? err.message : String(err)}`);
}
const { messages, dataset, skippedRows } = result;
// Empty rows are skipped by rule, never silently: say which.
const skipped =
  skippedRows.length === 0
    ? ''
    : `\nSkipped ${skippedRows.length} empty row${skippedRows.length === 1 ? '' : 's'}: ` +
      skippedRows.map((r) => `${join(dir, r.file)}:${r.row}`).join(', ');
if (messages.length > 0 || !dataset) {
  for (const m of messages) console.error(m);
  console.error(
    `\n${messages.length} problem${messages.length === 1 ? '' : 's'} in ${dir}/${skipped}`,
  );
  process.exit(1);
}
const placesUsed = new Set(dataset.events.map((e) => e.place)).size;
console.log(
  `${dir}/ is valid: ${dataset.events.length} events at ${placesUsed} places, ${dataset.claims.length} claims, ` +
    `${dataset.status.length} status intervals, ${dataset.deployments.length} contingents, ` +
    `${dataset.sources.length} sources, ${dataset.places.length} places.${skipped}`,
);
