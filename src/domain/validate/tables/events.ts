import { CATEGORIES, type DatedEvent } from '../../dataset';
import { PRECISIONS, RANGE_END, RANGE_START, toAlmatyIso } from '../../time';
import {
  coordinates,
  id,
  localized,
  oneOf,
  provenance,
  provenanceOf,
  ref,
  STARTS_IN_RANGE,
  time,
} from '../columns';
import { defineTable } from '../table';
import { LOCATION_PRECISIONS } from '../../location';

/** events.csv: what happened, where and when, and who says so. */
export const eventsTable = defineTable({
  file: 'events.csv',
  provides: ['event', 'record'],
  columns: {
    id: id(),
    precision: oneOf(PRECISIONS, { required: true }),
    // An event starts inside the slider's range: 20 Jan 00:00 itself is already outside.
    start: time({
      required: true,
      precision: 'precision',
      range: STARTS_IN_RANGE,
    }),
    end: time({
      range: { from: RANGE_START, to: RANGE_END, label: `until ${toAlmatyIso(RANGE_END)}` },
    }),
    place: ref('place', { required: true }),
    position: coordinates(),
    location: oneOf(LOCATION_PRECISIONS),
    category: oneOf(CATEGORIES, { required: true }),
    summary: localized('summary', { required: true }),
    ...provenance('event'),
    // The event this one follows: it must not start earlier (../../editorial.ts).
    follows: ref('event'),
  },
  rules: [
    (v, r) => {
      if (v.start && v.end && v.end.epoch < v.start.epoch)
        r.report('end', 'end is before start', r.raw('end'));
    },
  ],
  build(v): DatedEvent {
    const e: DatedEvent = {
      id: v.id,
      start: v.start.epoch,
      precision: v.precision,
      offsetMinutes: v.start.offsetMinutes,
      place: v.place,
      category: v.category,
      summary: v.summary,
      ...v.position,
      ...provenanceOf(v),
    };
    if (v.end) e.end = v.end.epoch;
    if (v.follows) e.follows = v.follows;
    if (v.location) e.location = v.location;
    return e;
  },
});
