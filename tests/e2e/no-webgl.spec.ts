import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';

test.use({
  launchOptions: {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-webgl2'],
  },
});

test('without WebGL the reader gets a clear message, the text view and a working slider', async ({
  page,
}) => {
  await page.goto('/?lang=en&t=2022-01-05T12:00');
  await expect(page.getByRole('alert')).toContainText('The map needs WebGL2');
  const view = page.getByTestId('text-view');
  const before = await view.locator('[data-event-id]').count();
  expect(before).toBeGreaterThan(10);
  await page.getByRole('slider', { name: 'Time (Almaty)' }).focus();
  await page.keyboard.press('PageUp');
  await expect.poll(() => view.locator('[data-event-id]').count()).toBeGreaterThan(before);
});

test('without WebGL the reader also gets the story as a list with pictures', async ({ page }) => {
  const { steps } = await import('./story-driver');
  await page.goto('/?lang=de');
  await expect(page.getByRole('alert')).toBeVisible();
  const list = page.getByTestId('story-list');
  await expect(list.locator('[data-step-id]')).toHaveCount(steps.length);
  await expect(list.getByRole('img', { name: steps[0]!.alt.de })).toBeVisible();
});
