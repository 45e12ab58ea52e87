// Column types for the table schemas in ./tables/. Each type reads one entry of a row (one
// header column, or a pair such as name_en + name_de), reports its own problems on the row,
// and returns the parsed value, or undefined when the cell is empty or invalid.
//
// `required: true` means two things: the header must have the column(s), and a row is turned
// into a record only when the value is present and valid (otherwise the row's problems are
// reported and the record is left out; the dataset is then refused anyway).
import {
  CLAIMANT_KINDS,
  MAP_BOUNDS,
  VERIFICATIONS,
  type Localized,
  type Provenance,
} from '../dataset';
import {
  EXAMPLE_DATA_TIME,
  RANGE_END,
  RANGE_START,
  checkPrecisionClock,
  toAlmatyIso,
  parseIsoWithOffset,
  type ParsedTime,
  type Precision,
} from '../time';
import { ID_MAX_LENGTH } from '../ids';
import type { RefKind, Row } from './row';

/** One entry of a table schema. */
export interface Column<T, R extends boolean = boolean> {
  readonly required: R;
  /** Header columns this entry reads, given its key in the schema. */
  headers(key: string): readonly string[];
  /** Reads the value; `prev` holds the values of the entries declared before this one. */
  read(r: Row, key: string, prev: Readonly<Record<string, unknown>>): T | undefined;
}

// `any` keeps TypeScript from widening each column's `required: true` to boolean while it
// infers a schema's columns.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Columns = Record<string, Column<unknown, any>>;

/** The values of a row as read, any of them possibly missing. */
export type Values<C extends Columns> = {
  [K in keyof C]: (C[K] extends Column<infer T> ? T : never) | undefined;
};

/** The values of a row whose required entries are all present. */
export type Complete<C extends Columns> = {
  [K in keyof C]: C[K] extends Column<infer T, infer R>
    ? R extends true
      ? T
      : T | undefined
    : never;
};

interface Required<R extends boolean> {
  required?: R;
}

const one = (key: string) => [key];

/** Any column: the escape hatch for a rule that fits no type below. */
export function column<T, R extends boolean = false>(
  read: Column<T, R>['read'],
  options: Required<R> = {},
): Column<T, R> {
  return { required: (options.required ?? false) as R, headers: one, read };
}

const ID_CHARACTERS = /^[a-z0-9][a-z0-9_-]*$/;

/** The row's id: required, lowercase letters, digits, _ and -, at most ID_MAX_LENGTH long. */
export function id(): Column<string, true> {
  return column(
    (r, key) => {
      const v = r.text(key, true);
      if (v !== undefined && !ID_CHARACTERS.test(v)) {
        r.report(key, 'id must use lowercase letters, digits, _ and - only', v);
        return undefined;
      }
      // Longer ids would not survive a link: the URL parser drops them (src/embed/url-state.ts).
      if (v !== undefined && v.length > ID_MAX_LENGTH) {
        r.report(
          key,
          `id is longer than ${ID_MAX_LENGTH} characters`,
          `${v.length}: ${v.slice(0, 24)}…`,
        );
        return undefined;
      }
      return v;
    },
    { required: true },
  );
}

/** Free text. `pattern` reports a value of the wrong shape but keeps it. */
export function text<R extends boolean = false>(
  options: Required<R> & { pattern?: { re: RegExp; message: string } } = {},
): Column<string, R> {
  return column((r, key) => {
    const v = r.text(key, options.required ?? false);
    if (v !== undefined && options.pattern && !options.pattern.re.test(v))
      r.report(key, options.pattern.message, v);
    return v;
  }, options);
}

/** Reads one value of a vocabulary; reports any other value. */
export function readOneOf<T extends string>(
  r: Row,
  key: string,
  values: readonly T[],
  required: boolean,
): T | undefined {
  const v = r.text(key, required);
  if (v === undefined) return undefined;
  if (!(values as readonly string[]).includes(v)) {
    r.report(key, `unknown value; expected one of ${values.join(', ')}`, v);
    return undefined;
  }
  return v as T;
}

/** One value of a vocabulary. */
export function oneOf<T extends string, R extends boolean = false>(
  values: readonly T[],
  options: Required<R> = {},
): Column<T, R> {
  return column((r, key) => readOneOf(r, key, values, options.required ?? false), options);
}

/** A count: digits only (no sign, no decimals, no separators). */
export function count<R extends boolean = false>(options: Required<R> = {}): Column<number, R> {
  return column((r, key) => {
    const v = r.text(key, options.required ?? false);
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) {
      r.report(key, 'not a whole number (digits only, no separators)', v);
      return undefined;
    }
    return Number(v);
  }, options);
}

function readNumber(r: Row, key: string): number | undefined {
  const v = r.text(key, false);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^-?\d+(\.\d+)?$/.test(v) || !Number.isFinite(n)) {
    r.report(key, 'not a number (use digits and a decimal point, no separators)', v);
    return undefined;
  }
  return n;
}

/** Data files write times to the minute with an explicit offset (no seconds, no Z). */
const DATA_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/** Reads a time with its offset (2022-01-05T21:52+05:00 in the west); reports anything else. */
export function readTime(r: Row, key: string, required: boolean): ParsedTime | undefined {
  const v = r.text(key, required);
  if (v === undefined) return undefined;
  const t = DATA_TIME.test(v)
    ? parseIsoWithOffset(v)
    : `not a time with offset like ${EXAMPLE_DATA_TIME}`;
  if (typeof t === 'string') {
    r.report(key, `bad time: ${t}`, v);
    return undefined;
  }
  return t;
}

/** An inclusive range of times, and how the message names it. */
export interface TimeRange {
  from: number;
  to: number;
  label: string;
}

/** Reports a time outside the range. */
export function checkInRange(r: Row, key: string, t: number | undefined, range: TimeRange): void {
  if (t !== undefined && (t < range.from || t > range.to))
    r.report(key, `time is outside the covered range (${range.label})`, r.raw(key));
}

/**
 * A time with offset. `precision` names an earlier entry holding the row's precision: the
 * clock time must then start the precision's span. `range` bounds the time.
 */
export function time<R extends boolean = false>(
  options: Required<R> & { precision?: string; range?: TimeRange } = {},
): Column<ParsedTime, R> {
  return column((r, key, prev) => {
    const t = readTime(r, key, options.required ?? false);
    if (!t) return undefined;
    const precision = options.precision && (prev[options.precision] as Precision | undefined);
    if (precision) {
      const err = checkPrecisionClock(t, precision);
      if (err) r.report(key, err, r.raw(key));
    }
    if (options.range) checkInRange(r, key, t.epoch, options.range);
    return t;
  }, options);
}

/**
 * The range a start (of an event or a status interval) must fall in: inside the slider's
 * range, so 20 Jan 00:00 itself is already outside.
 */
export const STARTS_IN_RANGE = {
  from: RANGE_START,
  to: RANGE_END - 1,
  label: `${toAlmatyIso(RANGE_START)} to ${toAlmatyIso(RANGE_END)}`,
};

export const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_OR_MONTH = /^\d{4}-\d{2}(-\d{2})?$/;

/** A calendar date matching `pattern` (DATE, or DATE_OR_MONTH for 2022-01). */
export function date<R extends boolean = false>(
  pattern: RegExp,
  options: Required<R> = {},
): Column<string, R> {
  return column((r, key) => {
    // An optional date is only read when given; a required one reports its absence.
    const v = r.text(key, options.required ?? false);
    if (v === undefined) return undefined;
    // Date.parse would roll 2022-02-30 over to 2 March; the time parser checks the calendar.
    const probe = v.length === 7 ? `${v}-01` : v;
    if (!pattern.test(v) || typeof parseIsoWithOffset(`${probe}T00:00+00:00`) === 'string') {
      r.report(key, 'bad date; expected YYYY-MM-DD', v);
      return undefined;
    }
    return v;
  }, options);
}

/**
 * An id of another record, checked against that table once every table is read.
 * `requiredWhen` makes an optional reference required for some rows.
 */
export function ref<R extends boolean = false>(
  kind: RefKind,
  options: Required<R> & {
    requiredWhen?: (prev: Readonly<Record<string, unknown>>) => boolean;
  } = {},
): Column<string, R> {
  return column((r, key, prev) => {
    const v = r.text(key, (options.required ?? false) || (options.requiredWhen?.(prev) ?? false));
    if (v !== undefined) r.addRef(kind, key, v);
    return v;
  }, options);
}

/** A `;`-separated list of source ids; at least one. `what` names the record in the message. */
export function sourceList(what: string): Column<string[], true> {
  return column(
    (r, key) => {
      const ids = r
        .raw(key)
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      // A column missing from the header is reported once there, not again on every row.
      if (ids.length === 0 && r.has(key)) r.report(key, `${what} has no source`);
      for (const s of ids) r.addRef('source', key, s);
      return ids;
    },
    { required: true },
  );
}

/** A text in English and German, columns `<key>_en` and `<key>_de`: both or neither. */
export function localized<R extends boolean = false>(
  label: string,
  options: Required<R> = {},
): Column<Localized, R> {
  return {
    required: (options.required ?? false) as R,
    headers: (key) => [`${key}_en`, `${key}_de`],
    read(r, key) {
      const [enKey, deKey] = [`${key}_en`, `${key}_de`];
      const en = r.raw(enKey);
      const de = r.raw(deKey);
      // A column missing from the header is reported once there, not again on every row.
      const missing = (column: string, language: string) => {
        if (r.has(column)) r.report(column, `${label} is missing in ${language}`);
      };
      if (en === '' && de === '') {
        if (options.required) {
          missing(enKey, 'English');
          missing(deKey, 'German');
        }
        return undefined;
      }
      if (en === '') missing(enKey, 'English');
      if (de === '') missing(deKey, 'German');
      return en !== '' && de !== '' ? { en, de } : undefined;
    },
  };
}

/** Optional `lon` and `lat` columns: given together, inside the map region. */
export function coordinates(): Column<{ lon?: number; lat?: number }, false> {
  return {
    required: false,
    headers: () => ['lon', 'lat'],
    read(r) {
      const lon = readNumber(r, 'lon');
      const lat = readNumber(r, 'lat');
      if (
        (lon === undefined) !== (lat === undefined) &&
        (r.raw('lon') === '') !== (r.raw('lat') === '')
      ) {
        r.report(lon === undefined ? 'lon' : 'lat', 'lon and lat must be given together');
      }
      if (lon !== undefined && (lon < MAP_BOUNDS.west || lon > MAP_BOUNDS.east)) {
        r.report(
          'lon',
          `coordinate is outside the map region (lon ${MAP_BOUNDS.west}–${MAP_BOUNDS.east})`,
          r.raw('lon'),
        );
      }
      if (lat !== undefined && (lat < MAP_BOUNDS.south || lat > MAP_BOUNDS.north)) {
        r.report(
          'lat',
          `coordinate is outside the map region (lat ${MAP_BOUNDS.south}–${MAP_BOUNDS.north})`,
          r.raw('lat'),
        );
      }
      return lon !== undefined && lat !== undefined ? { lon, lat } : {};
    },
  };
}

/** Who asserts a record: `claimed_by`, `claimant_kind`, `verification` and `sources`. */
export function provenance(what: string) {
  return {
    claimed_by: text({ required: true }),
    // The claimant in German; the editorial rules (../editorial.ts) check it.
    claimed_by_de: text({ required: true }),
    claimant_kind: oneOf(CLAIMANT_KINDS, { required: true }),
    verification: oneOf(VERIFICATIONS, { required: true }),
    sources: sourceList(what),
  };
}

/** Returns the provenance fields of a complete row read with `provenance()`. */
export function provenanceOf(v: Complete<ReturnType<typeof provenance>>): Provenance {
  return {
    claimedBy: v.claimed_by,
    claimedByDe: v.claimed_by_de,
    claimantKind: v.claimant_kind,
    verification: v.verification,
    sources: v.sources,
  };
}
