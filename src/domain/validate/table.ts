import { parseCsv } from '../csv';
import type { Columns, Complete, Values } from './columns';
import { separatorProblem } from './encoding';
import { cellProblem, lostCharacters } from './limits';
import type { Problem } from './problem';
import { Row, type Ref, type RefKind } from './row';

/** A record built from a row, with the row it came from (for table-wide checks). */
export interface Built<T> {
  item: T;
  row: Row;
}

/**
 * What a data file holds: its columns (read in the order declared, so a column can use the
 * values declared before it), rules that span columns, and how a valid row becomes a record.
 */
export interface TableSchema<F extends string = string, C extends Columns = Columns, T = unknown> {
  file: F;
  columns: C;
  /** Kinds of reference resolved by this table's `id` column. */
  provides?: readonly RefKind[];
  /** Checks that need several columns of one row; run after the columns, in order. */
  rules?: readonly ((v: Values<C>, r: Row) => void)[];
  /** Builds the record; called only when every required column has a valid value. */
  build(v: Complete<C>, r: Row): T;
  /** Checks across the table's records (e.g. overlapping intervals). */
  check?(built: readonly Built<T>[], problems: Problem[]): void;
}

/** Returns the schema as given; exists so TypeScript infers the row types of `build`. */
export function defineTable<F extends string, C extends Columns, T>(
  schema: TableSchema<F, C, T>,
): TableSchema<F, C, T> {
  return schema;
}

/** The header columns of a table: those every file must have, and those it may have. */
export interface HeaderSpec {
  required: readonly string[];
  optional: readonly string[];
}

/** Returns the required and optional header columns of a schema. */
export function headerSpec(schema: { columns: Columns }): HeaderSpec {
  const required: string[] = [];
  const optional: string[] = [];
  for (const [key, col] of Object.entries(schema.columns))
    (col.required ? required : optional).push(...col.headers(key));
  return { required, optional };
}

/** Where a table's problems, references and skipped rows go while it is read. */
export interface ReadContext {
  problems: Problem[];
  refs: Ref[];
  /** Rows of only empty or blank cells (a row cleared in a spreadsheet): skipped, and listed. */
  skipped: { file: string; row: number }[];
}

/**
 * Parses a file's text and checks its header; returns the header and one Row per data record,
 * or undefined when the file cannot be read as a table (empty, or not comma-separated: then
 * one problem says so). A row with a CSV syntax error is reported by that error only: it
 * counts as existing (its id resolves references) but its cells are not checked, since they
 * are not what the editor meant.
 */
export function readRows(
  schema: { file: string; columns: Columns },
  text: string,
  ctx: ReadContext,
): { header: string[]; rows: Row[] } | undefined {
  const { problems, refs } = ctx;
  const file = schema.file;
  const spec = headerSpec(schema);
  const { records, errors } = parseCsv(text);
  const [header, ...body] = records;
  const names = (header?.cells ?? []).map((c) => c.trim());
  const separator = header && separatorProblem(file, header.cells);
  if (separator) {
    problems.push(separator);
    return undefined;
  }
  for (const e of errors) {
    const column = e.column === undefined ? '-' : names[e.column - 1] || `#${e.column}`;
    problems.push({ file, row: e.row, column, message: `CSV syntax: ${e.message}` });
  }
  if (!header) {
    problems.push({ file, row: 1, column: '-', message: 'file is empty; expected a header row' });
    return undefined;
  }
  const known = new Set<string>([...spec.required, ...spec.optional]);
  names.forEach((name, i) => {
    if (!known.has(name))
      problems.push({
        file,
        row: 1,
        column: name || `#${i + 1}`,
        message: 'unknown column',
        found: name,
      });
    else if (names.indexOf(name) !== i)
      problems.push({ file, row: 1, column: name, message: 'duplicate column' });
  });
  for (const name of spec.required) {
    if (!names.includes(name))
      problems.push({
        file,
        row: 1,
        column: name,
        message: 'required column is missing from the header',
      });
  }
  const unreadable = new Set(errors.map((e) => e.row));
  const rows: Row[] = [];
  let lostReported = false;
  for (const rec of body) {
    if (rec.cells.every((c) => c.trim() === '')) {
      ctx.skipped.push({ file, row: rec.row });
      continue;
    }
    if (!unreadable.has(rec.row) && rec.cells.length > names.length) {
      problems.push({
        file,
        row: rec.row,
        column: '-',
        message: `row has more cells than the header`,
        found: `${rec.cells.length} > ${names.length}`,
      });
    }
    const cells = new Map<string, string>();
    names.forEach((name, i) => cells.set(name, rec.cells[i] ?? ''));
    const r = new Row(file, rec.row, cells, problems, refs);
    r.unreadable = unreadable.has(rec.row);
    rec.cells.forEach((cell, i) => {
      if (r.unreadable) return;
      // Lost characters affect the whole file: reported once, at the first.
      const lost = lostReported ? undefined : lostCharacters(cell);
      const bad = cellProblem(cell) ?? lost;
      if (!bad) return;
      r.report(names[i] || `#${i + 1}`, bad.message, bad.found);
      r.unreadable = true;
      if (bad === lost) lostReported = true;
    });
    rows.push(r);
  }
  return { header: names, rows };
}

/** Reads every row with the schema; returns the records of the rows whose required values are valid. */
export function buildRows<C extends Columns, T>(
  schema: TableSchema<string, C, T>,
  rows: readonly Row[],
  problems: Problem[],
): Built<T>[] {
  const entries = Object.entries(schema.columns);
  const built: Built<T>[] = [];
  const ids: { id: string; row: Row }[] = [];
  for (const r of rows) {
    if (r.unreadable) continue;
    const v: Record<string, unknown> = {};
    for (const [key, col] of entries) v[key] = col.read(r, key, v);
    for (const rule of schema.rules ?? []) rule(v as Values<C>, r);
    if (entries.some(([key, col]) => col.required && v[key] === undefined)) continue;
    built.push({ item: schema.build(v as Complete<C>, r), row: r });
    if (typeof v.id === 'string') ids.push({ id: v.id, row: r });
  }
  checkUniqueIds(ids, problems);
  schema.check?.(built, problems);
  return built;
}

function checkUniqueIds(rows: { id: string; row: Row }[], problems: Problem[]): void {
  const seen = new Map<string, number>();
  for (const { id, row } of rows) {
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        file: row.file,
        row: row.row,
        column: 'id',
        message: `duplicate id, first used in row ${first}`,
        found: id,
      });
    } else seen.set(id, row.row);
  }
}
