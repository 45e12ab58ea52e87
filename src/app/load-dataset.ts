import { BASEMAP_PATH, DATASET_PATH, FIRST_VIEW_PATH } from '../domain/data-files';
import type { Dataset } from '../domain/dataset';
import type { FirstViewData } from '../map/first-view-data';

/** Public paths of the build's data files, relative to the page (see the qantar-data plugin). */
export const DATASET_URL = DATASET_PATH;
export const BASEMAP_URL = BASEMAP_PATH;

/** Loads the validated dataset the build emitted. */
export async function loadDataset(url: string = DATASET_URL): Promise<Dataset> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Dataset;
}

let firstView: Promise<FirstViewData | null> | undefined;

/**
 * The first-view picture (one request, shared): main.tsx starts it beside the dataset, and the
 * map view takes it when it mounts. Without it the map region stays blank until the map draws.
 */
export function loadFirstView(): Promise<FirstViewData | null> {
  return (firstView ??= fetch(FIRST_VIEW_PATH)
    .then((r) => (r.ok ? (r.json() as Promise<FirstViewData>) : null))
    .catch(() => null));
}
