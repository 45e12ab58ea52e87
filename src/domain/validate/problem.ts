/** One problem in a data file, located by file, spreadsheet row (header = 1) and column. */
export interface Problem {
  file: string;
  row: number;
  column: string;
  message: string;
  found?: string;
}

/** Returns the problem as `file:row:column: what is wrong (what was found)`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.row}:${p.column}: ${p.message}${p.found === undefined ? '' : ` (${p.found})`}`;
}

/** Returns a problem record, leaving `found` out when there is nothing to show. */
export function problem(
  file: string,
  row: number,
  column: string,
  message: string,
  found?: string,
): Problem {
  return found === undefined
    ? { file, row, column, message }
    : { file, row, column, message, found };
}

/** Returns the problems sorted by data-file order, then file name, then row (stable within a row). */
export function sortProblems(
  problems: readonly Problem[],
  fileOrder: readonly string[],
): Problem[] {
  const order = (f: string) => {
    const i = fileOrder.indexOf(f);
    return i < 0 ? 99 : i;
  };
  return [...problems].sort(
    (a, b) => order(a.file) - order(b.file) || a.file.localeCompare(b.file) || a.row - b.row,
  );
}
