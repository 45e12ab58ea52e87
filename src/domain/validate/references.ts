import type { Problem } from './problem';
import { REF_KINDS, type Ref, type RefKind, type Row } from './row';

/** A table as read, for the checks that span tables. */
export interface ReadTable {
  file: string;
  provides: readonly RefKind[];
  rows: readonly Row[];
  /**
   * False when the table's ids are unknown (file missing or unreadable, no `id` column): that
   * is reported once for the file, so references to it are not reported again one by one.
   */
  idsKnown: boolean;
}

/**
 * Checks the references between tables once every table is read. A row with its own
 * problem still counts as existing here, so one bad cell does not cascade into "unknown id"
 * elsewhere. Ids of a kind defined by several tables (events, claims and status all define
 * records, which corrections name by id alone) must be unique across those tables.
 */
export function checkReferences(
  tables: readonly ReadTable[],
  refs: readonly Ref[],
  problems: Problem[],
): void {
  const sets = new Map<RefKind, Set<string>>();
  const unknownKinds = new Set<RefKind>();
  for (const kind of Object.keys(REF_KINDS) as RefKind[]) {
    const providers = tables.filter((t) => t.provides.includes(kind));
    if (providers.some((t) => !t.idsKnown)) unknownKinds.add(kind);
    const owner = new Map<string, string>();
    for (const t of providers) {
      for (const r of t.rows) {
        const id = r.raw('id');
        if (id === '') continue;
        const first = owner.get(id);
        if (providers.length > 1 && first !== undefined && first !== t.file)
          r.report('id', `id is already used in ${first}`, id);
        else owner.set(id, t.file);
      }
    }
    sets.set(kind, new Set(owner.keys()));
  }
  for (const ref of refs) {
    if (!unknownKinds.has(ref.kind) && !sets.get(ref.kind)?.has(ref.id)) {
      problems.push({
        file: ref.file,
        row: ref.row,
        column: ref.column,
        message: `unknown ${REF_KINDS[ref.kind]} id`,
        found: ref.id,
      });
    }
  }
}
