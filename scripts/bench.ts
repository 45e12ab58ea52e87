// `npm run bench`: measures what readers feel, side by side in one run with two references:
// the naive setData slider (the baseline) and a bare maplibre page showing the same base map
// and nothing else (the anchor). Builds the app (production, and the test build with its
// read-only hook), uses the real dataset and synthetic ones of 1,000 / 10,000 / 100,000 events
// from a fixed seed, drives Debian's Chromium with Playwright, runs Lighthouse on the app and
// the anchor, repeats every measure (BENCH_RUNS, at least 3) and reports medians, prints a
// summary with ratios and writes bench-results/report-<date>.md.
// Timings are reported, never asserted: see README, "Benchmark".
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createServer } from 'vite';
import { CHROMIUM_ARGS } from '../playwright.config';
import type { Dataset } from '../src/domain/dataset';
import { createStoryIndex } from '../src/domain/story';
import { HOUR_MS, RANGE_END, RANGE_START } from '../src/domain/time';
import { anyTroopMoving, cellOf, createLayerBoundaries } from '../src/domain/time-cells';
import { createTimeIndex } from '../src/domain/time-index';
import { checkDataDir } from './read-data';
import { random, syntheticDataset } from './synthetic';
import { CRITICAL_JS_BUDGET, criticalPath, kB, sum } from './size-report';

// BENCH_SIZES=real,1000 BENCH_JUMPS=6 BENCH_LH_RUNS=1 BENCH_PLAY_SECONDS=20 gives a quick run.
const SIZES = (process.env['BENCH_SIZES'] ?? 'real,1000,10000,100000').split(',');
const RUNS = Math.max(3, Number(process.env['BENCH_RUNS'] ?? 3));
const LH_RUNS = Number(process.env['BENCH_LH_RUNS'] ?? 3);
const SETTLE_STEPS = Number(process.env['BENCH_SETTLE_STEPS'] ?? 20);
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// (4190 is on the Fetch standard's list of blocked ports.)
const BENCH_PORT = Number(process.env['BENCH_PORT'] ?? 4280);
const PROD_PORT = BENCH_PORT + 1;
const PLAY_SECONDS = Number(process.env['BENCH_PLAY_SECONDS'] ?? 60);
const TOTAL_HOURS = (RANGE_END - RANGE_START) / HOUR_MS;
const JUMPS = Number(process.env['BENCH_JUMPS'] ?? 20);
const QUIET = Number(process.env['BENCH_QUIET'] ?? 40);

/**
 * The slider positions: JUMPS (20) jumps to a seeded random hour, each followed by 7 one-hour steps,
 * as a reader scrubs and then steps (or plays). The same for every size and approach.
 */
function sliderSteps(): number[] {
  const rnd = random(7);
  const out: number[] = [];
  for (let k = 0; k < JUMPS; k++) {
    const start = Math.floor(rnd() * (TOTAL_HOURS - 8));
    for (let i = 0; i < 8; i++) out.push(start + i);
  }
  return out;
}

/**
 * Returns, per step, whether it changes anything the map draws (any layer family's cell, or a
 * moving contingent), as the binding decides (src/domain/time-cells.ts); the first step is
 * from `first`.
 */
function classifySteps(dataset: Dataset, first: number, hours: number[]): boolean[] {
  const index = createTimeIndex(dataset.events);
  const story = createStoryIndex(dataset);
  const b = createLayerBoundaries(dataset, index, story);
  const key = (h: number) => {
    const t = RANGE_START + h * HOUR_MS;
    const cells = Object.values(b).map((x) => cellOf(x, t));
    return anyTroopMoving(story, t) ? `moving@${t}` : cells.join(',');
  };
  let prev = key(first);
  return hours.map((h) => {
    const k = key(h);
    // A moving contingent's key holds the time, so every step while it moves counts.
    const changed = k !== prev;
    prev = k;
    return changed;
  });
}

/**
 * Up to QUIET hours whose one-hour step from the hour before changes nothing the map draws
 * (none at sizes where every hour crosses a boundary), evenly spread over the month: the ticks
 * the "changes nothing" target is about. The slider steps above hold too few of them to give a
 * p95 (3 of 79 at 1,000 events, none above).
 */
function quietHours(dataset: Dataset): number[] {
  const all = Array.from({ length: TOTAL_HOURS - 1 }, (_, i) => i + 1);
  const changed = classifySteps(dataset, 0, all);
  const quiet = all.filter((_, i) => !changed[i]);
  if (quiet.length <= QUIET) return quiet;
  return Array.from({ length: QUIET }, (_, k) => quiet[Math.floor((k * quiet.length) / QUIET)]!);
}

/** Serves a build folder; stop() ends the whole process group (npx and the server it starts). */
function serve(dir: string, port: number): { stop: () => void } {
  const child: ChildProcess = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      dir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    {
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
  return {
    stop: () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not start`);
}

function percentile(values: number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const median = (v: number[]) => percentile(v, 50);
interface Stats {
  p50: number;
  p95: number;
  n: number;
}
const stats = (v: number[]): Stats => ({
  p50: percentile(v, 50),
  p95: percentile(v, 95),
  n: v.filter(Number.isFinite).length,
});
/** The median over runs of each run's p50 and p95. */
const medianStats = (runs: Stats[]): Stats => ({
  p50: median(runs.map((r) => r.p50)),
  p95: median(runs.map((r) => r.p95)),
  n: runs[0]?.n ?? 0,
});
const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 2 : 0)} ms` : 'n/a');
const ratio = (a: number, b: number) =>
  Number.isFinite(a / b) && b > 0 ? `${(a / b).toFixed(a / b < 10 ? 1 : 0)}×` : 'n/a';

/** The base map's sources, by their ids in the app's style (data/basemap.json's keys). */
const BASEMAP_SOURCES = ['countries', 'regions', 'labels', 'borders', 'lakes', 'rivers'] as const;

/**
 * The app's own base-map layers: src/map/style.ts's `buildStyle`, loaded through Vite (its font
 * imports are `?url` assets) and cut down to the background and the layers that draw
 * data/basemap.json, so the anchor cannot drift from what the app draws.
 */
async function appBasemapStyle(): Promise<{ layers: unknown[]; state: unknown }> {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false },
  });
  try {
    const { buildStyle } = (await server.ssrLoadModule('/src/map/style.ts')) as {
      buildStyle: typeof import('../src/map/style').buildStyle;
    };
    const empty = { type: 'FeatureCollection' as const, features: [] };
    const basemap = Object.fromEntries(BASEMAP_SOURCES.map((k) => [k, empty]));
    const style = buildStyle(
      { bounds: [0, 0, 0, 0], ...basemap } as unknown as Parameters<typeof buildStyle>[0],
      {
        incidents: empty,
        regionStatus: empty,
        troopRoutes: empty,
        sitePoints: empty,
        markerPoints: empty,
      },
      { hours: { incidents: 0, regions: 0, routes: 0 }, lang: 'en' },
    );
    const layers = style.layers.filter(
      (l) =>
        l.type === 'background' ||
        ('source' in l && (BASEMAP_SOURCES as readonly string[]).includes(l.source)),
    );
    return { layers, state: style.state };
  } finally {
    await server.close();
  }
}

/**
 * The anchor: a bare maplibre page drawing the app's base map (the same layers, colours and
 * font: countries, regions, borders, lakes, rivers and their labels) and nothing else, served
 * next to the app so Lighthouse and the settle measures see the same origin, headers and machine.
 */
async function writeAnchor(dist: string): Promise<void> {
  const dir = join(dist, 'anchor');
  mkdirSync(dir, { recursive: true });
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
    copyFileSync(join('node_modules/maplibre-gl/dist', f), join(dir, f));
  const font = readdirSync(join(dist, 'assets')).find((f) =>
    /noto-sans-latin-400-normal.*\.woff2$/.test(f),
  );
  const { layers, state } = await appBasemapStyle();
  writeFileSync(
    join(dist, 'anchor.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="A bare maplibre page with the Qantar base map (benchmark anchor)." />
<title>Anchor: bare maplibre with the Qantar base map</title>
<link rel="stylesheet" href="anchor/maplibre-gl.css" />
<link rel="stylesheet" href="anchor/anchor.css" />
</head>
<body>
<main><h1 class="hidden">Base map</h1><div id="map" role="region" aria-label="Map"></div></main>
<script type="module" src="anchor/anchor.js"></script>
</body>
</html>
`,
  );
  // The app's Content-Security-Policy refuses inline styles and scripts: both are files.
  writeFileSync(
    join(dir, 'anchor.css'),
    'html,body,main,#map{margin:0;height:100%}.hidden{position:absolute;left:-9999px}\n',
  );
  writeFileSync(
    join(dir, 'anchor.js'),
    `import * as maplibregl from './maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
const basemap = await (await fetch('data/basemap.json')).json();
const FONT = 'Noto Sans Regular';
const map = new maplibregl.Map({
  container: 'map',
  bounds: [46.5, 40.3, 87.4, 55.6],
  attributionControl: { compact: true, customAttribution: 'Natural Earth' },
  style: {
    version: 8,
    ${font ? `'font-faces': { [FONT]: [{ url: new URL('../assets/${font}', import.meta.url).href }] },` : ''}
    state: ${JSON.stringify(state)},
    sources: Object.fromEntries(${JSON.stringify(BASEMAP_SOURCES)}.map((k) => [k, { type: 'geojson', data: basemap[k] }])),
    layers: ${JSON.stringify(layers)},
  },
});
window.__anchor = {
  loaded: new Promise((r) => map.once('load', r)),
  idle: () => new Promise((r) => { map.once('idle', r); map.triggerRepaint(); }),
};
`,
  );
}

async function openMap(page: Page, size: string): Promise<void> {
  await page.goto(
    `http://127.0.0.1:${BENCH_PORT}/?dataset=bench-${size}.json&lang=en&t=2022-01-01T00:00`,
  );
  await page.waitForFunction(() => window.__qantarMap !== undefined, null, { timeout: 180_000 });
  await page.evaluate(() => window.__qantarMap!.idle({ repaint: false }));
}

/** Our path: slider input → store → one map update per frame (only what changed is sent). */
async function measureSlider(page: Page, hours: number[], settleCount: number) {
  return page.evaluate(
    async ({ hours, settleCount }) => {
      globalThis.__qantarTrace = true;
      const input = document.querySelector<HTMLInputElement>('#qantar-time')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const map = window.__qantarMap!;
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
      const handler: number[] = [];
      const update: number[] = [];
      const settled: number[] = [];
      // Start from the first position, so every measured step has a known predecessor.
      setValue.call(input, String(hours[0]));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      await map.idle({ repaint: true });
      for (let i = 1; i < hours.length; i++) {
        performance.clearMeasures();
        const t0 = performance.now();
        setValue.call(input, String(hours[i]));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = performance.now();
        // After the input: the wait sends the binding's waiting update first, else the map
        // could go idle in the frame before the update reaches it and the figure would be short.
        const idle =
          i <= settleCount ? map.idle({ repaint: false }).then(() => performance.now()) : null;
        await frame();
        await frame();
        const m = performance.getEntriesByName('qantar:map-update', 'measure').at(-1);
        handler.push(t1 - t0);
        update.push(m ? m.duration : NaN);
        if (idle) {
          map.repaint();
          settled.push((await idle) - t0);
        }
      }
      globalThis.__qantarTrace = false;
      return { handler, update, settled };
    },
    { hours, settleCount },
  );
}

/** The naive path of most slider examples: filter the GeoJSON and setData on every tick. */
async function measureBaseline(page: Page, hours: number[], settleCount: number) {
  return page.evaluate(
    async ({ hours, settleCount }) => {
      const map = window.__qantarMap!;
      const baseline = map.baseline;
      // Show every feature by time so only the data decides what is drawn, as in those examples.
      baseline.showAllByTime();
      const all = baseline.incidents.features;
      const call: number[] = [];
      const settled: number[] = [];
      for (let i = 1; i < hours.length; i++) {
        const idle =
          i <= settleCount ? map.idle({ repaint: false }).then(() => performance.now()) : null;
        const t0 = performance.now();
        const h = hours[i]!;
        const data = {
          type: 'FeatureCollection',
          features: all.filter((f) => f.properties.h <= h),
        };
        baseline.setIncidentData(data);
        // maplibre queues the update and posts it to its worker a little later (a structured
        // clone on the main thread, skipped for updates replaced while the worker is busy):
        // clone it here so the figure counts that serialisation on every tick.
        structuredClone(data);
        call.push(performance.now() - t0);
        if (idle) settled.push((await idle) - t0);
        else await new Promise((r) => requestAnimationFrame(r));
      }
      baseline.restore();
      return { call, settled };
    },
    { hours, settleCount },
  );
}

/** The anchor's floor: a repaint of the bare base map until idle. */
async function measureAnchor(browser: Browser, count: number): Promise<number[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${BENCH_PORT}/anchor.html`);
  await page.waitForFunction(() => '__anchor' in window, null, { timeout: 60_000 });
  const out = await page.evaluate(async (count) => {
    const a = (
      window as unknown as { __anchor: { loaded: Promise<void>; idle: () => Promise<void> } }
    ).__anchor;
    await a.loaded;
    await a.idle();
    const settled: number[] = [];
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      await a.idle();
      settled.push(performance.now() - t0);
    }
    return settled;
  }, count);
  await page.close();
  return out;
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/**
 * The heap after a GC with the slider at `hour` and the map idle. What the map holds depends on
 * the moment it shows (at 100k events the visible incidents and their tiles grow through the
 * month), so samples are comparable only at one moment: the same one every time.
 */
async function heapAt(page: Page, hour: number): Promise<number> {
  await page.evaluate(async (hour) => {
    const input = document.querySelector<HTMLInputElement>('#qantar-time')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setValue.call(input, String(hour));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(r));
    // With a repaint: at the hour the map already shows, nothing else would make it go idle.
    await window.__qantarMap!.idle();
  }, hour);
  return heapMB(page);
}

/**
 * Plays at 4× for the given time; every 10 s it pauses, goes back to the first hour, samples
 * the heap there (after a GC) and plays on from it.
 */
async function playFor(page: Page, seconds: number): Promise<number[]> {
  const samples: number[] = [];
  const play = page.getByRole('button', { name: 'Play', exact: true });
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  await page.getByRole('button', { name: '4×' }).click();
  const end = Date.now() + seconds * 1000;
  let nextSample = Date.now() + 10_000;
  while (Date.now() < end) {
    // Playback stops at 20 January; start again from the beginning until the time is up.
    if (await play.isVisible()) await play.click();
    await page.waitForTimeout(1000);
    if (Date.now() >= nextSample) {
      if (await pause.isVisible()) await pause.click();
      samples.push(await heapAt(page, 0));
      nextSample = Date.now() + 10_000;
    }
  }
  if (await pause.isVisible()) await pause.click();
  return samples;
}

interface Lighthouse {
  preset: string;
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

function lighthouse(
  url: string,
  preset: 'mobile' | 'desktop',
  out: string,
): Omit<Lighthouse, 'page'> | string {
  try {
    execFileSync(
      'node_modules/.bin/lighthouse',
      [
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        ...(preset === 'desktop' ? ['--preset=desktop'] : []),
        `--chrome-flags=--headless=new --no-sandbox ${CHROMIUM_ARGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: 'ignore', timeout: 240_000 },
    );
  } catch (e) {
    return `Lighthouse ${preset} failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  }
  const r = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue: number }>;
  };
  return {
    preset,
    performance: r.categories['performance']!.score * 100,
    accessibility: r.categories['accessibility']!.score * 100,
    bestPractices: r.categories['best-practices']!.score * 100,
    seo: r.categories['seo']!.score * 100,
    fcp: r.audits['first-contentful-paint']!.numericValue,
    lcp: r.audits['largest-contentful-paint']!.numericValue,
    tbt: r.audits['total-blocking-time']!.numericValue,
    cls: r.audits['cumulative-layout-shift']!.numericValue,
  };
}

/** Lighthouse LH_RUNS times; the median of every figure. */
function lighthouseMedian(
  url: string,
  page: string,
  preset: 'mobile' | 'desktop',
  outDir: string,
): Lighthouse | string {
  const runs: Omit<Lighthouse, 'page'>[] = [];
  let failure = '';
  for (let i = 0; i < LH_RUNS; i++) {
    const r = lighthouse(url, preset, join(outDir, `lighthouse-${page}-${preset}-${i + 1}.json`));
    if (typeof r === 'string') failure = r;
    else runs.push(r);
  }
  if (runs.length === 0) return `${page}: ${failure}`;
  const m = (k: keyof Omit<Lighthouse, 'page' | 'preset'>) => median(runs.map((r) => r[k]));
  return {
    preset,
    page: `${page} (median of ${runs.length})`,
    performance: m('performance'),
    accessibility: m('accessibility'),
    bestPractices: m('bestPractices'),
    seo: m('seo'),
    fcp: m('fcp'),
    lcp: m('lcp'),
    tbt: m('tbt'),
    cls: m('cls'),
  };
}

/** Figures for one dataset size (each the median over RUNS runs). */
interface SizeResult {
  size: string;
  events: number;
  ours: Stats;
  /** The steps that start from an idle map (the first SETTLE_STEPS + 1): maplibre is not still
   *  busy with the step before. */
  fromIdle: Stats;
  changed: Stats;
  unchanged: Stats;
  handler: Stats;
  update: Stats;
  settled: Stats;
  baseline: Stats;
  baselineSettled: Stats;
}

async function main() {
  const started = new Date();
  const load = loadavg();
  const outDir = 'bench-results';
  mkdirSync(outDir, { recursive: true });
  const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
  console.log('building the app (production and test build) …');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit', env });
  execFileSync(
    'npx',
    [
      'vite',
      'build',
      '--mode',
      'e2e',
      '--outDir',
      'dist-bench',
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { stdio: 'inherit', env },
  );
  await writeAnchor('dist-bench');
  await writeAnchor('dist');

  const { dataset } = checkDataDir('data');
  if (!dataset) throw new Error('data/ is invalid: run npm run data:check');
  const datasets = new Map<string, Dataset>();
  for (const size of SIZES) {
    const d = size === 'real' ? dataset : syntheticDataset(dataset, Number(size));
    datasets.set(size, d);
    writeFileSync(`dist-bench/data/bench-${size}.json`, JSON.stringify(d));
  }

  const hours = sliderSteps();
  const servers = [serve('dist-bench', BENCH_PORT), serve('dist', PROD_PORT)];
  const results: SizeResult[] = [];
  let anchorSettled: Stats = { p50: NaN, p95: NaN, n: 0 };
  let memory = { afterLoad: NaN, samples: [] as number[] };
  let browserVersion = '';
  try {
    await waitFor(`http://127.0.0.1:${BENCH_PORT}/`);
    await waitFor(`http://127.0.0.1:${PROD_PORT}/`);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    browserVersion = browser.version();
    const anchorRuns: Stats[] = [];
    for (let run = 0; run < RUNS; run++)
      anchorRuns.push(stats(await measureAnchor(browser, SETTLE_STEPS)));
    anchorSettled = medianStats(anchorRuns);
    for (const size of SIZES) {
      const d = datasets.get(size)!;
      const changedSteps = classifySteps(d, hours[0]!, hours.slice(1));
      // Each quiet hour is reached from the hour before it: [h1 - 1, h1, h2 - 1, h2, …].
      const quiet = quietHours(d).flatMap((h) => [h - 1, h]);
      console.log(
        `slider steps with ${size === 'real' ? 'the real dataset' : `${Number(size).toLocaleString('en')} events`} (${changedSteps.filter(Boolean).length} of ${changedSteps.length} steps change the map; ${quiet.length / 2} quiet hours), ${RUNS} runs …`,
      );
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // tsx compiles with keepNames, which wraps functions in __name(); the page lacks it.
      await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      await openMap(page, size);
      const runs: Omit<SizeResult, 'size' | 'events'>[] = [];
      for (let run = 0; run < RUNS; run++) {
        const ours = await measureSlider(page, hours, SETTLE_STEPS);
        const base = await measureBaseline(page, hours, SETTLE_STEPS);
        const total = ours.handler.map((h, i) => h + (ours.update[i] ?? 0));
        // The steps into the quiet hours are every other measured step (the others are jumps).
        // Each starts from an idle map, as a reader's step between boundaries does (the hour
        // before was drawn long ago), not while maplibre still draws the jump before it.
        const still = quiet.length > 0 ? await measureSlider(page, quiet, quiet.length) : null;
        const stillTotal = still
          ? still.handler.map((h, i) => h + (still.update[i] ?? 0)).filter((_, i) => i % 2 === 0)
          : [];
        runs.push({
          ours: stats(total),
          // Step i + 1 starts from idle while i <= SETTLE_STEPS (measureSlider waits for those).
          fromIdle: stats(total.slice(0, SETTLE_STEPS + 1)),
          changed: stats(total.filter((_, i) => changedSteps[i])),
          unchanged: stats(stillTotal),
          handler: stats(ours.handler),
          update: stats(ours.update),
          settled: stats(ours.settled),
          baseline: stats(base.call),
          baselineSettled: stats(base.settled),
        });
      }
      const pick = (k: keyof (typeof runs)[number]) => medianStats(runs.map((r) => r[k]));
      results.push({
        size,
        events: d.events.length,
        ours: pick('ours'),
        fromIdle: pick('fromIdle'),
        changed: pick('changed'),
        unchanged: pick('unchanged'),
        handler: pick('handler'),
        update: pick('update'),
        settled: pick('settled'),
        baseline: pick('baseline'),
        baselineSettled: pick('baselineSettled'),
      });
      // Printed as each size ends, so a run stopped before Lighthouse still leaves its figures.
      console.log(sizeLine(results[results.length - 1]!, anchorSettled));
      if (size === SIZES[SIZES.length - 1]) {
        console.log(`memory: load, then ${PLAY_SECONDS} s of playing …`);
        await page.reload();
        await openMap(page, size);
        const afterLoad = await heapAt(page, 0);
        memory = { afterLoad, samples: await playFor(page, PLAY_SECONDS) };
      }
      await page.close();
    }
    await browser.close();
  } finally {
    for (const s of servers) s.stop();
  }

  const prodServer = serve('dist', PROD_PORT);
  const lh: (Lighthouse | string)[] = [];
  try {
    await waitFor(`http://127.0.0.1:${PROD_PORT}/`);
    if (LH_RUNS > 0)
      console.log(`Lighthouse (app and anchor, mobile and desktop, ${LH_RUNS} runs each) …`);
    if (LH_RUNS > 0)
      for (const preset of ['mobile', 'desktop'] as const)
        for (const [page, path] of [
          ['app', '/'],
          ['anchor', '/anchor.html'],
        ] as const)
          lh.push(lighthouseMedian(`http://127.0.0.1:${PROD_PORT}${path}`, page, preset, outDir));
  } finally {
    prodServer.stop();
  }

  const { critical, deferred } = criticalPath('dist');
  const r: Report = {
    started,
    load,
    browserVersion,
    results,
    anchorSettled,
    memory,
    lh,
    critical,
    deferred,
  };
  const file = join(outDir, `report-${started.toISOString().slice(0, 16).replace(/:/g, '')}.md`);
  writeFileSync(file, renderReport(r));
  console.log('\n' + summary(r) + `\nFull report: ${file}`);
}

interface Report {
  started: Date;
  load: number[];
  browserVersion: string;
  results: SizeResult[];
  anchorSettled: Stats;
  memory: { afterLoad: number; samples: number[] };
  lh: (Lighthouse | string)[];
  critical: ReturnType<typeof criticalPath>['critical'];
  deferred: ReturnType<typeof criticalPath>['deferred'];
}

const label = (x: SizeResult) =>
  x.size === 'real' ? `real (${x.events})` : x.events.toLocaleString('en');

function machine(r: Report): string {
  return `${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}; load average at start ${r.load.map((x) => x.toFixed(2)).join(' / ')}`;
}

function sizeLine(x: SizeResult, anchorSettled: Stats): string {
  return (
    `  ${label(x).padStart(11)} events: p50 ${ms(x.ours.p50)}, p95 ${ms(x.ours.p95)} (from an idle map p95 ${ms(x.fromIdle.p95)}) | changing ticks p95 ${ms(x.changed.p95)} (${x.changed.n}), unchanged p95 ${ms(x.unchanged.p95)} (${x.unchanged.n}) | ` +
    `setData p95 ${ms(x.baseline.p95)} (ours ÷ setData ${ratio(x.ours.p95, x.baseline.p95)}) | settled p50 ${ms(x.settled.p50)} vs setData ${ms(x.baselineSettled.p50)} (${ratio(x.settled.p50, x.baselineSettled.p50)}) vs anchor ${ms(anchorSettled.p50)} (${ratio(x.settled.p50, anchorSettled.p50)})`
  );
}

/**
 * The heap's change over the playing: last sample minus first, both at the same moment. The
 * first sample is after 10 s of playing, not after load: until then the page has shown no later
 * moment, and what a first pass allocates once is not growth. The report gives both.
 */
function heapChange(memory: Report['memory']): number {
  return (memory.samples.at(-1) ?? NaN) - (memory.samples[0] ?? NaN);
}

function summary(r: Report): string {
  const lines = [
    `Qantar benchmark — medians of ${RUNS} runs; ${machine(r)}`,
    'Slider step JS (input → end of map update), ours vs setData baseline:',
  ];
  for (const x of r.results) lines.push(sizeLine(x, r.anchorSettled));
  const js = sum(r.critical, 'js');
  lines.push(
    `  critical-path JS ${kB(js.gzip)} gzip (budget ${kB(CRITICAL_JS_BUDGET)}); heap at the first hour ${r.memory.afterLoad.toFixed(1)} MB after load, ${r.memory.samples.map((m) => m.toFixed(1)).join(' → ')} MB every 10 s of playing (${heapChange(r.memory).toFixed(1)} MB first to last)`,
  );
  for (const l of r.lh) {
    lines.push(
      typeof l === 'string'
        ? `  ${l}`
        : `  Lighthouse ${l.preset} ${l.page}: performance ${l.performance.toFixed(0)}, a11y ${l.accessibility.toFixed(0)}, best practices ${l.bestPractices.toFixed(0)}, SEO ${l.seo.toFixed(0)}; FCP ${ms(l.fcp)}, LCP ${ms(l.lcp)}, TBT ${ms(l.tbt)}, CLS ${l.cls.toFixed(3)}`,
    );
  }
  return lines.join('\n');
}

function renderReport(r: Report): string {
  const big = r.results[r.results.length - 1]!;
  const js = sum(r.critical, 'js');
  const check = (ok: boolean) => (ok ? 'met' : '**not met**');
  const lhOf = (page: string, preset: string) =>
    r.lh.find(
      (l): l is Lighthouse =>
        typeof l !== 'string' && l.page.startsWith(page) && l.preset === preset,
    );
  const lhRows = r.lh
    .map((l) =>
      typeof l === 'string'
        ? `| ${l} | | | | | | | | | |`
        : `| ${l.preset} | ${l.page} | ${l.performance.toFixed(0)} | ${l.accessibility.toFixed(0)} | ${l.bestPractices.toFixed(0)} | ${l.seo.toFixed(0)} | ${ms(l.fcp)} | ${ms(l.lcp)} | ${ms(l.tbt)} | ${l.cls.toFixed(3)} |`,
    )
    .join('\n');
  const lhOk = r.lh.every(
    (l) =>
      typeof l !== 'string' &&
      (!l.page.startsWith('app') ||
        (l.accessibility === 100 && l.bestPractices === 100 && l.seo === 100)),
  );
  const appM = lhOf('app', 'mobile');
  const appD = lhOf('app', 'desktop');
  const ancM = lhOf('anchor', 'mobile');
  const ancD = lhOf('anchor', 'desktop');
  const heap = heapChange(r.memory);
  const unchangedWorst = Math.max(...r.results.map((x) => x.unchanged.p95).filter(Number.isFinite));
  return `# Qantar benchmark report

- Date: ${r.started.toISOString()}
- Machine: ${machine(r)}
- Browser: Chromium ${r.browserVersion} (headless, WebGL2 in software via SwiftShader: frame and "settled" times are a floor, not what a reader's GPU does)
- Datasets: the real dataset, and the real places, claims and status data with synthetic events (seeded, deterministic); ${sliderSteps().length - 1} slider steps (${JUMPS} seeded jumps, each followed by 7 one-hour steps) at the same positions for every size and approach.
- Every figure is the median over ${RUNS} runs of that run's p50 or p95.

## 1. Slider step: JavaScript from the input event to the end of the map update

Ours: the input handler (store update and the slider's synchronous React render; the panels
follow in a transition) plus the map update (\`qantar:map-update\`: whatever the binding sends —
nothing between boundaries). "Changing" ticks are the steps above that cross a boundary of
some layer family (src/domain/time-cells.ts). "Unchanged" ticks cross none and send nothing to
the map; they are measured apart, as one-hour steps into up to ${QUIET} such hours spread over the
month (each from the hour before it, drawn and idle), because the steps above hold few or none of them.
"From idle" is the first ${SETTLE_STEPS + 1} steps, each from a map that has finished drawing the step
before (section 2 waits for it), so maplibre's worker and renderer are not still busy with the
previous step on the machine's ${cpus().length} cores; with this few samples its p95 is about the
worst step, often one of the jumps among them.
Baseline: the same steps done by filtering the incidents and calling \`setData\` each tick;
its figure is the filter, the call and a structured clone of the data, which is what posting
it to maplibre's worker costs the main thread (maplibre makes that clone a little later).

| events | ours p50 | ours p95 | from idle p50 / p95 (n) | changing p95 (n) | unchanged p95 (n) | input handler p95 | map update p95 | setData p50 | setData p95 | ours ÷ setData (p95) |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${r.results.map((x) => `| ${label(x)} | ${ms(x.ours.p50)} | ${ms(x.ours.p95)} | ${ms(x.fromIdle.p50)} / ${ms(x.fromIdle.p95)} (${x.fromIdle.n}) | ${ms(x.changed.p95)} (${x.changed.n}) | ${ms(x.unchanged.p95)} (${x.unchanged.n}) | ${ms(x.handler.p95)} | ${ms(x.update.p95)} | ${ms(x.baseline.p50)} | ${ms(x.baseline.p95)} | ${ratio(x.ours.p95, x.baseline.p95)} |`).join('\n')}

## 2. Step to settled map (slider change → map \`idle\`), first ${SETTLE_STEPS} steps

The anchor is a repaint of the bare base map until \`idle\`: the floor any map on this machine pays.

| events | ours p50 | ours p95 | setData p50 | setData p95 | anchor p50 | ours ÷ setData (p50) | ours ÷ anchor (p50) |
|---:|---:|---:|---:|---:|---:|---:|---:|
${r.results.map((x) => `| ${label(x)} | ${ms(x.settled.p50)} | ${ms(x.settled.p95)} | ${ms(x.baselineSettled.p50)} | ${ms(x.baselineSettled.p95)} | ${ms(r.anchorSettled.p50)} | ${ratio(x.settled.p50, x.baselineSettled.p50)} | ${ratio(x.settled.p50, r.anchorSettled.p50)} |`).join('\n')}

## 3. Load

Critical path (what the page loads before its chrome, slider and text view work):

| file | kind | raw | gzip |
|---|---|---:|---:|
${r.critical.map((e) => `| ${e.file} | ${e.kind} | ${kB(e.raw)} | ${kB(e.gzip)} |`).join('\n')}
| **JavaScript** | | ${kB(js.raw)} | **${kB(js.gzip)}** |
| **all** | | ${kB(sum(r.critical).raw)} | ${kB(sum(r.critical).gzip)} |

Deferred (loaded after first paint, without blocking it): the map.

| file | kind | raw | gzip |
|---|---|---:|---:|
${r.deferred.map((e) => `| ${e.file} | ${e.kind} | ${kB(e.raw)} | ${kB(e.gzip)} |`).join('\n')}

Lighthouse 12 on the production build (\`dist/\`, served locally), the app and the anchor:

| preset | page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|
${lhRows}

## 4. Memory (${label(big)} events)

Heap after a GC, each time with the slider back at the first hour and the map idle (what the
map holds depends on the moment it shows); played at 4× between samples.

| after loading | every 10 s of playing | change, first to last sample |
|---:|---|---:|
| ${r.memory.afterLoad.toFixed(1)} MB | ${r.memory.samples.map((m) => `${m.toFixed(1)} MB`).join(' → ')} | ${heap.toFixed(1)} MB |

## Targets (issue 15)

| target | result |
|---|---|
| slider step JS p95 ≤ 2 ms at the largest size | ${ms(big.ours.p95)} (from an idle map ${ms(big.fromIdle.p95)}): ${check(big.ours.p95 <= 2)} |
| slider step JS p95 at or below setData at every size | ${r.results.map((x) => `${label(x)} ${ratio(x.ours.p95, x.baseline.p95)}`).join(', ')}: ${check(r.results.every((x) => x.ours.p95 <= x.baseline.p95))} |
| a tick that changes nothing ≤ 0.5 ms (worst p95 over sizes) | ${ms(unchangedWorst)}: ${check(unchangedWorst <= 0.5)} |
| Lighthouse performance ≥ 90 mobile, ≥ 98 desktop | ${appM ? appM.performance.toFixed(0) : 'n/a'} / ${appD ? appD.performance.toFixed(0) : 'n/a'}: ${check(!!appM && !!appD && appM.performance >= 90 && appD.performance >= 98)} |
| Lighthouse performance above the anchor | app ${appM?.performance.toFixed(0) ?? 'n/a'} / ${appD?.performance.toFixed(0) ?? 'n/a'} vs anchor ${ancM?.performance.toFixed(0) ?? 'n/a'} / ${ancD?.performance.toFixed(0) ?? 'n/a'}: ${check(!!appM && !!appD && !!ancM && !!ancD && appM.performance > ancM.performance && appD.performance > ancD.performance)} |
| Lighthouse accessibility, best practices, SEO 100 (app, both presets) | ${check(lhOk && r.lh.length > 0)} |
| critical-path JS ≤ 120 kB gzip (issue 15; \`npm run size\` enforces it) | ${kB(js.gzip)}: ${check(js.gzip <= CRITICAL_JS_BUDGET)} |
| heap flat over ${PLAY_SECONDS} s of playing (< 5 MB, first to last sample) | ${heap.toFixed(1)} MB: ${check(Math.abs(heap) < 5)} |
`;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
