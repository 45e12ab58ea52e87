import type { Dataset } from '../domain/dataset';

/** Public paths of the build's data files, relative to the page (see the qantar-data plugin). */
export const DATASET_URL = 'data/dataset.json';
export const BASEMAP_URL = 'data/basemap.json';

/** Loads the validated dataset the build emitted. */
export async function loadDataset(url: string = DATASET_URL): Promise<Dataset> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Dataset;
}
