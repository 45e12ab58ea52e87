import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { Reader } from './driver';

for (const lang of ['en', 'de']) {
  for (const page_ of ['/', '/embed.html']) {
    test(`axe finds no violations on ${page_} in ${lang}`, async ({ page }) => {
      await page.goto(`${page_}?lang=${lang}&t=2022-01-07T12:00&place=almaty`);
      await page.waitForFunction(() => window.__qantarMap !== undefined, null, { timeout: 30_000 });
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
}

test('axe finds no violations with the figures panel and the text view open', async ({ page }) => {
  // axe over the page with two panels and a menu open.
  test.slow();
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-16T12:00');
  await page.getByRole('button', { name: 'Figures' }).click();
  await page.getByRole('button', { name: 'Text view' }).click();
  await page.getByTestId('layer-control').locator('summary').click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test('a screen reader hears the time and the new events once the slider settles', async ({
  page,
}) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-05T12:00');
  await reader.slider().focus();
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('announcer')).toContainText('Thursday, 6 January 2022, 12:00.');
  await expect(page.getByTestId('announcer')).toContainText(/new events\. Latest:/);
});

test.describe('in the dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('axe finds no violations', async ({ page }) => {
    const reader = new Reader(page);
    await reader.opensTheMap('lang=de&t=2022-01-07T12:00&place=almaty');
    await page.getByRole('button', { name: 'Zahlen' }).click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  });
});
