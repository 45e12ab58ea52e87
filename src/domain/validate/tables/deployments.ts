import { FOREIGN_COUNTRY_CODES, VERIFICATIONS, type Contingent } from '../../dataset';
import { PRECISIONS, RANGE_END, RANGE_START } from '../../time';
import { checkInRange, id, localized, oneOf, ref, sourceList, time } from '../columns';
import { defineTable } from '../table';

/** The steps of a deployment, in the order they must happen: [column, field]. */
const STEPS = [
  ['departure', 'departure'],
  ['arrival', 'arrival'],
  ['withdrawal_start', 'withdrawalStart'],
  ['withdrawal_end', 'withdrawalEnd'],
] as const;

const stepTime = () => time({ precision: 'precision' });

/** deployments.csv: the CSTO contingents, their route and their timeline. */
export const deploymentsTable = defineTable({
  file: 'deployments.csv',
  provides: ['deployment'],
  columns: {
    id: id(),
    country: oneOf(['CSTO', ...FOREIGN_COUNTRY_CODES], { required: true }),
    name: localized('name', { required: true }),
    units: localized('units'),
    precision: oneOf(PRECISIONS, { required: true }),
    departure: stepTime(),
    arrival: stepTime(),
    withdrawal_start: stepTime(),
    withdrawal_end: stepTime(),
    origin: ref('place'),
    departure_airfield: ref('place'),
    arrival_airfield: ref('place'),
    verification: oneOf(VERIFICATIONS, { required: true }),
    sources: sourceList('deployment'),
    note: localized('note'),
  },
  rules: [
    (v, r) => {
      let last: number | undefined;
      for (const [column] of STEPS) {
        const t = v[column]?.epoch;
        if (t === undefined) continue;
        checkInRange(r, column, t, {
          from: RANGE_START,
          to: RANGE_END,
          label: '2022-01-01 to 2022-01-20',
        });
        if (last !== undefined && t < last)
          r.report(column, 'time is before the previous step of the deployment', r.raw(column));
        last = t;
      }
    },
  ],
  build(v): Contingent {
    const c: Contingent = {
      id: v.id,
      country: v.country,
      name: v.name,
      precision: v.precision,
      verification: v.verification,
      sources: v.sources,
    };
    if (v.units) c.units = v.units;
    if (v.origin) c.origin = v.origin;
    if (v.departure_airfield) c.departureAirfield = v.departure_airfield;
    if (v.arrival_airfield) c.arrivalAirfield = v.arrival_airfield;
    for (const [column, field] of STEPS) {
      const t = v[column];
      if (t) c[field] = t.epoch;
    }
    if (v.note) c.note = v.note;
    return c;
  },
});
