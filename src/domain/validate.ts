import { parseCsv } from './csv';
import {
  CATEGORIES,
  CLAIMANT_KINDS,
  FOREIGN_COUNTRY_CODES,
  KZ_REGION_CODES,
  MAP_BOUNDS,
  METRICS,
  PLACE_KINDS,
  QUALIFIERS,
  STATUS_LAYERS,
  VERIFICATIONS,
  type Claim,
  type Contingent,
  type Correction,
  type Dataset,
  type DatedEvent,
  type DeploymentSite,
  type Localized,
  type Place,
  type Source,
  type StatusInterval,
  type StatusLayer,
} from './dataset';
import {
  CLAIMS_END,
  PRECISIONS,
  RANGE_END,
  RANGE_START,
  checkPrecisionClock,
  parseIsoWithOffset,
  type EpochMs,
  type ParsedTime,
  type Precision,
} from './time';

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

interface TableSpec {
  required: readonly string[];
  optional: readonly string[];
}

const PROVENANCE = ['claimed_by', 'claimant_kind', 'verification', 'sources'] as const;

/** Columns of every data file; the single source of truth for the check and the docs' tests. */
export const TABLES = {
  'sources.csv': {
    required: ['id', 'publisher', 'title', 'date', 'language'],
    optional: ['url', 'via', 'note'],
  },
  'places.csv': {
    required: ['id', 'kind', 'name_en', 'name_de', 'name_ru', 'region'],
    optional: ['lon', 'lat', 'city', 'coord_note'],
  },
  'events.csv': {
    required: [
      'id',
      'start',
      'precision',
      'place',
      'category',
      'summary_en',
      'summary_de',
      ...PROVENANCE,
    ],
    optional: ['end', 'lon', 'lat'],
  },
  'claims.csv': {
    required: ['id', 'metric', 'value', 'qualifier', 'as_of', 'precision', 'place', ...PROVENANCE],
    optional: ['value_max', 'contingent', 'event', 'note_en', 'note_de', 'retracted'],
  },
  'status.csv': {
    required: ['id', 'layer', 'subject', 'status', 'from', 'precision', ...PROVENANCE],
    optional: ['from_latest', 'to', 'note_en', 'note_de'],
  },
  'deployments.csv': {
    required: ['id', 'country', 'name_en', 'name_de', 'precision', 'verification', 'sources'],
    optional: [
      'units_en',
      'units_de',
      'origin',
      'departure_airfield',
      'arrival_airfield',
      'departure',
      'arrival',
      'withdrawal_start',
      'withdrawal_end',
      'note_en',
      'note_de',
    ],
  },
  'deployment_sites.csv': {
    required: ['deployment', 'site', 'contested', 'claimed_by', 'sources'],
    optional: ['note_en', 'note_de'],
  },
  'corrections.csv': { required: ['record', 'date', 'what_en', 'what_de'], optional: [] },
} as const satisfies Record<string, TableSpec>;

export type DataFileName = keyof typeof TABLES;
export const DATA_FILES = Object.keys(TABLES) as DataFileName[];

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Data files write times to the minute with an explicit offset (no seconds, no Z). */
const DATA_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const DATE_OR_MONTH = /^\d{4}-\d{2}(-\d{2})?$/;
const REGION_CODES: readonly string[] = [...KZ_REGION_CODES, 'KZ', ...FOREIGN_COUNTRY_CODES];

type Ref = {
  kind: 'place' | 'source' | 'deployment' | 'event' | 'record';
  id: string;
  file: string;
  row: number;
  column: string;
};

/** Reads one row: each accessor reports its own problem and returns undefined when invalid. */
class Row {
  constructor(
    readonly file: string,
    readonly row: number,
    private readonly cells: ReadonlyMap<string, string>,
    private readonly problems: Problem[],
    private readonly refs: Ref[],
  ) {}

  report(column: string, message: string, found?: string): void {
    this.problems.push(
      found === undefined
        ? { file: this.file, row: this.row, column, message }
        : { file: this.file, row: this.row, column, message, found },
    );
  }

  raw(column: string): string {
    return (this.cells.get(column) ?? '').trim();
  }

  text(column: string, required: boolean): string | undefined {
    const v = this.raw(column);
    if (v === '') {
      // A column missing from the header is reported once there, not again on every row.
      if (required && this.cells.has(column)) this.report(column, 'required value is missing');
      return undefined;
    }
    return v;
  }

  id(column: string): string | undefined {
    const v = this.text(column, true);
    if (v !== undefined && !ID.test(v)) {
      this.report(column, 'id must use lowercase letters, digits, _ and - only', v);
      return undefined;
    }
    return v;
  }

  oneOf<T extends string>(column: string, values: readonly T[], required = true): T | undefined {
    const v = this.text(column, required);
    if (v === undefined) return undefined;
    if (!(values as readonly string[]).includes(v)) {
      this.report(column, `unknown value; expected one of ${values.join(', ')}`, v);
      return undefined;
    }
    return v as T;
  }

  /** Reads a count: digits only (no sign, no decimals, no separators). */
  count(column: string, required: boolean): number | undefined {
    const v = this.text(column, required);
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) {
      this.report(column, 'not a whole number (digits only, no separators)', v);
      return undefined;
    }
    return Number(v);
  }

  number(column: string, required: boolean): number | undefined {
    const v = this.text(column, required);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!/^-?\d+(\.\d+)?$/.test(v) || !Number.isFinite(n)) {
      this.report(column, 'not a number (use digits and a decimal point, no separators)', v);
      return undefined;
    }
    return n;
  }

  time(column: string, required: boolean): ParsedTime | undefined {
    const v = this.text(column, required);
    if (v === undefined) return undefined;
    const t = DATA_TIME.test(v)
      ? parseIsoWithOffset(v)
      : 'not a time with offset like 2022-01-05T22:52+06:00';
    if (typeof t === 'string') {
      this.report(column, `bad time: ${t}`, v);
      return undefined;
    }
    return t;
  }

  date(column: string, pattern: RegExp): string | undefined {
    const v = this.text(column, true);
    if (v === undefined) return undefined;
    // Date.parse would roll 2022-02-30 over to 2 March; the time parser checks the calendar.
    const probe = v.length === 7 ? `${v}-01` : v;
    if (!pattern.test(v) || typeof parseIsoWithOffset(`${probe}T00:00+00:00`) === 'string') {
      this.report(column, 'bad date; expected YYYY-MM-DD', v);
      return undefined;
    }
    return v;
  }

  localized(prefix: string, required: boolean, label: string): Localized | undefined {
    const en = this.raw(`${prefix}_en`);
    const de = this.raw(`${prefix}_de`);
    if (en === '' && de === '') {
      if (required) {
        this.report(`${prefix}_en`, `${label} is missing in English`);
        this.report(`${prefix}_de`, `${label} is missing in German`);
      }
      return undefined;
    }
    if (en === '') this.report(`${prefix}_en`, `${label} is missing in English`);
    if (de === '') this.report(`${prefix}_de`, `${label} is missing in German`);
    return en !== '' && de !== '' ? { en, de } : undefined;
  }

  ref(kind: Ref['kind'], column: string, required: boolean): string | undefined {
    const v = this.text(column, required);
    if (v !== undefined) this.refs.push({ kind, id: v, file: this.file, row: this.row, column });
    return v;
  }

  sourceList(column: string, what: string): string[] {
    const ids = this.raw(column)
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (ids.length === 0) this.report(column, `${what} has no source`);
    for (const id of ids)
      this.refs.push({ kind: 'source', id, file: this.file, row: this.row, column });
    return ids;
  }

  provenance(what: string) {
    const claimedBy = this.text('claimed_by', true);
    const claimantKind = this.oneOf('claimant_kind', CLAIMANT_KINDS);
    const verification = this.oneOf('verification', VERIFICATIONS);
    const sources = this.sourceList('sources', what);
    if (claimedBy === undefined || claimantKind === undefined || verification === undefined)
      return undefined;
    return { claimedBy, claimantKind, verification, sources };
  }

  /** Parses a time plus precision and checks that the clock time starts the precision's span. */
  timeWithPrecision(
    column: string,
    precision: Precision | undefined,
    required: boolean,
  ): EpochMs | undefined {
    const t = this.time(column, required);
    if (!t) return undefined;
    if (precision) {
      const err = checkPrecisionClock(t, precision);
      if (err) this.report(column, err, this.raw(column));
    }
    return t.epoch;
  }

  inRange(column: string, t: EpochMs | undefined, from: number, to: number, label: string): void {
    if (t !== undefined && (t < from || t > to))
      this.report(column, `time is outside the covered range (${label})`, this.raw(column));
  }
}

function readTable(file: DataFileName, text: string, problems: Problem[], refs: Ref[]): Row[] {
  const spec: TableSpec = TABLES[file];
  const { records, errors } = parseCsv(text);
  for (const e of errors)
    problems.push({ file, row: e.row, column: '-', message: `CSV syntax: ${e.message}` });
  const [header, ...body] = records;
  if (!header) {
    problems.push({ file, row: 1, column: '-', message: 'file is empty; expected a header row' });
    return [];
  }
  const names = header.cells.map((c) => c.trim());
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
  return body.map((rec) => {
    if (rec.cells.length > names.length) {
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
    return new Row(file, rec.row, cells, problems, refs);
  });
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

function optionalNumberPair(r: Row): { lon?: number; lat?: number } {
  const lon = r.number('lon', false);
  const lat = r.number('lat', false);
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
}

export interface ValidationResult {
  problems: Problem[];
  /** The dataset, only when there are no problems: bad data never reaches readers half-loaded. */
  dataset?: Dataset;
}

/** Validates the data files (file name → text) and returns every problem, plus the dataset if clean. */
export function validateDataset(files: Partial<Record<string, string>>): ValidationResult {
  const problems: Problem[] = [];
  const refs: Ref[] = [];
  for (const name of Object.keys(files)) {
    if (name.endsWith('.csv') && !(DATA_FILES as string[]).includes(name)) {
      problems.push({
        file: name,
        row: 0,
        column: '-',
        message: 'unknown data file; expected one of ' + DATA_FILES.join(', '),
      });
    }
  }
  const table = (file: DataFileName): Row[] => {
    const text = files[file];
    if (text === undefined) {
      problems.push({ file, row: 0, column: '-', message: 'data file is missing' });
      return [];
    }
    return readTable(file, text, problems, refs);
  };
  const keep = <T extends { id: string }>(rows: Row[], build: (r: Row) => T | undefined): T[] => {
    const out: T[] = [];
    const ids: { id: string; row: Row }[] = [];
    for (const r of rows) {
      const item = build(r);
      if (item) {
        out.push(item);
        ids.push({ id: item.id, row: r });
      }
    }
    checkUniqueIds(ids, problems);
    return out;
  };

  const sourceRows = table('sources.csv');
  const sources = keep<Source>(sourceRows, (r) => {
    const id = r.id('id');
    const publisher = r.text('publisher', true);
    const title = r.text('title', true);
    const date = r.date('date', DATE_OR_MONTH);
    const language = r.text('language', true);
    if (language !== undefined && !/^[a-z]{2}$/.test(language))
      r.report('language', 'expected an ISO 639-1 code like en or de', language);
    const url = r.text('url', false);
    if (url !== undefined && !/^https?:\/\/\S+$/.test(url))
      r.report('url', 'not a web address', url);
    if (!id || !publisher || !title || !date || !language) return undefined;
    const s: Source = { id, publisher, title, date, language };
    if (url) s.url = url;
    const via = r.text('via', false);
    if (via) s.via = via;
    const note = r.text('note', false);
    if (note) s.note = note;
    return s;
  });

  const placeRows = table('places.csv');
  const places = keep<Place>(placeRows, (r) => {
    const id = r.id('id');
    const kind = r.oneOf('kind', PLACE_KINDS);
    const en = r.text('name_en', true);
    const de = r.text('name_de', true);
    const ru = r.text('name_ru', true);
    const region = r.oneOf('region', REGION_CODES);
    const pos = optionalNumberPair(r);
    if (
      kind &&
      kind !== 'site' &&
      kind !== 'country' &&
      pos.lon === undefined &&
      r.raw('lon') === ''
    ) {
      r.report('lon', `a ${kind} needs coordinates`);
    }
    const city = r.ref('place', 'city', false);
    if (kind === 'site' && !city && pos.lon === undefined)
      r.report('city', 'a site without coordinates needs its city');
    if (!id || !kind || !en || !de || !ru || !region) return undefined;
    const p: Place = { id, kind, name: { en, de, ru }, region, ...pos };
    if (city) p.city = city;
    const note = r.text('coord_note', false);
    if (note) p.coordNote = note;
    return p;
  });

  const eventRows = table('events.csv');
  const events = keep<DatedEvent>(eventRows, (r) => {
    const id = r.id('id');
    const precision = r.oneOf('precision', PRECISIONS);
    const startParsed = r.time('start', true);
    if (startParsed && precision) {
      const err = checkPrecisionClock(startParsed, precision);
      if (err) r.report('start', err, r.raw('start'));
    }
    const start = startParsed?.epoch;
    r.inRange(
      'start',
      start,
      RANGE_START,
      RANGE_END - 1,
      '2022-01-01T00:00+06:00 to 2022-01-20T00:00+06:00',
    );
    const end = r.time('end', false)?.epoch;
    r.inRange('end', end, RANGE_START, RANGE_END, 'until 2022-01-20T00:00+06:00');
    if (start !== undefined && end !== undefined && end < start)
      r.report('end', 'end is before start', r.raw('end'));
    const place = r.ref('place', 'place', true);
    const pos = optionalNumberPair(r);
    const category = r.oneOf('category', CATEGORIES);
    const summary = r.localized('summary', true, 'summary');
    const prov = r.provenance('event');
    if (
      !id ||
      !precision ||
      !startParsed ||
      start === undefined ||
      !place ||
      !category ||
      !summary ||
      !prov
    )
      return undefined;
    const e: DatedEvent = {
      id,
      start,
      precision,
      offsetMinutes: startParsed.offsetMinutes,
      place,
      category,
      summary,
      ...pos,
      ...prov,
    };
    if (end !== undefined) e.end = end;
    return e;
  });

  const claimRows = table('claims.csv');
  const claims = keep<Claim>(claimRows, (r) => {
    const id = r.id('id');
    const metric = r.oneOf('metric', METRICS);
    const value = r.count('value', true);
    const valueMax = r.count('value_max', false);
    if (value !== undefined && valueMax !== undefined && valueMax < value)
      r.report('value_max', 'upper end is below value', String(valueMax));
    const qualifier = r.oneOf('qualifier', QUALIFIERS);
    const precision = r.oneOf('precision', PRECISIONS);
    const asOf = r.timeWithPrecision('as_of', precision, true);
    r.inRange('as_of', asOf, RANGE_START, CLAIMS_END - 1, '2022-01-01 to 2023-12-31');
    const place = r.ref('place', 'place', true);
    const contingent = r.ref('deployment', 'contingent', metric === 'troops');
    const event = r.ref('event', 'event', false);
    const note = r.localized('note', false, 'note');
    const retracted = r.raw('retracted') === '' ? undefined : r.date('retracted', DATE);
    const prov = r.provenance('claim');
    if (
      !id ||
      !metric ||
      value === undefined ||
      !qualifier ||
      !precision ||
      asOf === undefined ||
      !place ||
      !prov
    )
      return undefined;
    const c: Claim = { id, metric, value, qualifier, asOf, precision, place, ...prov };
    if (valueMax !== undefined) c.valueMax = valueMax;
    if (contingent) c.contingent = contingent;
    if (event) c.event = event;
    if (note) c.note = note;
    if (retracted) c.retracted = retracted;
    return c;
  });

  const statusRows: { item: StatusInterval; row: Row }[] = [];
  const statusTable = table('status.csv');
  const status = keep<StatusInterval>(statusTable, (r) => {
    const id = r.id('id');
    const layer = r.oneOf('layer', Object.keys(STATUS_LAYERS) as StatusLayer[]);
    const subject = r.text('subject', true);
    if (subject && layer) {
      if (layer === 'site_control') r.ref('place', 'subject', true);
      else if (layer === 'internet' && subject !== 'KZ')
        r.report('subject', 'internet status is national: subject must be KZ', subject);
      else if (
        (layer === 'emergency' || layer === 'curfew') &&
        !(KZ_REGION_CODES as readonly string[]).includes(subject) &&
        subject !== 'KZ'
      ) {
        r.report('subject', 'unknown region code', subject);
      }
    }
    const st = layer ? r.oneOf('status', STATUS_LAYERS[layer]) : r.text('status', true);
    const precision = r.oneOf('precision', PRECISIONS);
    const from = r.timeWithPrecision('from', precision, true);
    r.inRange(
      'from',
      from,
      RANGE_START,
      RANGE_END - 1,
      '2022-01-01T00:00+06:00 to 2022-01-20T00:00+06:00',
    );
    const fromLatest = r.time('from_latest', false)?.epoch;
    if (from !== undefined && fromLatest !== undefined && fromLatest <= from)
      r.report('from_latest', 'latest start must be after from', r.raw('from_latest'));
    const to = r.time('to', false)?.epoch;
    if (from !== undefined && to !== undefined && to <= from)
      r.report('to', 'end is not after start', r.raw('to'));
    if (fromLatest !== undefined && to !== undefined && to <= fromLatest)
      r.report('to', 'end is not after the latest start', r.raw('to'));
    const note = r.localized('note', false, 'note');
    const prov = r.provenance('status interval');
    if (!id || !layer || !subject || !st || !precision || from === undefined || !prov)
      return undefined;
    const s: StatusInterval = { id, layer, subject, status: st, from, precision, ...prov };
    if (fromLatest !== undefined) s.fromLatest = fromLatest;
    if (to !== undefined) s.to = to;
    if (note) s.note = note;
    statusRows.push({ item: s, row: r });
    return s;
  });
  checkOverlaps(statusRows, problems);

  const deploymentRows = table('deployments.csv');
  const deployments = keep<Contingent>(deploymentRows, (r) => {
    const id = r.id('id');
    const country = r.oneOf('country', ['CSTO', ...FOREIGN_COUNTRY_CODES]);
    const name = r.localized('name', true, 'name');
    const units = r.localized('units', false, 'units');
    const precision = r.oneOf('precision', PRECISIONS);
    const times = {
      departure: r.timeWithPrecision('departure', precision, false),
      arrival: r.timeWithPrecision('arrival', precision, false),
      withdrawalStart: r.timeWithPrecision('withdrawal_start', precision, false),
      withdrawalEnd: r.timeWithPrecision('withdrawal_end', precision, false),
    };
    const order: [keyof typeof times, string][] = [
      ['departure', 'departure'],
      ['arrival', 'arrival'],
      ['withdrawalStart', 'withdrawal_start'],
      ['withdrawalEnd', 'withdrawal_end'],
    ];
    let last: number | undefined;
    for (const [key, column] of order) {
      const t = times[key];
      if (t === undefined) continue;
      r.inRange(column, t, RANGE_START, RANGE_END, '2022-01-01 to 2022-01-20');
      if (last !== undefined && t < last)
        r.report(column, 'time is before the previous step of the deployment', r.raw(column));
      last = t;
    }
    const origin = r.ref('place', 'origin', false);
    const departureAirfield = r.ref('place', 'departure_airfield', false);
    const arrivalAirfield = r.ref('place', 'arrival_airfield', false);
    const verification = r.oneOf('verification', VERIFICATIONS);
    const sources = r.sourceList('sources', 'deployment');
    const note = r.localized('note', false, 'note');
    if (!id || !country || !name || !precision || !verification) return undefined;
    const c: Contingent = { id, country, name, precision, verification, sources };
    if (units) c.units = units;
    if (origin) c.origin = origin;
    if (departureAirfield) c.departureAirfield = departureAirfield;
    if (arrivalAirfield) c.arrivalAirfield = arrivalAirfield;
    for (const [key] of order) {
      const t = times[key];
      if (t !== undefined) c[key] = t;
    }
    if (note) c.note = note;
    return c;
  });

  const deploymentSites: DeploymentSite[] = [];
  for (const r of table('deployment_sites.csv')) {
    const deployment = r.ref('deployment', 'deployment', true);
    const site = r.ref('place', 'site', true);
    const contested = r.oneOf('contested', ['yes', 'no']);
    const claimedBy = r.text('claimed_by', true);
    const sources = r.sourceList('sources', 'guarded site');
    const note = r.localized('note', false, 'note');
    if (!deployment || !site || !contested || !claimedBy) continue;
    const d: DeploymentSite = {
      deployment,
      site,
      contested: contested === 'yes',
      claimedBy,
      sources,
    };
    if (note) d.note = note;
    deploymentSites.push(d);
  }

  const corrections: Correction[] = [];
  for (const r of table('corrections.csv')) {
    const record = r.ref('record', 'record', true);
    const date = r.date('date', DATE);
    const what = r.localized('what', true, 'correction text');
    if (record && date && what) corrections.push({ record, date, what });
  }

  // Cross-references, checked once every table is read. A row with its own problem still
  // counts as existing here, so one bad cell does not cascade into "unknown id" elsewhere.
  const ids = (rows: Row[]) => new Set(rows.map((r) => r.raw('id')).filter((id) => id !== ''));
  const sets = {
    place: ids(placeRows),
    source: ids(sourceRows),
    deployment: ids(deploymentRows),
    event: ids(eventRows),
    record: new Set([...ids(eventRows), ...ids(claimRows), ...ids(statusTable)]),
  };
  // Corrections name records by id alone, so ids must be unique across these three files.
  const recordOwner = new Map<string, string>();
  for (const rows of [eventRows, claimRows, statusTable]) {
    for (const r of rows) {
      const id = r.raw('id');
      const owner = recordOwner.get(id);
      if (id !== '' && owner !== undefined && owner !== r.file)
        r.report('id', `id is already used in ${owner}`, id);
      else if (id !== '') recordOwner.set(id, r.file);
    }
  }
  const labels = {
    place: 'place',
    source: 'source',
    deployment: 'deployment',
    event: 'event',
    record: 'event, claim or status',
  };
  for (const ref of refs) {
    if (!sets[ref.kind].has(ref.id)) {
      problems.push({
        file: ref.file,
        row: ref.row,
        column: ref.column,
        message: `unknown ${labels[ref.kind]} id`,
        found: ref.id,
      });
    }
  }
  const placesById = new Map(places.map((p) => [p.id, p]));
  const placeRowById = new Map<string, Row>();
  placeRows.forEach((r) => placeRowById.set(r.raw('id'), r));
  for (const p of places) {
    if (p.city && placesById.has(p.city) && placesById.get(p.city)?.kind !== 'city') {
      placeRowById.get(p.id)?.report('city', 'city must be the id of a place of kind city', p.city);
    }
  }
  if (problems.length > 0) return { problems: sortProblems(problems) };
  return {
    problems: [],
    dataset: {
      places,
      events: [...events].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id)),
      sources,
      claims: [...claims].sort((a, b) => a.asOf - b.asOf || a.id.localeCompare(b.id)),
      status: [...status].sort((a, b) => a.from - b.from || a.id.localeCompare(b.id)),
      deployments,
      deploymentSites,
      corrections,
    },
  };
}

function checkOverlaps(rows: { item: StatusInterval; row: Row }[], problems: Problem[]): void {
  const groups = new Map<string, { item: StatusInterval; row: Row }[]>();
  for (const r of rows) {
    const key = `${r.item.layer}|${r.item.subject}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => a.item.from - b.item.from);
    // Compare each interval with the one reaching furthest so far, not only its predecessor,
    // so an open-ended interval is reported against every later one it covers.
    let prev = group[0]!;
    for (const cur of group.slice(1)) {
      const prevEnd = prev.item.to ?? Number.POSITIVE_INFINITY;
      if (cur.item.from < prevEnd) {
        problems.push({
          file: cur.row.file,
          row: cur.row.row,
          column: 'from',
          message: `interval overlaps ${prev.item.id} (row ${prev.row.row}) for ${cur.item.layer} ${cur.item.subject}`,
          found: cur.row.raw('from'),
        });
      }
      if ((cur.item.to ?? Number.POSITIVE_INFINITY) > prevEnd) prev = cur;
    }
  }
}

function sortProblems(problems: Problem[]): Problem[] {
  const order = (f: string) => {
    const i = (DATA_FILES as string[]).indexOf(f);
    return i < 0 ? 99 : i;
  };
  return [...problems].sort(
    (a, b) => order(a.file) - order(b.file) || a.file.localeCompare(b.file) || a.row - b.row,
  );
}
