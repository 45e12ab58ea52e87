import { expect, test } from '@playwright/test';
import { Reader } from './driver';

// Issue "editorial integrity": panels give nothing away that happened after the slider
// time, day-only events never come before what they follow, and the German page speaks
// German in every line, claimants included.

test('at 5 Jan 11:00 the airport panel mentions nothing that happened after 11:00', async ({
  page,
}) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-05T11:00');
  // Sites are drawn at their true position from city scale on (issue 11): zoom in first.
  await page.evaluate(() => window.__qantarMap!.jumpTo([77.0, 43.3], 9));
  await reader.mapIsIdle();
  await reader.siteMarker('almaty_airport').click();
  const panel = page.getByTestId('place-panel');
  const timeline = page.getByTestId('site-timeline');
  await expect(timeline.locator('li')).toHaveCount(1);
  await expect(timeline.locator('li')).toHaveAttribute('data-status', 'open');
  await expect(timeline.locator('li')).toContainText('since 5 Jan');
  const text = await panel.innerText();
  for (const later of [
    /occupied/i,
    /seiz/i,
    /retaken/i,
    /liberated/i,
    /guarded/i,
    /full control/i,
    /intruders/i,
    /reopen/i,
    /12:00/,
    /6 Jan/,
  ])
    expect(text, String(later)).not.toMatch(later);

  // Only on request: the whole timeline, later intervals marked as such, unknown ends named.
  await page.getByTestId('whole-timeline').click();
  await expect(timeline.locator('li')).toHaveCount(6);
  await expect(timeline.locator('li[data-later="true"]')).toHaveCount(5);
  await expect(timeline.locator('li[data-status="occupied"]')).toContainText('later');
  await expect(timeline.locator('li[data-status="normal"]')).toContainText('end not known');
  await expect(timeline.locator('li[data-status="guarded"]')).toContainText('under full control');
  await page.getByTestId('whole-timeline').click();
  await expect(timeline.locator('li')).toHaveCount(1);
});

test('at 5 Jan 05:00 the akimat fire is not shown; once the storming is, the fire follows', async ({
  page,
}) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-05T05:00&place=almaty');
  await expect(page.getByTestId('place-panel')).toBeVisible();
  let ids = await reader.panelEventIds();
  expect(ids).not.toContain('ev-0105-akimat-fire-prosecutor');
  expect(ids).not.toContain('ev-0105-almaty-akimat-stormed');
  await expect(page.getByTestId('place-panel')).not.toContainText('Nur Otan');

  await reader.scrubsTo('2022-01-05T07:00');
  ids = await reader.panelEventIds();
  // Newest first: the fire is listed above the storming it followed.
  expect(ids.indexOf('ev-0105-akimat-fire-prosecutor')).toBeGreaterThanOrEqual(0);
  expect(ids.indexOf('ev-0105-akimat-fire-prosecutor')).toBeLessThan(
    ids.indexOf('ev-0105-almaty-akimat-stormed'),
  );
  // Day-only events are marked as such rather than pretending to a time of 00:00.
  await expect(
    page.locator('[data-event-id="ev-0105-mir-office-wrecked"] .event__time'),
  ).toHaveText('5 Jan, during the day');
});

test('a sample of the German page shows no English claimant text', async ({ page }) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=de&t=2022-01-08T12:00&place=almaty');
  const claims = page.getByTestId('place-panel').locator('.event__claim');
  expect(await claims.count()).toBeGreaterThan(30);
  const texts = await claims.allInnerTexts();
  const english =
    /\b(via|Ministry|Defence|reported by|as reported|state TV|spokesperson|spokesman|Telegram news channels|Claimed by)\b/;
  expect(texts.filter((x) => english.test(x))).toEqual([]);
  expect(texts.join('\n')).toContain('Angabe von: Polizei Almaty (Sprecherin Saltanat Azirbek');
  // Each source says what kind of outlet it is, in German.
  await expect(page.getByTestId('place-panel').locator('.source__kind').first()).toBeVisible();
  await expect(page.getByTestId('place-panel')).toContainText('(Staats- oder staatsnahes Medium)');
  await expect(page.getByTestId('place-panel')).not.toContainText('state or state-aligned media');
});
