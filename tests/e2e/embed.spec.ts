import { expect, test, type Frame, type Page } from '@playwright/test';
import { HOST_PORT } from '../../playwright.config';

const HOST = `http://127.0.0.1:${HOST_PORT}`;

async function mapFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('#qantar-map iframe').elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForFunction(() => window.__qantarMap !== undefined, null, { timeout: 30_000 });
  return frame!;
}

const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { received: { type: string }[] }).received);

test.describe('embedded in an article on another origin', () => {
  test('pym.js resizes the frame to the map’s height, with no new code on the host', async ({
    page,
  }) => {
    await page.goto(`${HOST}/article.html`);
    const frame = await mapFrame(page);
    const iframe = page.locator('#qantar-map iframe');
    const contentHeight = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    expect(contentHeight).toBeGreaterThan(300);
    await expect
      .poll(async () => Number((await iframe.getAttribute('height'))?.replace('px', '')))
      .toBe(contentHeight);
    // A narrower article column: the embed reflows and reports its new height.
    await page.setViewportSize({ width: 360, height: 800 });
    const narrow = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    await expect
      .poll(async () => Number((await iframe.getAttribute('height'))?.replace('px', '')))
      .toBe(narrow);
    expect(await received(page)).toContainEqual(
      expect.objectContaining({ type: 'qantar:ready', version: 1 }),
    );
    expect(await received(page)).toContainEqual({
      type: 'qantar:height',
      version: 1,
      height: narrow,
    });
  });

  test('opens on the chosen moment and city, and the article drives it step by step', async ({
    page,
  }) => {
    await page.goto(`${HOST}/article.html`);
    const frame = await mapFrame(page);
    await expect(
      frame.getByTestId('place-panel').getByRole('heading', { name: 'Almaty' }),
    ).toBeVisible();
    await expect(frame.getByTestId('slider-time')).toHaveText('Wednesday, 5 January 2022, 22:00');

    await page.evaluate(() =>
      (window as unknown as { sendToMap: (m: unknown) => void }).sendToMap({
        type: 'qantar:set-time',
        version: 1,
        time: '2022-01-07T12:00',
      }),
    );
    await expect(frame.getByTestId('slider-time')).toHaveText('Friday, 7 January 2022, 12:00');
    await expect
      .poll(() => received(page))
      .toContainEqual({ type: 'qantar:time', version: 1, time: '2022-01-07T12:00+06:00' });

    await page.evaluate(() =>
      (window as unknown as { sendToMap: (m: unknown) => void }).sendToMap({
        type: 'qantar:select-place',
        version: 1,
        placeId: 'zhanaozen',
      }),
    );
    await expect(
      frame.getByTestId('place-panel').getByRole('heading', { name: 'Zhanaozen' }),
    ).toBeVisible();
    await expect
      .poll(() => received(page))
      .toContainEqual({ type: 'qantar:select', version: 1, placeId: 'zhanaozen' });

    await page.evaluate(() =>
      (window as unknown as { sendToMap: (m: unknown) => void }).sendToMap({
        type: 'qantar:set-lang',
        version: 1,
        lang: 'de',
      }),
    );
    await expect(frame.getByTestId('slider-time')).toHaveText('Freitag, 7. Januar 2022, 12:00 Uhr');

    await page.evaluate(() =>
      (window as unknown as { sendToMap: (m: unknown) => void }).sendToMap({
        type: 'qantar:set-layers',
        version: 1,
        layers: ['incidents', 'places'],
      }),
    );
    await expect(frame.getByTestId('internet-status')).toHaveCount(0);
  });

  // Issue 14, item 7: a burst is applied once per frame; the host's last time wins.
  test('a burst of 10,000 set-time messages settles on the last time', async ({ page }) => {
    await page.goto(`${HOST}/article.html`);
    const frame = await mapFrame(page);
    await page.evaluate(() => {
      const send = (window as unknown as { sendToMap: (m: unknown) => void }).sendToMap;
      const start = Date.parse('2022-01-01T00:00:00+06:00');
      for (let i = 0; i < 10_000; i++) {
        const t = new Date(start + (i % 450) * 3_600_000).toISOString();
        send({ type: 'qantar:set-time', version: 1, time: t });
      }
      send({ type: 'qantar:set-time', version: 1, time: '2022-01-09T15:00' });
    });
    await expect(frame.getByTestId('slider-time')).toHaveText('Sunday, 9 January 2022, 15:00');
    await expect
      .poll(() => received(page))
      .toContainEqual({ type: 'qantar:time', version: 1, time: '2022-01-09T15:00+06:00' });
    // Still driven one message at a time afterwards.
    await page.evaluate(() =>
      (window as unknown as { sendToMap: (m: unknown) => void }).sendToMap({
        type: 'qantar:set-time',
        version: 1,
        time: '2022-01-10T08:00',
      }),
    );
    await expect(frame.getByTestId('slider-time')).toHaveText('Monday, 10 January 2022, 08:00');
  });

  test('malformed and unknown messages are ignored', async ({ page }) => {
    await page.goto(`${HOST}/article.html`);
    const frame = await mapFrame(page);
    const send = (m: unknown) =>
      page.evaluate(
        (msg) => (window as unknown as { sendToMap: (m: unknown) => void }).sendToMap(msg),
        m,
      );
    for (const bad of [
      'qantar:set-time',
      { type: 'qantar:set-time', version: 2, time: '2022-01-07T12:00' },
      { type: 'qantar:set-time', version: 1, time: 'yesterday' },
      { type: 'qantar:set-time', version: 1, time: '2023-01-07T12:00' },
      { type: 'qantar:select-place', version: 1, placeId: 'atlantis' },
      { type: 'qantar:set-lang', version: 1, lang: 'fr' },
      { type: 'qantar:explode', version: 1 },
      null,
    ]) {
      await send(bad);
    }
    await send({ type: 'qantar:pause', version: 1 }); // a valid message after the bad ones still works
    await expect(frame.getByTestId('slider-time')).toHaveText('Wednesday, 5 January 2022, 22:00');
    await expect(
      frame.getByTestId('place-panel').getByRole('heading', { name: 'Almaty' }),
    ).toBeVisible();
  });

  test('the embed sets no cookies and requests nothing beyond its own origin', async ({
    page,
    context,
    baseURL,
  }) => {
    const requests: { url: string; frame: string }[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), frame: r.frame().url() }));
    await page.goto(`${HOST}/article.html`);
    const frame = await mapFrame(page);
    await frame.locator('.map-marker--city[data-place-id="almaty"]').click();
    const app = new URL(baseURL!).origin;
    const fromEmbed = requests.filter((r) => r.frame.startsWith(app));
    expect(fromEmbed.length).toBeGreaterThan(3);
    expect(
      fromEmbed.filter(
        (r) =>
          !r.url.startsWith(app + '/') && !r.url.startsWith('data:') && !r.url.startsWith('blob:'),
      ),
    ).toEqual([]);
    expect(await frame.evaluate(() => document.cookie)).toBe('');
    expect(await context.cookies()).toEqual([]);
  });

  test('the script variant creates the frame and resizes it from the map’s messages', async ({
    page,
  }) => {
    await page.goto(`${HOST}/article-script.html`);
    const iframe = page.locator('#slot iframe');
    await expect(iframe).toHaveAttribute('title', 'Qantar');
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await frame.waitForFunction(() => window.__qantarMap !== undefined, null, { timeout: 30_000 });
    const contentHeight = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    await expect
      .poll(() => iframe.evaluate((el) => (el as HTMLIFrameElement).style.height))
      .toBe(`${contentHeight}px`);
    await expect(frame.getByTestId('slider-time')).toHaveText('Freitag, 7. Januar 2022, 12:00 Uhr');
  });
});
