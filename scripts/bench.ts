// `npm run bench`: measures what readers feel, with the naive approach side by side.
// Builds the app (production, and the test build with its read-only hook), generates synthetic
// datasets of 1,000 / 10,000 / 100,000 events from a fixed seed, drives Debian's Chromium with
// Playwright, runs Lighthouse, prints a summary and writes bench-results/report-<date>.md.
// Timings are reported, never asserted: see README, "Benchmark".
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { checkDataDir } from './read-data';
import { random, syntheticDataset } from './synthetic';
import { CRITICAL_JS_BUDGET, criticalPath, kB, sum } from './size-report';

// BENCH_SIZES=1000 gives a quick run (e.g. to check the benchmark still works).
const SIZES = (process.env['BENCH_SIZES'] ?? '1000,10000,100000').split(',').map(Number);
const STEPS = 200;
const SETTLE_STEPS = 30;
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// (4190 is on the Fetch standard's list of blocked ports.)
const BENCH_PORT = Number(process.env['BENCH_PORT'] ?? 4280);
const PROD_PORT = BENCH_PORT + 1;
const PLAY_SECONDS = Number(process.env['BENCH_PLAY_SECONDS'] ?? 60);

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
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const stats = (v: number[]) => ({
  p50: percentile(v, 50),
  p95: percentile(v, 95),
  max: Math.max(...v),
});
const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 2 : 0)} ms` : 'n/a');

async function openMap(page: Page, n: number): Promise<void> {
  await page.goto(`http://127.0.0.1:${BENCH_PORT}/?dataset=bench-${n}.json&lang=en`);
  await page.waitForFunction(() => window.__qantarMap !== undefined, null, { timeout: 120_000 });
  await page.evaluate(() => window.__qantarMap!.idle({ repaint: false }));
}

/** Our path: slider input → store → one map update per frame (global state, no data). */
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
      for (let i = 0; i < hours.length; i++) {
        performance.clearMeasures();
        const idle =
          i < settleCount ? map.idle({ repaint: false }).then(() => performance.now()) : null;
        const t0 = performance.now();
        setValue.call(input, String(hours[i]));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = performance.now();
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
      for (let i = 0; i < hours.length; i++) {
        const idle =
          i < settleCount ? map.idle({ repaint: false }).then(() => performance.now()) : null;
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

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

async function playFor(page: Page, seconds: number): Promise<void> {
  await page.getByRole('button', { name: '4×' }).click();
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    // Playback stops at 20 January; start again from the beginning until the time is up.
    if (await page.getByRole('button', { name: 'Play', exact: true }).isVisible()) {
      await page.getByRole('button', { name: 'Play', exact: true }).click();
    }
    await page.waitForTimeout(1000);
  }
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
}

interface Lighthouse {
  preset: string;
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
  outDir: string,
): Lighthouse | string {
  const out = join(outDir, `lighthouse-${preset}.json`);
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
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: 'ignore', timeout: 180_000 },
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

async function main() {
  const started = new Date();
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

  const { dataset } = checkDataDir('data');
  if (!dataset) throw new Error('data/ is invalid: run npm run data:check');
  for (const n of SIZES)
    writeFileSync(`dist-bench/data/bench-${n}.json`, JSON.stringify(syntheticDataset(dataset, n)));

  const servers = [serve('dist-bench', BENCH_PORT), serve('dist', PROD_PORT)];
  const results: SizeResult[] = [];
  let memory = { afterLoad: NaN, afterPlay: NaN };
  let browserVersion = '';
  try {
    await waitFor(`http://127.0.0.1:${BENCH_PORT}/`);
    await waitFor(`http://127.0.0.1:${PROD_PORT}/`);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    browserVersion = browser.version();
    const rnd = random(7);
    const hours = Array.from({ length: STEPS }, () => Math.floor(rnd() * 457));
    for (const n of SIZES) {
      console.log(`slider steps with ${n.toLocaleString('en')} events …`);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // tsx compiles with keepNames, which wraps functions in __name(); the page lacks it.
      await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      await openMap(page, n);
      const ours = await measureSlider(page, hours, SETTLE_STEPS);
      const base = await measureBaseline(page, hours, SETTLE_STEPS);
      const total = ours.handler.map((h, i) => h + (ours.update[i] ?? 0));
      results.push({
        n,
        ours: stats(total),
        handler: stats(ours.handler),
        update: stats(ours.update),
        settled: stats(ours.settled),
        baseline: stats(base.call),
        baselineSettled: stats(base.settled),
      });
      if (n === SIZES[SIZES.length - 1]) {
        console.log(`memory: load, then ${PLAY_SECONDS} s of playing …`);
        await page.reload();
        await openMap(page, n);
        const afterLoad = await heapMB(page);
        await playFor(page, PLAY_SECONDS);
        memory = { afterLoad, afterPlay: await heapMB(page) };
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
    console.log('Lighthouse (mobile, desktop) …');
    for (const preset of ['mobile', 'desktop'] as const)
      lh.push(lighthouse(`http://127.0.0.1:${PROD_PORT}/`, preset, outDir));
  } finally {
    prodServer.stop();
  }

  const { critical, deferred } = criticalPath('dist');
  const report = renderReport({ started, browserVersion, results, memory, lh, critical, deferred });
  const file = join(outDir, `report-${started.toISOString().slice(0, 16).replace(/:/g, '')}.md`);
  writeFileSync(file, report);
  console.log('\n' + summary(results, memory, lh, critical) + `\nFull report: ${file}`);
}

type Results = Parameters<typeof renderReport>[0];

type Stats = ReturnType<typeof stats>;
/** Figures for one dataset size. */
interface SizeResult {
  n: number;
  ours: Stats;
  handler: Stats;
  update: Stats;
  settled: Stats;
  baseline: Stats;
  baselineSettled: Stats;
}

function summary(
  results: Results['results'],
  memory: Results['memory'],
  lh: Results['lh'],
  critical: Results['critical'],
): string {
  const lines = [
    'Qantar benchmark — slider step JavaScript (input → end of map update), vs setData baseline',
  ];
  for (const r of results) {
    lines.push(
      `  ${r.n.toLocaleString('en').padStart(7)} events: p50 ${ms(r.ours.p50)}, p95 ${ms(r.ours.p95)}, max ${ms(r.ours.max)} | ` +
        `setData p95 ${ms(r.baseline.p95)} (${(r.baseline.p95 / r.ours.p95).toFixed(0)}× ours) | settled p50 ${ms(r.settled.p50)} vs ${ms(r.baselineSettled.p50)}`,
    );
  }
  const js = sum(critical, 'js');
  lines.push(
    `  critical-path JS ${kB(js.gzip)} gzip (budget ${kB(CRITICAL_JS_BUDGET)}); heap ${memory.afterLoad.toFixed(1)} MB → ${memory.afterPlay.toFixed(1)} MB after playing`,
  );
  for (const l of lh) {
    lines.push(
      typeof l === 'string'
        ? `  ${l}`
        : `  Lighthouse ${l.preset}: performance ${l.performance.toFixed(0)}, a11y ${l.accessibility.toFixed(0)}, best practices ${l.bestPractices.toFixed(0)}, SEO ${l.seo.toFixed(0)}; FCP ${ms(l.fcp)}, LCP ${ms(l.lcp)}, TBT ${ms(l.tbt)}, CLS ${l.cls.toFixed(3)}`,
    );
  }
  return lines.join('\n');
}

function renderReport(r: {
  started: Date;
  browserVersion: string;
  results: SizeResult[];
  memory: { afterLoad: number; afterPlay: number };
  lh: (Lighthouse | string)[];
  critical: ReturnType<typeof criticalPath>['critical'];
  deferred: ReturnType<typeof criticalPath>['deferred'];
}): string {
  const big = r.results[r.results.length - 1]!;
  const js = sum(r.critical, 'js');
  const check = (ok: boolean) => (ok ? 'met' : '**not met**');
  const lhRows = r.lh
    .map((l) =>
      typeof l === 'string'
        ? `| ${l} | | | | | | | | |`
        : `| ${l.preset} | ${l.performance.toFixed(0)} | ${l.accessibility.toFixed(0)} | ${l.bestPractices.toFixed(0)} | ${l.seo.toFixed(0)} | ${ms(l.fcp)} | ${ms(l.lcp)} | ${ms(l.tbt)} | ${l.cls.toFixed(3)} |`,
    )
    .join('\n');
  const lhOk = r.lh.every(
    (l) =>
      typeof l !== 'string' && l.accessibility === 100 && l.bestPractices === 100 && l.seo === 100,
  );
  return `# Qantar benchmark report

- Date: ${r.started.toISOString()}
- Machine: ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}
- Browser: Chromium ${r.browserVersion} (headless, WebGL2 in software via SwiftShader: frame and "settled" times are a floor, not what a reader's GPU does)
- Datasets: the real places, claims and status data with 1,000 / 10,000 / 100,000 synthetic events (seeded, deterministic); ${STEPS} slider steps at the same seeded positions for every size and both approaches.

## 1. Slider step: JavaScript from the input event to the end of the map update

Ours: the input handler (store update and synchronous React work) plus the map update call
(\`qantar:map-update\`: one global-state number, city markers, site and troop markers).
Baseline: the same steps done by filtering the incidents and calling \`setData\` each tick;
its figure is the filter, the call and a structured clone of the data, which is what posting
it to maplibre's worker costs the main thread (maplibre makes that clone a little later).

| events | ours p50 | ours p95 | ours max | input handler p95 | map update p95 | setData p50 | setData p95 | setData max | ratio (p95) |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${r.results.map((x) => `| ${x.n.toLocaleString('en')} | ${ms(x.ours.p50)} | ${ms(x.ours.p95)} | ${ms(x.ours.max)} | ${ms(x.handler.p95)} | ${ms(x.update.p95)} | ${ms(x.baseline.p50)} | ${ms(x.baseline.p95)} | ${ms(x.baseline.max)} | ${(x.baseline.p95 / x.ours.p95).toFixed(1)}× |`).join('\n')}

## 2. Step to settled map (slider change → map \`idle\`), first ${SETTLE_STEPS} steps

| events | ours p50 | ours p95 | setData p50 | setData p95 |
|---:|---:|---:|---:|---:|
${r.results.map((x) => `| ${x.n.toLocaleString('en')} | ${ms(x.settled.p50)} | ${ms(x.settled.p95)} | ${ms(x.baselineSettled.p50)} | ${ms(x.baselineSettled.p95)} |`).join('\n')}

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

Lighthouse 12 on the production build (\`dist/\`, served locally):

| preset | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${lhRows}

## 4. Memory (100,000 events)

| after loading | after ${PLAY_SECONDS} s of playing | change |
|---:|---:|---:|
| ${r.memory.afterLoad.toFixed(1)} MB | ${r.memory.afterPlay.toFixed(1)} MB | ${(r.memory.afterPlay - r.memory.afterLoad).toFixed(1)} MB |

## Targets

| target | result |
|---|---|
| slider step JS p95 ≤ 2 ms at 100,000 events | ${ms(big.ours.p95)}: ${check(big.ours.p95 <= 2)} |
| ≥ 10× below the setData baseline at 100,000 events | ${(big.baseline.p95 / big.ours.p95).toFixed(1)}×: ${check(big.baseline.p95 / big.ours.p95 >= 10)} |
| critical-path JS ≤ 350 kB gzip | ${kB(js.gzip)}: ${check(js.gzip <= CRITICAL_JS_BUDGET)} |
| Lighthouse accessibility, best practices, SEO 100 (both presets) | ${check(lhOk)} |
| no heap growth over ${PLAY_SECONDS} s of playing beyond noise (< 5 MB) | ${check(r.memory.afterPlay - r.memory.afterLoad < 5)} |
`;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
