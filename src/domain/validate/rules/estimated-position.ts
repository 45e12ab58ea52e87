/**
 * A coordinate note that marks the point as estimated, approximate or guessed rather than
 * taken from a named source (issue 11: never guess a coordinate). Such a place must not be
 * drawn at its point: the data check refuses it, and the map leaves it city-level.
 */
const ESTIMATED_NOTE = /\b(?:estimated?|estimates?|approximate(?:ly)?|approx|guess(?:ed)?)(?!\w)/i;

/** Returns whether a place's `coord_note` says its coordinates are estimated, not sourced. */
export function isEstimatedNote(note: string | undefined): boolean {
  return note !== undefined && ESTIMATED_NOTE.test(note);
}
