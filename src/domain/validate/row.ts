import { problem, type Problem } from './problem';

/**
 * Kinds of id a cell can refer to, with the word used in "unknown … id". A table that
 * defines ids of a kind says so in its schema (`provides`); adding a kind is one line here.
 */
export const REF_KINDS = {
  place: 'place',
  source: 'source',
  deployment: 'deployment',
  event: 'event',
  record: 'event, claim or status',
} as const;
export type RefKind = keyof typeof REF_KINDS;

/** A cell that refers to an id in another table, checked once every table is read. */
export interface Ref {
  kind: RefKind;
  id: string;
  file: string;
  row: number;
  column: string;
}

/** One data row: its cells by header name, and where its problems and references go. */
export class Row {
  /** Set when the row has a CSV syntax error: it exists, but its cells are not checked. */
  unreadable = false;

  constructor(
    readonly file: string,
    readonly row: number,
    private readonly cells: ReadonlyMap<string, string>,
    private readonly problems: Problem[],
    private readonly refs: Ref[],
  ) {}

  report(column: string, message: string, found?: string): void {
    this.problems.push(problem(this.file, this.row, column, message, found));
  }

  /** Whether the header has this column (a missing column is reported once, at the header). */
  has(column: string): boolean {
    return this.cells.has(column);
  }

  /** The cell's text without surrounding white space; '' when empty or absent. */
  raw(column: string): string {
    return (this.cells.get(column) ?? '').trim();
  }

  /** The cell's text, or undefined when empty; reports a missing required value. */
  text(column: string, required: boolean): string | undefined {
    const v = this.raw(column);
    if (v === '') {
      if (required && this.has(column)) this.report(column, 'required value is missing');
      return undefined;
    }
    return v;
  }

  /** Records that this cell refers to an id of the given kind. */
  addRef(kind: RefKind, column: string, id: string): void {
    this.refs.push({ kind, id, file: this.file, row: this.row, column });
  }
}
