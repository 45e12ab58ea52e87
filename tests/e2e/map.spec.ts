import { expect, test } from '@playwright/test';
import { eventPosition } from '../../src/domain/dataset';
import { eventLocation } from '../../src/domain/location';
import {
  cityEventsUpTo,
  countUpTo,
  createCityIndex,
  createTimeIndex,
} from '../../src/domain/time-index';
import { COLORS } from '../../src/map/colors';
import { Reader, expectColorNear, loadDataset } from './driver';

const dataset = loadDataset();
const index = createTimeIndex(dataset.events);
const cities = createCityIndex(index, dataset.places);
const placesById = new Map(dataset.places.map((p) => [p.id, p]));
const at = (localIso: string) => Date.parse(`${localIso}:00+06:00`);

/** The map draws exactly the site- and city-level events that started by a time (region-level
 * and nationwide ones have no point; issue 11). */
const drawnBy = (localIso: string) =>
  dataset.events
    .filter(
      (e) =>
        e.start <= at(localIso) &&
        ['site', 'city'].includes(eventLocation(e, placesById)) &&
        eventPosition(e, placesById),
    )
    .map((e) => e.id)
    .sort();

test('the map draws Kazakhstan, its neighbours and the Caspian from the bundled base map', async ({
  page,
}) => {
  const reader = new Reader(page);
  await reader.opensTheMap();
  expect(await reader.countriesAt([67, 48])).toContain('KZ');
  expect(await reader.countriesAt([64, 41])).toContain('UZ');
  expectColorNear(await reader.pixelAt([67.5, 47.5]), COLORS.kazakhstan);
  expectColorNear(await reader.pixelAt([50.8, 42.0]), COLORS.water);
});

test('scrubbing later shows more incidents, and the count shown matches the domain', async ({
  page,
}) => {
  const reader = new Reader(page);
  await reader.opensTheMap();
  await reader.seesTheWholeRegion();

  await reader.scrubsTo('2022-01-03T12:00');
  const early = await reader.shownCount();
  expect(early).toBe(countUpTo(index, at('2022-01-03T12:00')));
  const earlyDrawn = await reader.renderedIncidentIds();

  await reader.scrubsTo('2022-01-05T22:00');
  const late = await reader.shownCount();
  expect(late).toBe(countUpTo(index, at('2022-01-05T22:00')));
  expect(late).toBeGreaterThan(early);
  expect(await reader.shownTime()).toBe('Wednesday, 5 January 2022, 22:00');

  const expected = drawnBy('2022-01-05T22:00');
  expect(await reader.renderedIncidentIds()).toEqual(expected);
  expect(earlyDrawn.length).toBeLessThan(expected.length);
});

test('clicking the Almaty marker opens its panel with its events up to that time, newest first', async ({
  page,
}) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-05T22:00');
  await reader.cityMarker('almaty').click();
  const panel = page.getByTestId('place-panel');
  await expect(panel.getByRole('heading', { name: 'Almaty' })).toBeVisible();
  const expected = cityEventsUpTo(cities, 'almaty', at('2022-01-05T22:00')).map((e) => e.id);
  expect(expected.length).toBeGreaterThan(3);
  expect(await reader.panelEventIds()).toEqual(expected);
  // Every event names who claims it, its verification and at least one source.
  const first = panel.locator('[data-event-id]').first();
  await expect(first).toContainText('Claimed by');
  await expect(first.locator('.badge')).toBeVisible();
  await expect(first).toContainText('Sources');

  // Selecting an event in the panel selects it on the map.
  await first.getByRole('button').click();
  await expect(first).toHaveAttribute('aria-current', 'true');
  await expect
    .poll(() =>
      page.evaluate((id) => window.__qantarMap!.featureState('incidents', id), expected[0]!),
    )
    .toMatchObject({ selected: true });
});

test('the slider works by keyboard alone, and a city panel opens with Enter', async ({ page }) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-01T00:00');
  for (
    let i = 0;
    i < 100 && !(await reader.slider().evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(reader.slider()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slider-time')).toHaveText('Saturday, 1 January 2022, 02:00');
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('slider-time')).toHaveText('Sunday, 2 January 2022, 02:00');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('slider-time')).toHaveText('Sunday, 2 January 2022, 01:00');
  await page.keyboard.press('End');
  await expect(page.getByTestId('slider-time')).toHaveText('Thursday, 20 January 2022, 00:00');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('slider-time')).toHaveText('Wednesday, 19 January 2022, 00:00');
  expect(await reader.shownCount()).toBe(countUpTo(index, at('2022-01-19T00:00')));

  // The markers come before the slider in the page: Shift+Tab back to Almaty, open it with Enter.
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Shift+Tab');
    if (await reader.cityMarker('almaty').evaluate((el) => el === document.activeElement)) break;
  }
  await expect(reader.cityMarker('almaty')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByTestId('place-panel').getByRole('heading', { name: 'Almaty' }),
  ).toBeFocused();
});

test('space plays and pauses; the slider time advances while playing', async ({ page }) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-01T00:00');
  await reader.slider().focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(async () => Number(await reader.slider().inputValue())).toBeGreaterThan(2);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('playback waits for the map: once a step is drawn, the map shows exactly its incidents', async ({
  page,
}) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-05T00:00');
  await reader.seesTheWholeRegion();
  const hour = (at('2022-01-05T22:00') - at('2022-01-01T00:00')) / 3_600_000;
  // The step and the wait in one task, as playback does: no idle in between.
  const drawn = await page.evaluate(async (hour) => {
    const input = document.querySelector<HTMLInputElement>('#qantar-time')!;
    // The prototype's setter: React ignores a value set on the element itself.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
      input,
      String(hour),
    );
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await window.__qantarMap!.drawn();
    return window.__qantarMap!.renderedIncidentIds();
  }, hour);
  expect(drawn).toEqual(drawnBy('2022-01-05T22:00'));
});

test('no request leaves the page origin', async ({ page, baseURL }) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=de&t=2022-01-07T12:00');
  await reader.cityMarker('almaty').click();
  await reader.seesTheWholeRegion();
  expect(reader.requests.length).toBeGreaterThan(3);
  expect(reader.foreignRequests(new URL(baseURL!).origin)).toEqual([]);
});
