import { BASEMAP_PATH, DATASET_PATH } from '../domain/data-files';
import type { Dataset } from '../domain/dataset';

/** Public paths of the build's data files, relative to the page (see the qantar-data plugin). */
export const DATASET_URL = DATASET_PATH;
export const BASEMAP_URL = BASEMAP_PATH;

/** Loads the validated dataset the build emitted. */
export async function loadDataset(url: string = DATASET_URL): Promise<Dataset> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Dataset;
}
