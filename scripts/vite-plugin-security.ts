import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { headerRules, headersFor, metaPolicy, netlifyHeaders } from './security-headers';

/** Where the build's manifest goes, outside the served directory (read by scripts/size-report.ts). */
export function manifestPathFor(outDir: string): string {
  const out = resolve(outDir);
  return join(dirname(out), '.build-meta', basename(out), 'manifest.json');
}

/** Returns the policy's meta tag (its values contain no double quote, so none is escaped). */
export function cspMetaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${metaPolicy()}" />`;
}

/**
 * The security policy in the build and in `vite preview` (issue 14, item 8), from the one
 * definition in security-headers.ts:
 * - a `<meta http-equiv="Content-Security-Policy">` first in the head of both pages (build
 *   only: the dev server's React refresh preamble is an inline script);
 * - `_headers` in the output for Netlify and Cloudflare Pages;
 * - the same headers on every response of `vite preview`, so the e2e tests run under them;
 * - `.vite/manifest.json` moved out of the output, so it is not published.
 */
export function qantarSecurity(): Plugin {
  let outDir = 'dist';
  return {
    name: 'qantar-security',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.server) return html;
        // Right after the charset, before any script or style sheet it governs.
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html))
          throw new Error(`${ctx.path}: no <meta charset> to put the policy after`);
        return html.replace(charset, (m) => `${m}\n    ${cspMetaTag()}`);
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: netlifyHeaders() });
    },
    writeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        const from = join(outDir, '.vite', 'manifest.json');
        const to = manifestPathFor(outDir);
        mkdirSync(dirname(to), { recursive: true });
        try {
          renameSync(from, to);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        }
        rmSync(join(outDir, '.vite'), { recursive: true, force: true });
      },
    },
    configurePreviewServer(server) {
      const rules = headerRules();
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(headersFor(req.url ?? '/', rules)))
          res.setHeader(name, value);
        next();
      });
    },
  };
}
