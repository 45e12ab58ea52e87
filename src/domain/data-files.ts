// The dataset's published files. Plain constants, so the UI can link them without importing the
// validator (which defines each table's columns) or the app's loader.

/** Where the build emits the validated dataset, relative to the page. */
export const DATASET_PATH = 'data/dataset.json';

/** Where the build emits the derived base map, relative to the page. */
export const BASEMAP_PATH = 'data/basemap.json';

/** Where the build emits the first-view picture of the base map (issue 15), relative to the page. */
export const FIRST_VIEW_PATH = 'data/first-view.json';

/** The CSV tables of data/ (the validator's tables; a unit test keeps the two lists equal). */
export const CSV_FILES = [
  'sources.csv',
  'places.csv',
  'events.csv',
  'claims.csv',
  'status.csv',
  'deployments.csv',
  'deployment_sites.csv',
  'corrections.csv',
] as const;

/** Returns the path, relative to the page, at which the build publishes a CSV table. */
export function csvPath(file: (typeof CSV_FILES)[number]): string {
  return `data/csv/${file}`;
}
