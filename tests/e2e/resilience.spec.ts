import { expect, test } from '@playwright/test';
import { Reader, drawnIncidentIds, loadDataset } from './driver';

// A lazy chunk that cannot be loaded (offline, or a redeploy removed it) must not blank the
// page: the part shows a message with a retry, and the rest of the app stays (issue 14, item 6).
test('a failed embed-dialog chunk shows a message and a retry that works; the page stays', async ({
  page,
}) => {
  const reader = new Reader(page);
  const blocked: string[] = [];
  const chunk = /\/assets\/EmbedDialog-[^/]*\.js$/;
  await page.route(chunk, (route) => {
    blocked.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await reader.opensTheMap('lang=en&t=2022-01-06T12:00');

  await page.getByText('Share and download').click();
  await page.getByRole('button', { name: 'Embed this map' }).click();
  const failed = page.getByTestId('part-failed');
  await expect(failed).toContainText('“Embed this map” could not be loaded');
  expect(blocked.length).toBeGreaterThan(0);
  await expect(failed.getByRole('button', { name: 'Try again' })).toBeFocused();
  // The rest of the app is still there and works.
  await expect(reader.slider()).toBeVisible();
  await expect(page.locator('.map canvas')).toBeVisible();
  await reader.scrubsTo('2022-01-05T22:00');
  await expect(page.getByTestId('slider-time')).toContainText('5 January 2022, 22:00');

  await page.unroute(chunk);
  await failed.getByRole('button', { name: 'Try again' }).click();
  const dialog = page.getByTestId('embed-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('iframe code')).toHaveValue(/t=2022-01-05T22:00/);
  await expect(failed).toHaveCount(0);
});

test('the same in German, and closing the message instead of retrying', async ({ page }) => {
  const reader = new Reader(page);
  await page.route(/\/assets\/EmbedDialog-[^/]*\.js$/, (route) => route.abort('failed'));
  await reader.opensTheMap('lang=de');
  await page.getByText('Teilen und herunterladen').click();
  await page.getByRole('button', { name: 'Karte einbetten' }).click();
  const failed = page.getByTestId('part-failed');
  await expect(failed).toContainText('konnte nicht geladen werden');
  await expect(failed.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
  await failed.getByRole('button', { name: 'Schließen' }).click();
  await expect(failed).toHaveCount(0);
  await expect(reader.slider()).toBeVisible();
});

test('a failed map chunk shows the text view and a retry that brings the map', async ({ page }) => {
  const reader = new Reader(page);
  const chunk = /\/assets\/maplibre-[^/]*\.js$/;
  await page.route(chunk, (route) => route.abort('internetdisconnected'));
  await page.goto('/?lang=en&t=2022-01-05T22:00');
  await expect(page.getByRole('alert')).toContainText('The map could not be loaded');
  await expect(page.getByTestId('text-view')).toBeVisible();
  await expect(reader.slider()).toBeVisible();

  await page.unroute(chunk);
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.waitForFunction(() => window.__qantarMap !== undefined, null, { timeout: 30_000 });
  await reader.mapIsIdle();
  await expect(page.locator('.map canvas')).toBeVisible();
  // Events without a point (nationwide, region-wide) are counted but not drawn (issue 11).
  expect(await reader.renderedIncidentIds()).toEqual(
    drawnIncidentIds(loadDataset(), Date.parse('2022-01-05T22:00:00+06:00')),
  );
});
