import { describe, expect, it } from 'vitest';
import { CSV_FILES, DATASET_PATH, csvPath } from '../../../src/domain/data-files';
import { DATA_FILES } from '../../../src/domain/validate';
import { DATA_ASSETS } from '../../../scripts/vite-plugin-qantar-data';

describe('data files', () => {
  it('lists exactly the tables the validator checks', () => {
    expect([...CSV_FILES].sort()).toEqual([...DATA_FILES].sort());
  });

  it('links the files where the build emits them', () => {
    expect(DATASET_PATH).toBe(DATA_ASSETS.dataset);
    expect(csvPath('events.csv')).toBe('data/csv/events.csv');
  });
});
