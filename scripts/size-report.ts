import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { manifestPathFor } from './vite-plugin-security';

export interface SizeEntry {
  file: string;
  kind: 'js' | 'css' | 'data' | 'font';
  raw: number;
  gzip: number;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

/** Critical-path JavaScript budget (gzip): issue 15's target (the brief allowed 350 kB). */
export const CRITICAL_JS_BUDGET = 120 * 1024;

/** Budget (gzip) of the first-view picture, which the first view waits for beside the dataset. */
export const FIRST_VIEW_BUDGET = 30 * 1024;

function entry(dist: string, file: string, kind: SizeEntry['kind']): SizeEntry {
  const bytes = readFileSync(join(dist, file));
  return { file, kind, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function kindOf(file: string): SizeEntry['kind'] {
  if (file.endsWith('.js') || file.endsWith('.mjs')) return 'js';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.woff2') || file.endsWith('.woff')) return 'font';
  return 'data';
}

/** Returns what the full page loads before its first paint and text view: the entry chunk with
 * its static imports and CSS, the UI font files it uses, the dataset and the first-view picture
 * of the map. The map (maplibre, its worker, CSS and the base map) loads after, without
 * blocking them. */
export function criticalPath(dist = 'dist'): { critical: SizeEntry[]; deferred: SizeEntry[] } {
  const manifest = JSON.parse(readFileSync(manifestPathFor(dist), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const seen = new Set<string>();
  const critical: SizeEntry[] = [];
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    critical.push(entry(dist, file, kindOf(file)));
    // Static imports of a chunk load with it; dynamic imports do not.
    const chunk = manifest[byFile.get(file) ?? ''];
    for (const css of chunk?.css ?? []) add(css);
    for (const imp of chunk?.imports ?? []) if (manifest[imp]) add(manifest[imp].file);
  };
  // What the page's HTML itself loads: module scripts, module preloads and style sheets.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  for (const m of html.matchAll(
    /<(?:script[^>]*\ssrc|link[^>]*\shref)="\.?\/?([^"]+\.(?:js|css))"/g,
  ))
    add(m[1]!);
  // The interface text is Latin (English, German): the regular and bold Latin subsets.
  for (const chunk of Object.values(manifest)) {
    for (const asset of chunk.assets ?? []) {
      if (
        /noto-sans-latin-(400|700)-normal-[^/]*\.woff2$/.test(asset) &&
        !critical.some((e) => e.file === asset)
      ) {
        critical.push(entry(dist, asset, 'font'));
      }
    }
  }
  critical.push(entry(dist, 'data/dataset.json', 'data'));
  critical.push(entry(dist, 'data/first-view.json', 'data'));

  const deferred: SizeEntry[] = [];
  const deferredSeen = new Set<string>(critical.map((e) => e.file));
  for (const chunk of Object.values(manifest)) {
    for (const file of [chunk.file, ...(chunk.css ?? [])]) {
      if (!deferredSeen.has(file) && /adapter|export-png|EmbedDialog|maplibre/.test(file)) {
        deferredSeen.add(file);
        deferred.push(entry(dist, file, kindOf(file)));
      }
    }
  }
  deferred.push(entry(dist, 'data/basemap.json', 'data'));
  return { critical, deferred };
}

export function sum(
  entries: readonly SizeEntry[],
  kind?: SizeEntry['kind'],
): { raw: number; gzip: number } {
  const list = kind ? entries.filter((e) => e.kind === kind) : entries;
  return { raw: list.reduce((n, e) => n + e.raw, 0), gzip: list.reduce((n, e) => n + e.gzip, 0) };
}

export const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
