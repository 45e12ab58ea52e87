import { expect, test } from '@playwright/test';
import { Reader } from './driver';

test('a link restores exactly that view', async ({ page }) => {
  const reader = new Reader(page);
  await reader.opensTheMap(
    't=2022-01-08T06:00&place=almaty&lang=de&layers=incidents,places&view=76.9,43.25,7.5',
  );
  await expect(page.getByTestId('slider-time')).toHaveText('Samstag, 8. Januar 2022, 06:00 Uhr');
  await expect(
    page.getByTestId('place-panel').getByRole('heading', { name: 'Almaty' }),
  ).toBeVisible();
  const camera = await page.evaluate(() => {
    return window.__qantarMap!.camera();
  });
  expect(camera.lon).toBeCloseTo(76.9, 3);
  expect(camera.lat).toBeCloseTo(43.25, 3);
  expect(camera.zoom).toBeCloseTo(7.5, 3);
  await page.getByTestId('layer-control').locator('summary').click();
  await expect(page.getByRole('checkbox', { name: 'OVKS-Truppen' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Ereignisse' })).toBeChecked();
  await expect(page.locator('.map .map-marker--troop:visible')).toHaveCount(0);
});

test('invalid parameters are ignored and the default view opens', async ({ page }) => {
  const reader = new Reader(page);
  await reader.opensTheMap(
    't=yesterday&place=atlantis&event=%3Cscript%3E&lang=fr&layers=bogus&view=999,1,1&play=maybe',
  );
  await expect(page.getByTestId('slider-time')).toHaveText(
    /1 January 2022, 00:00|1\. Januar 2022, 00:00/,
  );
  await expect(page.getByTestId('place-panel')).toHaveCount(0);
  expect(await reader.shownCount()).toBe(0);
});

test('scrubbing updates the address without adding history entries; the share link carries the view', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-01T00:00');
  const historyLength = await page.evaluate(() => history.length);
  await reader.slider().focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageUp');
  await expect.poll(() => page.evaluate(() => location.search)).toContain('t=2022-01-03T06:00');
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  await page.getByText('Share and download').click();
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('t=2022-01-03T06:00');
  expect(link).toContain('lang=en');
});

test('the embed dialog gives iframe and script code for the current view', async ({ page }) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-06T12:00&place=almaty');
  await page.getByText('Share and download').click();
  await page.getByRole('button', { name: 'Embed this map' }).click();
  const dialog = page.getByTestId('embed-dialog');
  await expect(dialog).toBeVisible();
  const iframeCode = await dialog.getByLabel('iframe code').inputValue();
  expect(iframeCode).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?t=2022-01-06T12:00&amp;place=almaty&amp;lang=en"/,
  );
  expect(await dialog.getByLabel(/Script code/).inputValue()).toContain(
    '/embed.js" async></script>',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('the PNG download contains the map with its title', async ({ page }) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-06T12:00');
  await page.getByText('Share and download').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('qantar-2022-01-06T12h.png');
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const { PNG } = await import('pngjs');
  const png = PNG.sync.read(readFileSync(path));
  const canvas = await page.locator('.map canvas').boundingBox();
  expect(png.width).toBeGreaterThanOrEqual(Math.floor(canvas!.width));
  expect(png.height).toBeGreaterThan(canvas!.height);
});

test('an event link selects that event in its city panel and on the map', async ({ page }) => {
  const reader = new Reader(page);
  await reader.opensTheMap(
    'lang=en&t=2022-01-06T00:00&place=almaty&event=ev-0105-almaty-airport-seized',
  );
  const item = page
    .getByTestId('place-panel')
    .locator('[data-event-id="ev-0105-almaty-airport-seized"]');
  await expect(item).toHaveAttribute('aria-current', 'true');
  await expect
    .poll(() =>
      page.evaluate(() =>
        window.__qantarMap!.featureState('incidents', 'ev-0105-almaty-airport-seized'),
      ),
    )
    .toMatchObject({ selected: true });
});

test('"Get the data" offers the dataset as JSON and every CSV table, as in data/', async ({
  page,
  request,
}) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-01T00:00');
  await page.getByText('Share and download').click();
  await page.getByText('Get the data').click();
  const links = page.locator('.menu a[download]');
  const hrefs = await links.evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBe(9);
  const { readFileSync } = await import('node:fs');
  for (const href of hrefs) {
    const body = await (await request.get(href)).text();
    if (href.endsWith('.json')) expect(JSON.parse(body).sources.length).toBeGreaterThan(100);
    else expect(body).toBe(readFileSync(`data/${href.split('/').pop()}`, 'utf8'));
  }
});

test('keyboard walkthrough: menu, embed dialog, layers and back to the slider', async ({
  page,
}) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-01T00:00');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByText('Share and download')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Copy link to this view' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Embed this map' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('embed-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('embed-dialog')).toHaveCount(0);
  // The layer control opens with Enter and its checkboxes toggle with Space.
  await page.getByTestId('layer-control').locator('summary').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Incidents' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Incidents' })).not.toBeChecked();
  // The skip link takes the reader to the slider.
  await page.getByRole('link', { name: 'Skip to the timeline' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slider-time')).toHaveText('Saturday, 1 January 2022, 01:00');
});

// Issue 14, item 4: a typo in `layers` must not publish an empty map.
for (const layers of ['Incidents,Places', 'incident', '__proto__', '']) {
  test(`layers=${layers} still shows the incidents on the map`, async ({ page }) => {
    const reader = new Reader(page);
    await reader.opensTheMap(`t=2022-01-05T22:00&lang=en&layers=${layers}`);
    await reader.seesTheWholeRegion();
    expect(await reader.shownCount()).toBeGreaterThan(0);
    expect((await reader.renderedIncidentIds()).length).toBeGreaterThan(0);
    await page.getByTestId('layer-control').locator('summary').click();
    await expect(page.getByRole('checkbox', { name: 'Incidents' })).toBeChecked();
  });
}
