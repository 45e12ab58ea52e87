import { expect, test } from '@playwright/test';
import { Reader } from './driver';

// Issue "story layers": scrubbing from 5 to 19 January, the reader sees the airport change
// hands, the contingents fly in and out, the regions enter and leave the state of emergency,
// the internet go dark and return, and the death-toll claims change — each with who says so.

test('Almaty airport changes hands, with the disputed seizure time shown as uncertain', async ({
  page,
}) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-04T12:00');
  const airport = reader.siteMarker('almaty_airport');
  await expect(airport).toHaveAttribute('data-status', 'none');
  const steps: [string, string, boolean][] = [
    ['2022-01-05T10:00', 'open', false],
    ['2022-01-05T15:00', 'occupied', true], // "afternoon" (seed) vs 22:52 (Interfax)
    ['2022-01-05T23:00', 'occupied', false],
    ['2022-01-06T12:00', 'retaken', false],
    ['2022-01-08T12:00', 'guarded', false],
    ['2022-01-14T12:00', 'reopened_restricted', false],
    ['2022-01-19T12:00', 'normal', false],
  ];
  for (const [time, status, uncertain] of steps) {
    await reader.scrubsTo(time);
    await expect(airport, time).toHaveAttribute('data-status', status);
    await expect(airport).toHaveClass(
      uncertain ? /map-marker--uncertain/ : /^(?!.*map-marker--uncertain)/,
    );
    await expect(page.getByTestId('airport-status')).toHaveAttribute('data-status', status);
  }
  await expect(airport).toHaveAttribute(
    'aria-label',
    'Almaty International Airport (ALA/UAAA): normal operation',
  );

  // The site panel lists the timeline up to the slider time with sources and highlights the
  // current interval; the whole timeline (with the disputed start) only on request.
  // (Sites are drawn at their true position, so they appear once the city has room: zoom in.)
  await reader.scrubsTo('2022-01-05T15:00');
  await page.evaluate(() => window.__qantarMap!.jumpTo([77.0, 43.3], 9));
  await reader.mapIsIdle();
  await airport.click();
  const timeline = page.getByTestId('site-timeline');
  await expect(timeline.locator('[aria-current="true"]')).toHaveAttribute(
    'data-status',
    'occupied',
  );
  await expect(timeline.locator('li')).toHaveCount(2);
  await page.getByTestId('whole-timeline').click();
  await expect(timeline.locator('[data-status="occupied"]')).toContainText(
    'start disputed: reported between 5 Jan, afternoon and 5 Jan, 22:52',
  );
  await expect(timeline.locator('li')).toHaveCount(6);
  await expect(timeline.locator('li').first()).toContainText('Sources');
});

test('CSTO contingents fly in along their routes, stay, and withdraw', async ({ page }) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-05T12:00');
  const troops = page.locator('.map .map-marker--troop');
  await expect(troops.locator('visible=true')).toHaveCount(0);
  expect(await reader.renderedFeatureIds('troopRoutes')).toEqual([]);

  await reader.scrubsTo('2022-01-06T12:00');
  await expect(
    // A chip of its own, or the badge of chips that share the phase.
    page
      .locator(
        '.map .map-marker--troop[data-phase="arriving"], .map .map-marker--troop-group[data-phase="arriving"]',
      )
      .locator('visible=true')
      .first(),
  ).toBeVisible();
  expect((await reader.renderedFeatureIds('troopRoutes')).length).toBeGreaterThan(0);
  await expect(page.getByTestId('troop-status')).toContainText('about 2,500 according to CSTO');

  // Landed at one airfield, the contingents are one badge; a tap shows each of them.
  await reader.scrubsTo('2022-01-11T12:00');
  const badge = page.locator('.map .map-marker--troop-group:visible');
  await expect(badge).toHaveText(/^CSTO \d$/);
  await badge.click();
  await expect(
    page.locator('.map .map-marker--troop[data-phase="deployed"]').first(),
  ).toBeVisible();
  await expect(page.getByTestId('troop-status')).toContainText(
    '2,030 according to Kazakh authorities',
  );
  await expect(page.getByTestId('troop-status')).toContainText('about 2,500 according to CSTO');

  await reader.scrubsTo('2022-01-15T12:00');
  await expect(
    // A chip of its own, or the badge of chips that share the phase.
    page
      .locator(
        '.map .map-marker--troop[data-phase="withdrawing"], .map .map-marker--troop-group[data-phase="withdrawing"]',
      )
      .locator('visible=true')
      .first(),
  ).toBeVisible();

  await reader.scrubsTo('2022-01-20T00:00');
  await expect(troops.locator('visible=true')).toHaveCount(0);
  await expect(page.getByTestId('troop-status')).toContainText('none in the country');
});

test('selecting a contingent shows its units, troop-number claims and guarded sites', async ({
  page,
}) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-10T12:00');
  await page.locator('.map .map-marker--troop-group:visible').click();
  await page.locator('.map .map-marker--troop[data-id="kyrgyzstan"]').click();
  const panel = page.getByTestId('contingent-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Kyrgyzstan');
  await expect(panel.getByTestId('contingent-phase')).toHaveAttribute('data-phase', 'deployed');
  await expect(panel.locator('[data-claim-id]')).toContainText(['200', '150']);
  await expect(panel.locator('[data-site="almaty_tpp2"]')).toBeVisible();
});

test('regions go into and out of the state of emergency', async ({ page }) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-04T12:00');
  await reader.seesTheWholeRegion();
  await expect(page.getByTestId('emergency-status')).toHaveAttribute('data-count', '0');
  expect(await reader.renderedFeatureIds('emergencyFill')).toEqual([]);

  await reader.scrubsTo('2022-01-05T03:00');
  expect(await reader.renderedFeatureIds('emergencyFill')).toEqual(['KZ-AC', 'KZ-MG']);

  await reader.scrubsTo('2022-01-08T12:00');
  await expect(page.getByTestId('emergency-status')).toHaveAttribute('data-count', '16');
  expect(await reader.renderedFeatureIds('emergencyFill')).toHaveLength(16);

  await reader.scrubsTo('2022-01-17T12:00');
  const late = await reader.renderedFeatureIds('emergencyFill');
  expect(late.length).toBeLessThan(16);
  expect(late).toContain('KZ-AC');
  expect(late).not.toContain('KZ-NK');

  await reader.scrubsTo('2022-01-19T12:00');
  expect(await reader.renderedFeatureIds('emergencyFill')).toEqual([]);
  await expect(page.getByTestId('emergency-status')).toHaveAttribute('data-count', '0');
});

test('the internet goes dark and returns, with the measurement sources', async ({ page }) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-04T12:00');
  const internet = page.getByTestId('internet-status');
  const steps: [string, string][] = [
    ['2022-01-04T12:00', 'normal'],
    ['2022-01-04T22:00', 'throttled'],
    ['2022-01-06T12:00', 'blackout'],
    ['2022-01-09T12:00', 'partial'],
    ['2022-01-12T12:00', 'restored'],
  ];
  for (const [time, status] of steps) {
    await reader.scrubsTo(time);
    await expect(internet, time).toHaveAttribute('data-status', status);
  }
  await reader.scrubsTo('2022-01-06T12:00');
  await expect(internet).toContainText(/NetBlocks|Cloudflare/);
});

test('the death-toll claims change, each with its claimant, never merged', async ({ page }) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-08T12:00');
  await page.getByRole('button', { name: 'Figures' }).click();
  const deaths = page.getByTestId('figures-panel').locator('[data-metric="deaths"]');
  await expect(deaths.locator('[data-claim-id="cl-deaths-20220107-khabar24-seed"]')).toBeVisible();
  await expect(
    deaths.locator('[data-claim-id="cl-deaths-20220107-interior-ministry"]'),
  ).toBeVisible();
  await expect(
    deaths.locator('[data-claim-id="cl-deaths-20220115-prosecutor-general"]'),
  ).toHaveCount(0);

  await reader.scrubsTo('2022-01-16T12:00');
  await expect(
    deaths.locator('[data-claim-id="cl-deaths-20220115-prosecutor-general"]'),
  ).toContainText('225');
  await expect(
    deaths.locator('[data-claim-id="cl-deaths-20220109-moi-channel-164"]'),
  ).toContainText('retracted on 2022-01-09');
});

test('filters hide incidents by verification, on the map and in the count', async ({ page }) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-10T00:00');
  await reader.seesTheWholeRegion();
  const before = await reader.shownCount();
  const drawnBefore = await reader.renderedIncidentIds();
  await page.getByTestId('layer-control').locator('summary').click();
  await page.getByRole('checkbox', { name: 'Unverified' }).uncheck();
  await reader.mapIsIdle();
  const after = await reader.shownCount();
  expect(after).toBeLessThan(before);
  const drawnAfter = await reader.renderedIncidentIds();
  expect(drawnAfter.length).toBeLessThan(drawnBefore.length);
  await page.getByRole('checkbox', { name: 'Incidents' }).uncheck();
  await reader.mapIsIdle();
  expect(await reader.renderedIncidentIds()).toEqual([]);
});

test('by keyboard, the regions’ state of emergency can be read with its sources', async ({
  page,
}) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-14T12:00');
  const summary = page.getByTestId('emergency-status').locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const list = page.getByTestId('emergency-regions');
  await expect(list).toBeVisible();
  await expect(list.locator('[data-region="KZ-AC"]')).toHaveAttribute('data-in-force', 'yes');
  await expect(list.locator('[data-region="KZ-AC"]')).toContainText('state of emergency since');
  await expect(list.locator('[data-region="KZ-NK"]')).toHaveAttribute('data-in-force', 'no');
});

test('corrections show in the figures once they were made', async ({ page }) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-08T12:00');
  await page.getByRole('button', { name: 'Figures' }).click();
  const claim = page
    .getByTestId('figures-panel')
    .locator('[data-claim-id="cl-deaths-20220109-moi-channel-164"]');
  await expect(claim).toHaveCount(0);
  await reader.scrubsTo('2022-01-10T12:00');
  await expect(claim.getByTestId('corrections')).toContainText('Corrected on 2022-01-09');
});
