import { METRICS, QUALIFIERS, type Claim } from '../../dataset';
import { CLAIMS_END, PRECISIONS, RANGE_START } from '../../time';
import {
  DATE,
  count,
  date,
  id,
  localized,
  oneOf,
  provenance,
  provenanceOf,
  ref,
  time,
} from '../columns';
import { defineTable } from '../table';

/** claims.csv: every figure (deaths, detained, troops …) as a separate claim by its claimant. */
export const claimsTable = defineTable({
  file: 'claims.csv',
  provides: ['record'],
  columns: {
    id: id(),
    metric: oneOf(METRICS, { required: true }),
    value: count({ required: true }),
    value_max: count(),
    qualifier: oneOf(QUALIFIERS, { required: true }),
    precision: oneOf(PRECISIONS, { required: true }),
    as_of: time({
      required: true,
      precision: 'precision',
      range: { from: RANGE_START, to: CLAIMS_END - 1, label: '2022-01-01 to 2023-12-31' },
    }),
    place: ref('place', { required: true }),
    contingent: ref('deployment', { requiredWhen: (v) => v.metric === 'troops' }),
    event: ref('event'),
    note: localized('note'),
    retracted: date(DATE),
    ...provenance('claim'),
  },
  rules: [
    (v, r) => {
      if (v.value !== undefined && v.value_max !== undefined && v.value_max < v.value)
        r.report('value_max', 'upper end is below value', String(v.value_max));
    },
  ],
  build(v): Claim {
    const c: Claim = {
      id: v.id,
      metric: v.metric,
      value: v.value,
      qualifier: v.qualifier,
      asOf: v.as_of.epoch,
      precision: v.precision,
      place: v.place,
      ...provenanceOf(v),
    };
    if (v.value_max !== undefined) c.valueMax = v.value_max;
    if (v.contingent) c.contingent = v.contingent;
    if (v.event) c.event = v.event;
    if (v.note) c.note = v.note;
    if (v.retracted) c.retracted = v.retracted;
    return c;
  },
});
