import type { Correction } from '../../domain/dataset';
import { almatyTime, CLAIMS_END, type EpochMs } from '../../domain/time';

/**
 * Two kinds of correction share corrections.csv (data/README.md, "corrections.csv"):
 * - corrections that are part of the story, dated inside the period the data covers (a toll
 *   withdrawn on 9 Jan 2022, a total revised in March 2022). They follow the slider: a reader at
 *   5 Jan does not learn what was withdrawn on 9 Jan;
 * - corrections this newsroom made to its own records, dated after that period (on or after
 *   CLAIMS_END, 1 Jan 2024). They say how the record itself was changed, not what happened, so
 *   they are shown at every slider time.
 */
export function isNewsroomCorrection(c: Pick<Correction, 'date'>): boolean {
  return almatyTime(c.date) >= CLAIMS_END;
}

/** The corrections a reader sees at a slider time: newsroom corrections always, the others
 * once they had been made. */
export function visibleCorrections<C extends Pick<Correction, 'date'>>(
  corrections: readonly C[],
  time: EpochMs,
): C[] {
  return corrections.filter((c) => isNewsroomCorrection(c) || almatyTime(c.date) <= time);
}
