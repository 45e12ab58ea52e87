import type { Contingent, Dataset } from './dataset';
import { statusSubjects } from './status';
import { troopRoute, troopSchedule, type TroopRoute, type TroopSchedule } from './troops';

export interface StoryTroop {
  contingent: Contingent;
  schedule: TroopSchedule;
  route: TroopRoute;
}

/** What the story layers need, computed once per dataset: sites with a control timeline and
 * the contingents that can be drawn (known airfields) with their schedules and routes. */
export interface StoryIndex {
  sites: string[];
  troops: StoryTroop[];
}

/** Returns the story index of a dataset. */
export function createStoryIndex(dataset: Dataset): StoryIndex {
  const placesById = new Map(dataset.places.map((p) => [p.id, p]));
  const troops: StoryTroop[] = [];
  for (const contingent of dataset.deployments) {
    const route = troopRoute(contingent, placesById);
    if (route) troops.push({ contingent, schedule: troopSchedule(contingent), route });
  }
  return { sites: statusSubjects(dataset.status, 'site_control'), troops };
}

/** Returns the ids of the places that open a panel: cities, and sites with a control timeline. */
export function panelPlaceIds(dataset: Dataset): Set<string> {
  return new Set([
    ...dataset.places.filter((p) => p.kind === 'city').map((p) => p.id),
    ...statusSubjects(dataset.status, 'site_control'),
  ]);
}
