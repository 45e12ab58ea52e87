import { expect, test, type Page } from '@playwright/test';
import { COLORS } from '../../src/map/colors';
import { loadDataset } from './driver';
import { mapIsReady } from './story-driver';

// Issue 15: the first paint shows a picture of the map (build-time SVG of the same base map)
// at the camera the map opens on, with the controls usable, and maplibre takes over in place.

/** Holds back maplibre's chunk (not its worker) until `release` is called. */
async function holdMaplibre(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/maplibre-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The cities the picture draws, as centres relative to the map area. */
async function pictureCities(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.getByTestId('first-view').evaluate((svg) => {
    const area = svg.getBoundingClientRect();
    const out: Record<string, { x: number; y: number }> = {};
    for (const c of svg.querySelectorAll('circle[data-place]')) {
      const r = c.getBoundingClientRect();
      out[c.getAttribute('data-place')!] = {
        x: r.left + r.width / 2 - area.left,
        y: r.top + r.height / 2 - area.top,
      };
    }
    return out;
  });
}

/**
 * What the picture's canvas shows: the share of its pixels in each base-map colour, and how
 * many of the cities' dots sit on Kazakhstan's colour (the paths are where the cities are).
 */
async function pictureColours(page: Page) {
  const colours = { kazakhstan: COLORS.kazakhstan, land: COLORS.land, water: COLORS.water };
  return page.getByTestId('first-view').evaluate((root, colours) => {
    const canvas = root.querySelector('canvas')!;
    const { width, height } = canvas;
    const ctx = canvas.getContext('2d')!;
    const data = ctx.getImageData(0, 0, width, height).data;
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const near = (at: number, hex: string) =>
      rgb(hex).every((v, k) => Math.abs(data[at + k]! - v) <= 6);
    const shares: Record<string, number> = {};
    for (const [name, hex] of Object.entries(colours)) {
      let n = 0;
      for (let at = 0; at < data.length; at += 4 * 7) if (near(at, hex)) n++;
      shares[name] = n / (data.length / (4 * 7));
    }
    const box = canvas.getBoundingClientRect();
    let onKazakhstan = 0;
    let cities = 0;
    for (const c of root.querySelectorAll('circle[data-place]')) {
      const r = c.getBoundingClientRect();
      const x = Math.round(((r.left + r.width / 2 - box.left) * width) / box.width);
      const y = Math.round(((r.top + r.height / 2 - box.top) * height) / box.height);
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      cities++;
      if (near((y * width + x) * 4, colours.kazakhstan)) onKazakhstan++;
    }
    const { willReadFrequently } = ctx.getContextAttributes();
    return { shares, cities, onKazakhstan, onTheCpu: willReadFrequently === true };
  }, colours);
}

const cases = [
  { name: 'the page on story step 1, phone', url: '/?lang=en', width: 390, height: 844 },
  { name: 'the page on story step 1, desktop', url: '/?lang=en', width: 1280, height: 800 },
  { name: 'the embed on story step 1', url: '/embed.html?lang=de', width: 640, height: 640 },
  {
    name: 'a shared link to a moment (free exploration, Kazakhstan fit)',
    url: '/?lang=en&t=2022-01-05T22:00',
    width: 1440,
    height: 900,
  },
  {
    name: 'a shared link to a view',
    url: '/?lang=en&t=2022-01-06T12:00&view=76.9,43.25,7',
    width: 360,
    height: 740,
  },
];

for (const c of cases) {
  test(`first view before maplibre, then the map in place: ${c.name}`, async ({ page }) => {
    await page.setViewportSize({ width: c.width, height: c.height });
    const release = await holdMaplibre(page);
    await page.goto(c.url);

    // Before maplibre: the picture, with land, Kazakhstan and cities, and usable controls.
    const picture = page.getByTestId('first-view');
    await expect(picture.locator('circle[data-place="almaty"]')).toHaveCount(1);
    // The base map is drawn: Kazakhstan, and land or water around it, under the cities' dots.
    const colours = await pictureColours(page);
    expect(colours.shares['kazakhstan']).toBeGreaterThan(0.2);
    expect(colours.shares['land']! + colours.shares['water']!).toBeGreaterThan(0.05);
    expect(colours.onKazakhstan).toBeGreaterThanOrEqual(Math.max(1, colours.cities * 0.8));
    // Drawn on the CPU: rasterised by a software GPU it held maplibre's start by 1–1.5 s.
    expect(colours.onTheCpu).toBe(true);
    expect(await page.evaluate(() => window.__qantarMap)).toBeUndefined();
    const slider = page.getByRole('slider').first();
    await expect(slider).toBeEnabled();
    const hit = await slider.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return top !== null && (top === el || el.contains(top));
    });
    expect(hit, 'the slider is usable before the map').toBe(true);
    // The picture follows the story card's size, which settles once the interface font is in.
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    const before = await pictureCities(page);

    // Once maplibre has loaded, it draws the same cities at the same pixels, and the picture goes.
    release();
    await mapIsReady(page);
    await page.evaluate(() => window.__qantarMap!.idle());
    await expect(picture).toHaveCount(0);
    expect(Object.keys(before).length).toBeGreaterThan(10);
    const places = await page.evaluate(async (ids) => {
      const dataset = (await (await fetch('data/dataset.json')).json()) as {
        places: { id: string; lon?: number; lat?: number }[];
      };
      const map = window.__qantarMap!;
      return ids.map((id) => {
        const place = dataset.places.find((p) => p.id === id)!;
        return { id, ...map.project([place.lon!, place.lat!]) };
      });
    }, Object.keys(before));
    for (const p of places) {
      const q = before[p.id]!;
      const off = Math.hypot(p.x - q.x, p.y - q.y);
      expect(off, `${p.id}: picture (${q.x},${q.y}) vs map (${p.x},${p.y})`).toBeLessThan(2);
    }
  });
}

// The first view is painted, with its final font, before maplibre is even fetched: its module
// and GL setup hold the main thread for seconds on a phone (Lighthouse saw the story card's
// text, the largest paint, wait 5 s behind them). And the page fetches only the font subsets its
// text uses: the per-subset stylesheets declared no unicode-range, so every page fetched the
// Cyrillic and Latin Extended files (115 kB) one after the other before its text showed.
for (const lang of ['en', 'de'] as const) {
  test(`the first view paints with its fonts before maplibre is fetched (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (/\.woff2?$/.test(r.url())) fonts.push(r.url().split('/').pop()!);
    });
    let atRequest: { card: string; cities: number; fonts: string } | undefined;
    let fontsBefore: string[] = [];
    await page.route(/\/assets\/maplibre-[\w-]+\.js$/, async (route) => {
      fontsBefore = [...fonts];
      atRequest = await page.evaluate(() => ({
        card: document.querySelector('.story-card__intro')?.textContent ?? '',
        cities: document.querySelectorAll('[data-testid="first-view"] circle[data-place]').length,
        fonts: document.fonts.status,
      }));
      await route.continue();
    });
    await page.goto(`/?lang=${lang}`);
    await mapIsReady(page);
    expect(atRequest, 'maplibre was fetched').toBeDefined();
    expect(atRequest!.card.length, 'the story card is on the page').toBeGreaterThan(40);
    expect(atRequest!.cities, 'the picture is drawn').toBeGreaterThan(10);
    expect(atRequest!.fonts, 'the interface font has loaded').toBe('loaded');
    // (The map's labels load the Latin file again, through maplibre, once it has booted.)
    expect(fontsBefore.sort()).toEqual([
      expect.stringMatching(/^noto-sans-latin-400-normal-[\w-]+\.woff2$/),
      expect.stringMatching(/^noto-sans-latin-700-normal-[\w-]+\.woff2$/),
    ]);
  });
}

// City scale (story step 3 on a phone opens at zoom 10.2): the picture's paths are made for the
// opening zooms, and scaled up they cost the main thread seconds; there it is the plain land
// with the cities, still at the pixels where the map draws them.
test('at city scale the first view is the plain land with the cities, in place', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const release = await holdMaplibre(page);
  await page.goto('/?lang=en&step=3');
  const picture = page.getByTestId('first-view');
  await expect(picture.locator('circle[data-place="almaty"]')).toHaveCount(1);
  await expect(picture.getByTestId('first-view-plain')).toHaveCount(1);
  await expect(picture.locator('canvas')).toHaveCount(0);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  const almaty = (await pictureCities(page))['almaty']!;
  release();
  await mapIsReady(page);
  await page.evaluate(() => window.__qantarMap!.idle());
  const city = loadDataset().places.find((p) => p.id === 'almaty')!;
  const drawn = await page.evaluate((ll) => window.__qantarMap!.project(ll), [
    city.lon!,
    city.lat!,
  ] as [number, number]);
  expect(Math.hypot(drawn.x - almaty.x, drawn.y - almaty.y)).toBeLessThan(2);
});

test('without the picture file the map still opens', async ({ page }) => {
  await page.route(/\/data\/first-view\.json$/, (route) => route.fulfill({ status: 404 }));
  await page.goto('/?lang=en');
  await mapIsReady(page);
  await expect(page.getByTestId('first-view')).toHaveCount(0);
});

test('a worker starts the GL backend before the page asks for a WebGL context', async ({
  page,
}) => {
  // The first WebGL context of a page starts the GL backend, which held the main thread for
  // up to 700 ms while the first view painted; a worker creates it instead (issue 15), and the
  // page's own check and the map's context come after it.
  await page.addInitScript(() => {
    const w = window as unknown as { __gl: string[] };
    w.__gl = [];
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      ...args: Parameters<typeof getContext>
    ) {
      if (String(args[0]).startsWith('webgl')) w.__gl.push(`page ${String(args[0])}`);
      return getContext.apply(this, args);
    } as typeof getContext;
    const PageWorker = window.Worker;
    window.Worker = class extends PageWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (!String(url).includes('webgl-probe')) return;
        w.__gl.push('probe started');
        this.addEventListener('message', () => w.__gl.push('probe done'));
      }
    };
  });
  await page.goto('/?lang=en');
  await mapIsReady(page);
  const gl = await page.evaluate(() => (window as unknown as { __gl: string[] }).__gl);
  // The page's check, then the map's own context.
  expect(gl).toEqual(['probe started', 'probe done', 'page webgl2', 'page webgl2']);
});
