// The data check: validates the CSV files of data/ and builds the dataset.
//
// Each data file has a declarative schema in ./validate/tables/<file>.ts (its columns, rules
// that span columns, and how a row becomes a record); column types are in
// ./validate/columns.ts. This module lists the tables in file order and runs the checks that
// span tables.
//  - Add a column: one entry in the table's `columns` (e.g. `kind: oneOf(KINDS)`), plus the
//    field in its `build`. Header checks and messages follow from the schema.
//  - Add a table: a new module in ./validate/tables/ built with `defineTable`, listed in
//    SCHEMAS below (the position is the file order of messages), read in validateDataset
//    and added to the Dataset (and to BuiltTables in ./validate/dataset-rules.ts). A new
//    kind of id reference is one line in REF_KINDS (./validate/row.ts).
//  - Add a rule across tables: its own module, listed in DATASET_RULES.
import type { Dataset } from './dataset';
import { compareEvents } from './editorial';
import { DATASET_RULES, type BuiltTables } from './validate/dataset-rules';
import { decodeDataFile } from './validate/encoding';
import { sortProblems, type Problem } from './validate/problem';
import { checkReferences, type ReadTable } from './validate/references';
import {
  buildRows,
  readRows,
  type Built,
  type ReadContext,
  type TableSchema,
} from './validate/table';
import { claimsTable } from './validate/tables/claims';
import { correctionsTable } from './validate/tables/corrections';
import { deploymentSitesTable } from './validate/tables/deployment-sites';
import { deploymentsTable } from './validate/tables/deployments';
import { eventsTable } from './validate/tables/events';
import { placesTable } from './validate/tables/places';
import { sourcesTable } from './validate/tables/sources';
import { statusTable } from './validate/tables/status';
import { STORY_FILE, validateStory, type StoryStep } from './story-steps';

export { formatProblem, type Problem } from './validate/problem';

/** The data files in the order their problems are listed. */
const SCHEMAS = [
  sourcesTable,
  placesTable,
  eventsTable,
  claimsTable,
  statusTable,
  deploymentsTable,
  deploymentSitesTable,
  correctionsTable,
] as const;

export type DataFileName = (typeof SCHEMAS)[number]['file'];
export const DATA_FILES: DataFileName[] = SCHEMAS.map((s) => s.file);

export interface ValidationResult {
  problems: Problem[];
  /** Rows skipped because all their cells are empty or blank (e.g. a row cleared in Excel). */
  skippedRows: { file: string; row: number }[];
  /** The dataset, only when there are no problems: bad data never reaches readers half-loaded. */
  dataset?: Dataset;
}

/** Returns a data file's text, or undefined after reporting why it cannot be read. */
function fileText(
  file: string,
  content: string | Uint8Array | undefined,
  problems: Problem[],
): string | undefined {
  if (content === undefined) {
    problems.push({ file, row: 0, column: '-', message: 'data file is missing' });
    return undefined;
  }
  if (typeof content === 'string') return content;
  const decoded = decodeDataFile(file, content);
  if ('problem' in decoded) {
    problems.push(decoded.problem);
    return undefined;
  }
  return decoded.text;
}

/**
 * Validates the data files (file name → bytes as read from disk, or text already decoded)
 * and returns every problem, plus the dataset if clean.
 */
export function validateDataset(
  files: Partial<Record<string, string | Uint8Array>>,
): ValidationResult {
  const ctx: ReadContext = { problems: [], refs: [], skipped: [] };
  const { problems, refs } = ctx;
  for (const name of Object.keys(files)) {
    if (name.endsWith('.csv') && !(DATA_FILES as string[]).includes(name) && name !== STORY_FILE) {
      problems.push({
        file: name,
        row: 0,
        column: '-',
        message: 'unknown data file; expected one of ' + DATA_FILES.join(', '),
      });
    }
  }
  const read: ReadTable[] = [];
  const table = <C extends TableSchema['columns'], T>(
    schema: TableSchema<string, C, T>,
  ): Built<T>[] => {
    const text = fileText(schema.file, files[schema.file], problems);
    const parsed = text === undefined ? undefined : readRows(schema, text, ctx);
    const rows = parsed?.rows ?? [];
    const idsKnown = parsed !== undefined && (!schema.provides || parsed.header.includes('id'));
    read.push({ file: schema.file, provides: schema.provides ?? [], rows, idsKnown });
    return buildRows(schema, rows, problems);
  };

  const built: BuiltTables = {
    sources: table(sourcesTable),
    places: table(placesTable),
    events: table(eventsTable),
    claims: table(claimsTable),
    status: table(statusTable),
    deployments: table(deploymentsTable),
    deploymentSites: table(deploymentSitesTable),
    corrections: table(correctionsTable),
  };
  checkReferences(read, refs, problems);
  for (const rule of DATASET_RULES) rule(built);

  // The story (optional file, own module: story-steps.ts) names events, places and claims.
  let story: StoryStep[] | undefined;
  if (files[STORY_FILE] !== undefined) {
    const text = fileText(STORY_FILE, files[STORY_FILE], problems);
    if (text !== undefined) {
      const places = built.places.map((b) => b.item);
      const checked = validateStory(
        text,
        {
          events: new Set(built.events.map((b) => b.item.id)),
          places: new Set(places.map((p) => p.id)),
          claims: new Set(built.claims.map((b) => b.item.id)),
          eventStarts: new Map(built.events.map((b) => [b.item.id, b.item.start])),
        },
        new Map(places.map((p) => [p.id, p])),
      );
      problems.push(...checked.problems);
      story = checked.steps;
    }
  }

  const skippedRows = ctx.skipped;
  if (problems.length > 0) return { problems: sortProblems(problems, DATA_FILES), skippedRows };
  const items = <T>(rows: readonly Built<T>[]) => rows.map((b) => b.item);
  return {
    problems: [],
    skippedRows,
    dataset: {
      ...(story ? { story } : {}),
      places: items(built.places),
      // Same start: an event that follows another comes after it (editorial.ts).
      events: items(built.events).sort(compareEvents),
      sources: items(built.sources),
      claims: items(built.claims).sort((a, b) => a.asOf - b.asOf || a.id.localeCompare(b.id)),
      status: items(built.status).sort((a, b) => a.from - b.from || a.id.localeCompare(b.id)),
      deployments: items(built.deployments),
      deploymentSites: items(built.deploymentSites),
      corrections: items(built.corrections),
    },
  };
}
