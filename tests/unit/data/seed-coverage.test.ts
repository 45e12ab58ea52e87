import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../../scripts/read-data';
import { parseCsv } from '../../../src/domain/csv';

// data/coverage/seed-facts.csv maps each fact of the two seed reports (000 = dpa, 7 Jan;
// 003 = dpa, 6 Jan) to the event, claim or status rows that record it.
const COVERAGE_FILE = 'data/coverage/seed-facts.csv';

const range = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}`);
const SEED_FACTS = [...range('000', 32), ...range('003', 21)];

function coverage(): { fact: string; record: string }[] {
  if (!existsSync(COVERAGE_FILE)) throw new Error(`${COVERAGE_FILE} is missing`);
  const { records, errors } = parseCsv(readFileSync(COVERAGE_FILE, 'utf8'));
  if (errors.length > 0) throw new Error(`${COVERAGE_FILE}: ${JSON.stringify(errors)}`);
  const [header, ...rows] = records;
  expect(header?.cells).toEqual(['fact', 'record']);
  return rows.map((r) => ({ fact: r.cells[0]?.trim() ?? '', record: r.cells[1]?.trim() ?? '' }));
}

describe('seed coverage', () => {
  it('lists 53 seed facts', () => {
    expect(SEED_FACTS).toHaveLength(53);
  });

  it('covers every seed fact with at least one record', () => {
    const covered = new Set(coverage().map((r) => r.fact));
    expect(SEED_FACTS.filter((f) => !covered.has(f))).toEqual([]);
  });

  it('names no fact outside the two seed reports', () => {
    expect(coverage().filter((r) => !SEED_FACTS.includes(r.fact))).toEqual([]);
  });

  it('references only ids of events, claims or status intervals in data/', () => {
    const { dataset, messages } = checkDataDir('data');
    if (!dataset) throw new Error(`data/ has problems:\n${messages.join('\n')}`);
    const ids = new Set([...dataset.events, ...dataset.claims, ...dataset.status].map((x) => x.id));
    expect(coverage().filter((r) => !ids.has(r.record))).toEqual([]);
  });
});
