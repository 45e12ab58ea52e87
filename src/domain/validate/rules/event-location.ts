import { isFinerThanPlace } from '../../location';
import type { DatasetRule } from '../dataset-rules';

/** events.csv `location` may be coarser than the place, never finer (no made-up precision). */
export const eventLocationRule: DatasetRule = ({ places, events }) => {
  const byId = new Map(places.map((p) => [p.item.id, p.item]));
  for (const { item: e, row } of events) {
    if (e.location && isFinerThanPlace(e.location, e, byId))
      row.report(
        'location',
        `the place gives no ${e.location}-level position (a site needs coordinates, a city a city)`,
        e.location,
      );
  }
};
