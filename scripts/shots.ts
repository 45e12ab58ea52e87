// `npm run shots`: builds the test build and writes PNG screenshots of the standard views
// into shots/ (gitignored), so people can look at what a reader sees at phone and desktop
// sizes, on the page and in an embed, in the light and dark schemes (issue 10).
//
//   npm run shots                 build, then every view
//   npm run shots -- --no-build   reuse dist-shots/
//   npm run shots -- 360x740,embed 1440   only views whose name contains all the comma-separated
//                                parts of any one argument
//
// Add a view by adding an entry to VIEWS (or a moment, viewport or extra below). One browser,
// one context per viewport and scheme, one page reused for every view in it; each shot waits
// for the map's idle event through the test-build hook.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS } from '../playwright.config';
import { checkDataDir } from './read-data';
import { MOMENTS, VIEWPORTS, type Viewport } from './standard-views';

/** The number of story steps in data/story.csv. */
const STORY_STEPS = checkDataDir('data').dataset?.story?.length ?? 0;

type Scheme = 'light' | 'dark';
type Mode = 'page' | 'embed';

export interface View {
  name: string;
  viewport: Viewport;
  scheme: Scheme;
  mode: Mode;
  /** URL query without the leading "?". */
  query: string;
  /** What a reader does before the shot (open a panel, a menu …). */
  act?: (page: Page) => Promise<void>;
}

const clickIfVisible = async (page: Page, name: RegExp) => {
  const button = page.getByRole('button', { name }).first();
  if (await button.isVisible()) await button.click();
};

/** Opens the header's share menu (on phones it sits inside the header menu). */
async function openShareMenu(page: Page): Promise<void> {
  const more = page.getByTestId('header-menu').locator('> summary');
  if ((await more.count()) > 0 && (await more.isVisible())) await more.click();
  await page.getByTestId('share-menu').locator('> summary').click();
}

/** Extra states beyond the plain moment: panels, figures, text view, share menu. */
const EXTRAS: { name: string; query: string; act?: (page: Page) => Promise<void> }[] = [
  { name: 'place-almaty', query: 't=2022-01-05T22:00&place=almaty' },
  { name: 'place-zhanaozen', query: 't=2022-01-04T12:00&place=zhanaozen' },
  { name: 'site-airport', query: 't=2022-01-06T12:00&place=almaty_airport' },
  {
    name: 'figures',
    query: 't=2022-01-07T23:00',
    act: (page) => clickIfVisible(page, /^(Figures|Zahlen)/),
  },
  {
    name: 'textview',
    query: 't=2022-01-05T22:00',
    act: async (page) => {
      const more = page.getByTestId('header-menu').locator('> summary');
      if ((await more.count()) > 0 && (await more.isVisible())) await more.click();
      await clickIfVisible(page, /^(Text view|Textansicht)$/);
    },
  },
  { name: 'share-menu', query: 't=2022-01-05T22:00', act: openShareMenu },
  {
    name: 'legend-open',
    query: 't=2022-01-07T23:00',
    act: async (page) => {
      const legend = page.locator('.legend');
      if (!(await legend.evaluate((d) => (d as HTMLDetailsElement).open)))
        await legend.locator('summary').click();
    },
  },
];

/** Every standard view: viewports × moments × page/embed × light/dark, plus the extras. */
export function standardViews(): View[] {
  const views: View[] = [];
  for (const viewport of VIEWPORTS)
    for (const scheme of ['light', 'dark'] as const)
      for (const mode of ['page', 'embed'] as const) {
        for (const t of MOMENTS)
          views.push({
            name: `${viewport.name}-${scheme}-${mode}-${t.slice(5, 13).replace('T', '-')}h`,
            viewport,
            scheme,
            mode,
            query: `lang=en&t=${t}`,
          });
        // Extras: on the page at every size in the light scheme; in the dark scheme and in the
        // embed at one phone and one desktop size (keeps the run within a few minutes).
        const key = ['360x740', '1280x800'].includes(viewport.name);
        if ((scheme === 'dark' || mode === 'embed') && !key) continue;
        if (scheme === 'dark' && mode === 'embed') continue;
        for (const extra of EXTRAS)
          views.push({
            name: `${viewport.name}-${scheme}-${mode}-${extra.name}`,
            viewport,
            scheme,
            mode,
            query: `lang=en&${extra.query}`,
            ...(extra.act ? { act: extra.act } : {}),
          });
      }
  // Story mode (issue 12): every step, on the page, at one phone and one desktop size, in
  // both languages. City scale (issue 11): Almaty on 5 Jan and Nur-Sultan on 7 Jan.
  for (const viewport of VIEWPORTS.filter((v) => ['390x844', '1280x800'].includes(v.name))) {
    for (const lang of ['en', 'de'])
      for (let step = 1; step <= STORY_STEPS; step++)
        views.push({
          name: `${viewport.name}-light-page-step${step}-${lang}`,
          viewport,
          scheme: 'light',
          mode: 'page',
          query: `lang=${lang}&step=${step}`,
        });
    for (const [name, query] of [
      ['city-almaty', 't=2022-01-05T22:00&view=76.93,43.25,11'],
      ['city-nursultan', 't=2022-01-07T12:00&view=71.44,51.15,11'],
    ])
      views.push({
        name: `${viewport.name}-light-page-${name}`,
        viewport,
        scheme: 'light',
        mode: 'page',
        query: `lang=en&${query}`,
      });
  }
  return views;
}

async function waitForIdleMap(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__qantarMap !== undefined, null, { timeout: 30_000 });
  // The chrome can move the camera after the map's first idle (a bottom sheet sets the camera
  // padding once it has measured itself): wait until camera and padding stand still across an
  // idle, or a shot catches tiles the new view has not loaded yet.
  for (let tries = 0; tries < 10; tries++) {
    await page.waitForFunction(() => !window.__qantarMap!.moving());
    const before = await page.evaluate(() =>
      JSON.stringify([window.__qantarMap!.camera(), window.__qantarMap!.padding()]),
    );
    await page.evaluate(() => window.__qantarMap!.idle());
    await page.waitForTimeout(150);
    const after = await page.evaluate(() =>
      window.__qantarMap!.moving()
        ? ''
        : JSON.stringify([window.__qantarMap!.camera(), window.__qantarMap!.padding()]),
    );
    if (after === before) return;
  }
}

async function shoot(browser: Browser, base: string, views: View[], out: string): Promise<void> {
  // One context per viewport and scheme; the views in it share one page.
  const groups = new Map<string, View[]>();
  for (const v of views) {
    const key = `${v.viewport.name}|${v.scheme}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  for (const group of groups.values()) {
    const { viewport, scheme } = group[0]!;
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      isMobile: viewport.touch,
      hasTouch: viewport.touch,
      deviceScaleFactor: 1,
      colorScheme: scheme,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    for (const view of group) {
      const started = Date.now();
      await page.goto(`${base}/${view.mode === 'embed' ? 'embed.html' : ''}?${view.query}`);
      await waitForIdleMap(page);
      if (view.act) {
        await view.act(page);
        await waitForIdleMap(page);
      }
      await page.screenshot({ path: `${out}/${view.name}.png` });
      const doc = await page.evaluate(() => ({
        h: document.documentElement.scrollHeight,
        w: document.documentElement.scrollWidth,
      }));
      const overflow =
        doc.h > viewport.height || doc.w > viewport.width
          ? `  OVERFLOW document ${doc.w}×${doc.h}`
          : '';
      console.log(`${view.name}.png  ${Date.now() - started} ms${overflow}`);
    }
    await context.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const words = args.filter((a) => !a.startsWith('--'));
  const outDir = 'dist-shots';
  if (!args.includes('--no-build'))
    execSync(`npx vite build --mode e2e --outDir ${outDir} --emptyOutDir --logLevel warn`, {
      stdio: 'inherit',
    });
  const port = Number(process.env['SHOTS_PORT'] ?? process.env['E2E_PORT'] ?? 4180);
  const server = await preview({
    configFile: false,
    base: './',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
    logLevel: 'warn',
  });
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const out = 'shots';
  mkdirSync(out, { recursive: true });
  const views = standardViews().filter(
    (v) =>
      words.length === 0 || words.some((w) => w.split(',').every((part) => v.name.includes(part))),
  );
  const started = Date.now();
  try {
    await shoot(browser, `http://127.0.0.1:${port}`, views, out);
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `${views.length} screenshots in ${out}/ (${Math.round((Date.now() - started) / 1000)} s)`,
  );
}

await main();
