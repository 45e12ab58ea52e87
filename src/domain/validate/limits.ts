// Bounds on every cell, documented in data/README.md ("Limits"). A cell that breaks one is
// reported once, and the rest of its row is not checked.

/** Longest cell, in characters (the longest summary in data/ is about 430). */
export const MAX_CELL_LENGTH = 2000;

/**
 * Characters no cell may contain: control characters (tab and line breaks are allowed),
 * bidirectional controls (they reorder text on screen: an id or name could show as
 * something else) and invisible spaces and marks.
 */
const FORBIDDEN =
  // Matching control characters is the point here.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

const codePoint = (ch: string) =>
  `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Returns what is wrong with a cell's text (message and what was found), or undefined. */
export function cellProblem(text: string): { message: string; found: string } | undefined {
  const bad = FORBIDDEN.exec(text);
  if (bad)
    return {
      message: 'contains a control, bidi or invisible character; delete it',
      found: codePoint(bad[0]),
    };
  if (text.includes('\uFFFD'))
    return {
      message: 'contains U+FFFD, a character lost in an earlier encoding conversion; retype it',
      found: 'U+FFFD',
    };
  if (text.length > MAX_CELL_LENGTH)
    return {
      message: `cell is longer than ${MAX_CELL_LENGTH} characters`,
      found: `${text.length}`,
    };
  return undefined;
}

/**
 * Returns a problem when the text has a run of "???": what Excel's "CSV (Comma delimited)"
 * writes for every character its 8-bit encoding lacks (Cyrillic names become "??????").
 * The file is then valid ASCII, so only this trace shows the loss.
 */
export function lostCharacters(text: string): { message: string; found: string } | undefined {
  const m = /\?{3,}/.exec(text);
  if (!m) return undefined;
  return {
    message:
      'has "???" where a spreadsheet dropped characters its encoding lacks (e.g. Cyrillic); ' +
      'save the original as "CSV UTF-8"',
    found: text.length > 40 ? `${text.slice(0, 40)}…` : text,
  };
}
