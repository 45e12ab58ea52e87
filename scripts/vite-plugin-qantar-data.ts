import { join } from 'node:path';
import type { Plugin } from 'vite';
import { BASEMAP_PATH, DATASET_PATH, FIRST_VIEW_PATH } from '../src/domain/data-files';
import { buildBasemap } from './basemap';
import { buildFirstView } from './first-view';
import { checkDataDir, readDataDir } from './read-data';

/** Public paths (relative to the app's base) of the files this plugin produces. */
export const DATA_ASSETS = {
  dataset: DATASET_PATH,
  basemap: BASEMAP_PATH,
  firstView: FIRST_VIEW_PATH,
} as const;

function datasetJson(dataDir: string): { json?: string; messages: string[] } {
  const { dataset, messages } = checkDataDir(dataDir);
  return dataset ? { json: JSON.stringify(dataset), messages } : { messages };
}

/**
 * The one build step through which the app gets its data: validates data/ with the same
 * check as `npm run data:check` and fails the build on any problem, so bad data never reaches
 * readers; then emits the dataset, the raw CSV files for download, and the derived base map.
 */
export function qantarData(options: { dataDir?: string } = {}): Plugin {
  let dataDir = options.dataDir ?? 'data';
  let building = false;
  return {
    name: 'qantar-data',
    configResolved(config) {
      dataDir = options.dataDir ?? join(config.root, 'data');
      building = config.command === 'build';
    },
    buildStart() {
      if (!building) return; // the dev server (and Vitest) serve the data from configureServer
      const { json, messages } = datasetJson(dataDir);
      if (!json) this.error(`The data check failed; the app is not built:\n${messages.join('\n')}`);
      this.emitFile({ type: 'asset', fileName: DATA_ASSETS.dataset, source: json });
      const basemap = buildBasemap();
      this.emitFile({
        type: 'asset',
        fileName: DATA_ASSETS.basemap,
        source: JSON.stringify(basemap),
      });
      this.emitFile({
        type: 'asset',
        fileName: DATA_ASSETS.firstView,
        source: JSON.stringify(buildFirstView(basemap)),
      });
      for (const [name, text] of Object.entries(readDataDir(dataDir))) {
        this.emitFile({ type: 'asset', fileName: `data/csv/${name}`, source: text });
      }
    },
    // The page needs the dataset and the first-view picture before it can show anything; the
    // browser fetches both while it parses the HTML instead of after the main chunk has run
    // (issue 15: the first view should not wait on the script). `crossorigin` makes the
    // preload match the CORS mode of the app's fetch(), so the response is reused.
    transformIndexHtml() {
      return [DATA_ASSETS.dataset, DATA_ASSETS.firstView].map((href) => ({
        tag: 'link',
        attrs: { rel: 'preload', href, as: 'fetch', type: 'application/json', crossorigin: '' },
        injectTo: 'head' as const,
      }));
    },
    configureServer(server) {
      let basemap: ReturnType<typeof buildBasemap> | undefined;
      let basemapJson: string | undefined;
      let firstView: string | undefined;
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        const send = (body: string, type = 'application/json') => {
          res.setHeader('Content-Type', `${type}; charset=utf-8`);
          res.end(body);
        };
        if (path === `/${DATA_ASSETS.dataset}`) {
          const { json, messages } = datasetJson(dataDir);
          if (json) return send(json);
          res.statusCode = 500;
          return send(messages.join('\n'), 'text/plain');
        }
        if (path === `/${DATA_ASSETS.basemap}`)
          return send((basemapJson ??= JSON.stringify((basemap ??= buildBasemap()))));
        if (path === `/${DATA_ASSETS.firstView}`)
          return send((firstView ??= JSON.stringify(buildFirstView((basemap ??= buildBasemap())))));
        const csv = /^\/data\/csv\/([a-z_]+\.csv)$/.exec(path ?? '');
        const files = csv ? readDataDir(dataDir) : {};
        if (csv?.[1] && files[csv[1]] !== undefined) return send(files[csv[1]]!, 'text/csv');
        next();
      });
    },
  };
}
