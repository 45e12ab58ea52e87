import { CATEGORIES, VERIFICATIONS, type Dataset, type DatedEvent } from '../src/domain/dataset';
import { RANGE_END, RANGE_START, type EpochMs } from '../src/domain/time';

/** A small deterministic PRNG (mulberry32), so every run uses the same datasets and steps. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns the real dataset with its events replaced by n synthetic ones over the real places. */
export function syntheticDataset(base: Dataset, n: number, seed = 2022): Dataset {
  const rnd = random(seed + n);
  const places = base.places.filter(
    (p) => p.kind !== 'country' && p.kind !== 'region' && p.lon !== undefined,
  );
  const events: DatedEvent[] = [];
  for (let i = 0; i < n; i++) {
    const minute = Math.floor(rnd() * ((RANGE_END - RANGE_START) / 60_000));
    events.push({
      id: `syn-${i}`,
      start: (RANGE_START + minute * 60_000) as EpochMs,
      precision: 'exact',
      offsetMinutes: 360,
      place: places[Math.floor(rnd() * places.length)]!.id,
      category: CATEGORIES[Math.floor(rnd() * CATEGORIES.length)]!,
      verification: VERIFICATIONS[Math.floor(rnd() * VERIFICATIONS.length)]!,
      summary: { en: `Synthetic event ${i}`, de: `Synthetisches Ereignis ${i}` },
      claimedBy: 'Benchmark generator',
      claimantKind: 'eyewitness',
      sources: [base.sources[0]!.id],
    });
  }
  events.sort((a, b) => a.start - b.start);
  return { ...base, events };
}
