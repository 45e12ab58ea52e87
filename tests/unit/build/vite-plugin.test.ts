import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { qantarData } from '../../../scripts/vite-plugin-qantar-data';
import { removeFixtures, replace, writeFixture } from '../data/fixtures';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

/** Runs the plugin's build hooks with a minimal stand-in for Rollup's plugin context. */
function runBuild(dataDir: string) {
  const plugin = qantarData({ dataDir });
  const emitted = new Map<string, string>();
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
    emitFile(file: { fileName: string; source: string }) {
      emitted.set(file.fileName, file.source);
      return file.fileName;
    },
  };
  (plugin.configResolved as Hook).call(context, { root: process.cwd(), command: 'build' });
  (plugin.buildStart as Hook).call(context, {});
  return emitted;
}

afterAll(removeFixtures);

describe('the data build step', () => {
  it('emits the validated dataset, the base map and the CSV files for download', () => {
    const emitted = runBuild('data');
    const dataset = JSON.parse(emitted.get('data/dataset.json')!) as {
      events: unknown[];
      sources: unknown[];
    };
    expect(dataset.events.length).toBeGreaterThan(150);
    expect(dataset.sources.length).toBeGreaterThan(100);
    const basemap = JSON.parse(emitted.get('data/basemap.json')!) as {
      regions: { features: unknown[] };
    };
    expect(basemap.regions.features).toHaveLength(17);
    expect([...emitted.keys()]).toContain('data/csv/events.csv');
  }, 30_000);

  it('preloads the dataset and the first-view picture from every page', () => {
    const plugin = qantarData({ dataDir: 'data' });
    const tags = (
      plugin.transformIndexHtml as unknown as () => { attrs: Record<string, string> }[]
    )();
    expect(tags.map((t) => [t.attrs['rel'], t.attrs['href'], t.attrs['as']])).toEqual([
      ['preload', 'data/dataset.json', 'fetch'],
      ['preload', 'data/first-view.json', 'fetch'],
    ]);
  });

  it('fails the build with the data check’s messages when the data is broken', () => {
    const dir = writeFixture(replace('events.csv', ',violence,', ',riot,'));
    expect(() => runBuild(dir)).toThrow(
      `The data check failed; the app is not built:\n${join(dir, 'events.csv')}:2:category: unknown value`,
    );
  });
});
