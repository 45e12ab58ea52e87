import AxeBuilder from '@axe-core/playwright';
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { HOST_PORT } from '../../playwright.config';
import { expectMapAtStep, mapIsReady, steps } from './story-driver';

const first = steps[0]!;
const second = steps[1]!;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test('the page opens on step 1: its title, a line on the map, and the choice to start or explore', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await mapIsReady(page);
  const intro = page.getByTestId('story-intro');
  await expect(intro.getByRole('heading', { name: first.title.en })).toBeVisible();
  await expect(intro).toContainText('interactive map of the unrest in Kazakhstan');
  await expect(intro.getByRole('button', { name: 'Start the story' })).toBeVisible();
  await expect(intro.getByRole('button', { name: 'Explore freely' })).toBeVisible();
  await expectMapAtStep(page, first);
});

test('the embed opens on step 1 too, in German', async ({ page }) => {
  await page.goto('/embed.html?lang=de');
  await mapIsReady(page);
  await expect(
    page.getByTestId('story-intro').getByRole('heading', { name: first.title.de }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Geschichte starten' })).toBeVisible();
  await expectMapAtStep(page, first, 'de');
});

test('next and previous, by button and by keyboard, set the time, camera and highlights', async ({
  page,
}) => {
  // Six steps, each waiting for the map's camera and highlights: a slow test by its work.
  test.slow();
  await page.goto('/?lang=en');
  await mapIsReady(page);
  await page.getByRole('button', { name: 'Start the story' }).click();
  const stepper = page.getByTestId('story-stepper');
  await expect(stepper.getByTestId('story-count')).toHaveText(`Step 1 of ${steps.length}`);

  await stepper.getByRole('button', { name: 'Next step' }).click();
  await expect(stepper.getByRole('heading', { name: second.title.en })).toBeVisible();
  await expect(stepper.getByTestId('story-count')).toHaveText(`Step 2 of ${steps.length}`);
  await expectMapAtStep(page, second);
  // The step text is what screen readers hear.
  await expect(page.getByTestId('story-live')).toHaveText(
    `Step 2 of ${steps.length}: ${second.title.en}. ${second.text.en}`,
  );
  await expect(page.getByTestId('story-live')).toHaveAttribute('aria-live', 'polite');

  await stepper.getByRole('button', { name: 'Previous step' }).click();
  await expectMapAtStep(page, first);

  // The arrow keys work while the stepper has focus.
  await stepper.getByTestId('story-body').focus();
  await page.keyboard.press('ArrowRight');
  await expect(stepper.getByTestId('story-count')).toHaveText(`Step 2 of ${steps.length}`);
  await expectMapAtStep(page, second);
  await page.keyboard.press('ArrowRight');
  await expectMapAtStep(page, steps[2]!);
  await page.keyboard.press('ArrowLeft');
  await expectMapAtStep(page, second);
  await expect(page).toHaveURL(/[?&]step=2(&|$)/);
});

test('under reduced motion a step jumps to its camera and the end of its window', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?lang=en&step=1');
  await mapIsReady(page);
  await page.getByRole('button', { name: 'Next step' }).click();
  await expectMapAtStep(page, second);
});

test('?step= opens that step, by number and by id', async ({ page }) => {
  const step = steps[3]!;
  await page.goto(`/?lang=en&step=4`);
  await mapIsReady(page);
  await expect(
    page.getByTestId('story-stepper').getByRole('heading', { name: step.title.en }),
  ).toBeVisible();
  await expectMapAtStep(page, step);
  const last = steps.at(-1)!;
  await page.goto(`/?lang=de&step=${last.id}`);
  await mapIsReady(page);
  await expect(page.getByTestId('story-count')).toHaveText(
    `Schritt ${steps.length} von ${steps.length}`,
  );
  await expectMapAtStep(page, last, 'de');
});

test('a link with a moment opens free exploration, and leaving the story keeps the view', async ({
  page,
}) => {
  await page.goto('/?lang=en&t=2022-01-06T12:00');
  await mapIsReady(page);
  await expect(page.getByTestId('story-intro')).toHaveCount(0);
  await expect(page.getByTestId('story-stepper')).toHaveCount(0);

  await page.goto('/?lang=en&step=3');
  await mapIsReady(page);
  await expectMapAtStep(page, steps[2]!);
  await page.getByRole('button', { name: 'Explore freely' }).click();
  await expect(page.getByTestId('story-stepper')).toHaveCount(0);
  await expect(page.getByTestId('slider-time')).toHaveText('Wednesday, 5 January 2022, 12:00');
  await expect(page).toHaveURL(/t=2022-01-05T12:00/);
});

for (const lang of ['en', 'de'] as const) {
  test(`axe finds nothing in story mode (${lang}): opening card and stepper`, async ({ page }) => {
    // Two page loads and two axe runs over the whole page.
    test.slow();
    await page.goto(`/?lang=${lang}`);
    await mapIsReady(page);
    await expect(page.getByTestId('story-intro')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`/embed.html?lang=${lang}&step=5`);
    await mapIsReady(page);
    await expect(page.getByTestId('story-stepper')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('data:check rejects bad steps with file, row and column', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qantar-story-'));
  cpSync('data', dir, { recursive: true });
  const story = readFileSync(join(dir, 'story.csv'), 'utf8').split('\n');
  // Row 2: an unknown event; row 3: a time outside the range; row 4: no German title.
  story[1] = story[1]!.replace(first.events[0]!, 'ev-0199-nothing');
  story[2] = story[2]!.replace('2022-01-03T00:00+06:00', '2022-02-03T00:00+06:00');
  story[3] = story[3]!.replace(`,${steps[2]!.title.de},`, ',,');
  writeFileSync(join(dir, 'story.csv'), story.join('\n'));
  const run = promisify(execFile)('npx', ['tsx', 'scripts/data-check.ts', dir]);
  const failure = await run.then(
    () => null,
    (e: { code: number; stderr: string }) => e,
  );
  expect(failure?.code).toBe(1);
  const file = join(dir, 'story.csv');
  expect(failure?.stderr).toContain(`${file}:2:events: unknown event id (ev-0199-nothing)`);
  expect(failure?.stderr).toContain(
    `${file}:3:time: time is outside the covered range (1–20 January 2022) (2022-02-03T00:00+06:00)`,
  );
  expect(failure?.stderr).toContain(`${file}:4:title_de: title is missing in German`);
});

const HOST = `http://127.0.0.1:${HOST_PORT}`;

/** The map frame of the example article, once its map has loaded. */
async function articleMap(page: Page) {
  const handle = await page.locator('.qantar-scrolly__graphic iframe').elementHandle();
  const frame = (await handle!.contentFrame())!;
  await mapIsReady(frame);
  return frame;
}

/** What the article page received from the map (recorded from before the page loads). */
const stepsReceived = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { qantarReceived: { type: string; id?: string }[] }).qantarReceived
      .filter((m) => m.type === 'qantar:step')
      .map((m) => m.id),
  );

async function recordMessages(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { qantarReceived: unknown[] };
    w.qantarReceived = [];
    window.addEventListener('message', (e) => {
      if (e.data && typeof e.data === 'object') w.qantarReceived.push(e.data);
    });
  });
}

/** Top of a section relative to the window, in CSS pixels. */
const sectionTop = (page: Page, id: string) =>
  page.locator(`[data-qantar-step="${id}"]`).evaluate((el) => el.getBoundingClientRect().top);

test('the example article on another origin drives the embed through every step by mouse wheel', async ({
  page,
}) => {
  // Nine steps of scrolling and waiting for the map: about 40 s on a quiet 2-core machine, so
  // the default minute left too little room on a loaded one.
  test.setTimeout(180_000);
  await recordMessages(page);
  await page.goto(`${HOST}/story-en.html`);
  const frame = await articleMap(page);
  // Over the text column: the wheel scrolls the article.
  await page.mouse.move(250, 500);
  for (const step of steps) {
    for (let i = 0; i < 100 && (await sectionTop(page, step.id)) > 400; i++)
      await page.mouse.wheel(0, 200);
    await expect(page.locator(`[data-qantar-step="${step.id}"]`)).toHaveAttribute(
      'aria-current',
      'step',
    );
    await expectMapAtStep(frame, step, 'en', false);
    await expect.poll(() => stepsReceived(page)).toContain(step.id);
  }
  expect(await page.evaluate(() => location.origin)).toBe(HOST);
});

/**
 * One finger moving up the screen and resting before it lifts (no fling), as raw touch events
 * through the browser's input pipeline. (Chromium's synthesised scroll gestures do nothing with
 * the software renderer here; real touch events scroll the page as a phone does.)
 */
async function swipeUp(cdp: CDPSession, x: number, y: number, distance: number) {
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', atY?: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: atY === undefined ? [] : [{ x, y: atY }],
    });
  await touch('touchStart', y);
  for (let i = 1; i <= 10; i++) await touch('touchMove', y - (distance * i) / 10);
  await new Promise((r) => setTimeout(r, 120));
  await touch('touchMove', y - distance);
  await touch('touchEnd');
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the German article drives the embed through every step by one-finger scrolling', async ({
    page,
  }) => {
    // Nine steps of swiping and waiting for the map: more than the default minute here.
    test.setTimeout(180_000);
    await recordMessages(page);
    await page.goto(`${HOST}/story-de.html`);
    const frame = await articleMap(page);
    const cdp = await page.context().newCDPSession(page);
    for (const step of steps) {
      for (let i = 0; i < 60 && (await sectionTop(page, step.id)) > 450; i++) {
        // One finger swiping up on the text, as a reader does.
        // Over the map, which lies behind the text on phones: the swipe still scrolls.
        await swipeUp(cdp, 195, 600, 300);
      }
      await expect(page.locator(`[data-qantar-step="${step.id}"]`)).toHaveAttribute(
        'aria-current',
        'step',
      );
      await expectMapAtStep(frame, step, 'de', false);
      await expect.poll(() => stepsReceived(page)).toContain(step.id);
    }
  });
});

test('list mode shows every step with its picture', async ({ page, request }) => {
  await page.goto('/?lang=en&mode=list');
  const list = page.getByTestId('story-list');
  await expect(list.locator('[data-step-id]')).toHaveCount(steps.length);
  for (const step of steps) {
    const item = list.locator(`[data-step-id="${step.id}"]`);
    await expect(item.getByRole('heading', { name: step.title.en })).toBeVisible();
    await expect(item).toContainText(step.text.en);
    const img = item.getByRole('img', { name: step.alt.en });
    await img.scrollIntoViewIfNeeded();
    await expect
      .poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(100);
    const src = await img.getAttribute('src');
    expect((await request.get(src!)).headers()['content-type']).toContain('image/jpeg');
  }
  expect(await axeViolations(page)).toEqual([]);
});
