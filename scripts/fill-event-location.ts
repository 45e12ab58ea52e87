// Fills the `location` column of data/events.csv where it is blank (adds the column if it is
// missing) with the finest location precision each event's place supports (domain/location.ts).
// Explicit values are kept. Idempotent: run it again after merging rows from elsewhere.
//   npx tsx scripts/fill-event-location.ts [data-dir]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../src/domain/csv';
import { finestLocation } from '../src/domain/location';
import { checkDataDir } from './read-data';

const dir = process.argv[2] ?? 'data';
const file = join(dir, 'events.csv');
const text = readFileSync(file, 'utf8');
const { records } = parseCsv(text);
const lines = text.split(/\r?\n/);
const eol = text.includes('\r\n') ? '\r\n' : '\n';
if (lines.at(-1) === '') lines.pop();
if (lines.length !== records.length)
  throw new Error('events.csv has line breaks inside cells; fill the column in a spreadsheet');
const header = records[0]!.cells;
let col = header.indexOf('location');
if (col === -1) {
  lines[0] = `${lines[0]},location`;
  col = header.length;
}
const { dataset, messages } = checkDataDir(dir);
if (!dataset) throw new Error(messages.join('\n'));
const places = new Map(dataset.places.map((p) => [p.id, p]));
const byId = new Map(dataset.events.map((e) => [e.id, e]));
const idCol = header.indexOf('id');
let filled = 0;
for (let i = 1; i < records.length; i++) {
  const cells = records[i]!.cells;
  if ((cells[col] ?? '') !== '') continue;
  const e = byId.get(cells[idCol]!);
  if (!e) continue;
  if (col < cells.length - 1)
    throw new Error('this script fills `location` only as the last column');
  // Pad missing trailing cells, then append the value.
  const missing = col - cells.length;
  lines[i] =
    `${lines[i]}${','.repeat(Math.max(0, missing) + (col < cells.length ? 0 : 1))}${finestLocation(e, places)}`;
  filled++;
}
writeFileSync(file, lines.join(eol) + eol);
console.log(`${file}: filled location for ${filled} events`);
