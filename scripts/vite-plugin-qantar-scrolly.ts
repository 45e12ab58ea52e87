import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';

/** File name of the shipped scrollytelling helper, beside index.html and embed.html. */
export const SCROLLY_FILE = 'qantar-scrolly.js';

/**
 * Builds the scrollytelling helper (src/embed/scrolly.ts with scrollama bundled) as one classic
 * script, qantar-scrolly.js, into the app's output folder after the app is built, so host pages
 * load it with a plain <script src> from another origin (no module CORS needed).
 */
export function qantarScrolly(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  return {
    name: 'qantar-scrolly',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2019',
          copyPublicDir: false,
          lib: {
            entry: resolve(root, 'src/embed/scrolly.ts'),
            formats: ['iife'],
            name: 'QantarScrolly',
            fileName: () => SCROLLY_FILE,
          },
        },
      });
    },
  };
}
