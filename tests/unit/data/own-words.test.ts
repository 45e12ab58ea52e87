// Facts carry over from the two German seed reports; sentences do not. No summary, note or
// correction may share a run of seven words with them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../../scripts/read-data';

// The seed reports are reference material beside the repository, not part of it.
const SEEDS = '../shared/reference/seeds';
const RUN = 7;

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const runs = (s: string) => {
  const w = words(s);
  return Array.from({ length: Math.max(0, w.length - RUN + 1) }, (_, i) =>
    w.slice(i, i + RUN).join(' '),
  );
};

describe.skipIf(!existsSync(SEEDS))('data text is in our own words (needs ../shared/reference)', () => {
  const seedRuns = new Set(
    readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => runs(readFileSync(join(SEEDS, f), 'utf8'))),
  );
  const ds = checkDataDir('data').dataset!;
  const texts: [string, string | undefined][] = [
    ...ds.events.flatMap((e): [string, string][] => [
      [`${e.id} en`, e.summary.en],
      [`${e.id} de`, e.summary.de],
    ]),
    ...[...ds.claims, ...ds.status].flatMap((x): [string, string | undefined][] => [
      [`${x.id} note_en`, x.note?.en],
      [`${x.id} note_de`, x.note?.de],
    ]),
    ...ds.corrections.map((c): [string, string] => [`correction ${c.record}`, c.what.de]),
  ];

  it('reads the seed reports', () => {
    expect(seedRuns.size).toBeGreaterThan(500);
  });

  it('no data text shares seven words in a row with a seed report', () => {
    const copied = texts.flatMap(([where, text]) =>
      text ? runs(text).filter((r) => seedRuns.has(r)).map((r) => `${where}: ${r}`) : [],
    );
    expect(copied).toEqual([]);
  });

  it('would notice the clause that was copied before', () => {
    const old = 'Das Netz blieb abgeschaltet, vermutlich um neue Versammlungen zu erschweren.';
    expect(runs(old).some((r) => seedRuns.has(r))).toBe(true);
  });
});
