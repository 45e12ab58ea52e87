import {
  KZ_REGION_CODES,
  STATUS_LAYERS,
  type StatusInterval,
  type StatusLayer,
} from '../../dataset';
import { PRECISIONS } from '../../time';
import {
  column,
  id,
  localized,
  oneOf,
  provenance,
  provenanceOf,
  readOneOf,
  STARTS_IN_RANGE,
  time,
} from '../columns';
import type { Problem } from '../problem';
import { defineTable, type Built } from '../table';

/** status.csv: intervals of site control, state of emergency, curfew and internet status. */
export const statusTable = defineTable({
  file: 'status.csv',
  provides: ['record'],
  columns: {
    id: id(),
    layer: oneOf(Object.keys(STATUS_LAYERS) as StatusLayer[], { required: true }),
    subject: column(
      (r, key, v) => {
        const subject = r.text(key, true);
        const layer = v.layer as StatusLayer | undefined;
        if (subject && layer) {
          if (layer === 'site_control') r.addRef('place', key, subject);
          else if (layer === 'internet' && subject !== 'KZ')
            r.report(key, 'internet status is national: subject must be KZ', subject);
          else if (
            (layer === 'emergency' || layer === 'curfew') &&
            !(KZ_REGION_CODES as readonly string[]).includes(subject) &&
            subject !== 'KZ'
          )
            r.report(key, 'unknown region code', subject);
        }
        return subject;
      },
      { required: true },
    ),
    // The vocabulary of `status` depends on the layer.
    status: column(
      (r, key, v) => {
        const layer = v.layer as StatusLayer | undefined;
        return layer ? readOneOf(r, key, STATUS_LAYERS[layer], true) : r.text(key, true);
      },
      { required: true },
    ),
    precision: oneOf(PRECISIONS, { required: true }),
    from: time({
      required: true,
      precision: 'precision',
      range: STARTS_IN_RANGE,
    }),
    from_latest: time(),
    to: time(),
    note: localized('note'),
    ...provenance('status interval'),
  },
  rules: [
    (v, r) => {
      const from = v.from?.epoch;
      const fromLatest = v.from_latest?.epoch;
      const to = v.to?.epoch;
      if (from !== undefined && fromLatest !== undefined && fromLatest <= from)
        r.report('from_latest', 'latest start must be after from', r.raw('from_latest'));
      if (from !== undefined && to !== undefined && to <= from)
        r.report('to', 'end is not after start', r.raw('to'));
      if (fromLatest !== undefined && to !== undefined && to <= fromLatest)
        r.report('to', 'end is not after the latest start', r.raw('to'));
    },
  ],
  build(v): StatusInterval {
    const s: StatusInterval = {
      id: v.id,
      layer: v.layer,
      subject: v.subject,
      status: v.status,
      from: v.from.epoch,
      precision: v.precision,
      ...provenanceOf(v),
    };
    if (v.from_latest) s.fromLatest = v.from_latest.epoch;
    if (v.to) s.to = v.to.epoch;
    if (v.note) s.note = v.note;
    return s;
  },
  check: checkOverlaps,
});

/** Reports intervals of one layer and subject that overlap. */
function checkOverlaps(rows: readonly Built<StatusInterval>[], problems: Problem[]): void {
  const groups = new Map<string, Built<StatusInterval>[]>();
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
