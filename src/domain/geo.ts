// The one module that uses turf: geometry the app derives from the dataset.
import { destination, featureCollection, point } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { eventPosition, type Dataset, type Category, type Verification } from './dataset';
import { hoursSinceStart } from './time';

export interface IncidentProperties {
  id: string;
  /** Hours since the slider start: the number map filters compare with the slider time. */
  h: number;
  cat: Category;
  ver: Verification;
}

const GOLDEN_ANGLE = 137.508;

/** Returns the i-th point of a sunflower spiral around a centre, so stacked events stay apart. */
export function spreadAround(center: [number, number], i: number, stepKm = 2.2): [number, number] {
  if (i === 0) return center;
  const p = destination(point(center), stepKm * Math.sqrt(i), (i * GOLDEN_ANGLE) % 360 - 180, { units: 'kilometers' });
  const [lon, lat] = p.geometry.coordinates;
  return [Math.round(lon! * 1e5) / 1e5, Math.round(lat! * 1e5) / 1e5];
}

/**
 * Returns the incidents as one GeoJSON collection, loaded into the map once: every event with
 * a position gets a numeric time `h` and a stable id; events at the same spot are spread out.
 * Nationwide events (no position) are not drawn; they are listed in the text view.
 */
export function incidentCollection(dataset: Dataset): FeatureCollection<Point, IncidentProperties> {
  const placesById = new Map(dataset.places.map((p) => [p.id, p]));
  const perSpot = new Map<string, number>();
  const features: Feature<Point, IncidentProperties>[] = [];
  for (const e of dataset.events) {
    const pos = eventPosition(e, placesById);
    if (!pos) continue;
    const key = pos.join(',');
    const i = perSpot.get(key) ?? 0;
    perSpot.set(key, i + 1);
    features.push(point(spreadAround(pos, i), { id: e.id, h: hoursSinceStart(e.start), cat: e.category, ver: e.verification }));
  }
  return featureCollection(features);
}
