// Issue 14, item 8: the app ships a strict Content-Security-Policy (meta tag plus headers) and
// a full reader session runs under it without a single violation.
import { expect, test, type Page } from '@playwright/test';
import { HOST_PORT } from '../../playwright.config';
import { embedPolicy, pagePolicy } from '../../scripts/security-headers';
import { cspMetaTag } from '../../scripts/vite-plugin-security';
import { Reader } from './driver';

const HOST = `http://127.0.0.1:${HOST_PORT}`;

interface Violations {
  /** `securitypolicyviolation` events, from every frame of the page. */
  events: () => Promise<string[]>;
  /** Console messages (page, frames and workers) that report a policy violation. */
  console: string[];
}

const CSP_MESSAGE =
  /Content[ -]Security[ -]Policy|Refused to (load|execute|apply|connect|frame|create)/i;

/** Records every CSP violation in the page, its frames and its workers. */
async function watchViolations(page: Page): Promise<Violations> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  const consoleMessages: string[] = [];
  page.on('console', (m) => {
    if (CSP_MESSAGE.test(m.text())) consoleMessages.push(m.text());
  });
  page.on('worker', (worker) =>
    worker.on('console', (m) => {
      if (CSP_MESSAGE.test(m.text())) consoleMessages.push(`worker: ${m.text()}`);
    }),
  );
  return {
    events: async () => {
      const all: string[] = [];
      for (const frame of page.frames()) {
        const list = await frame
          .evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
          .catch(() => [] as string[]);
        all.push(...list.map((v) => `${frame.url()}: ${v}`));
      }
      return all;
    },
    console: consoleMessages,
  };
}

test('the page and the embed are served with the documented headers and meta policy', async ({
  request,
}) => {
  for (const [path, policy] of [
    ['/', pagePolicy()],
    ['/index.html?lang=de', pagePolicy()],
    ['/embed.html?t=2022-01-05T22:00', embedPolicy(null)],
  ] as const) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toBe(policy);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    const html = await response.text();
    expect(html).toContain(cspMetaTag());
    // The policy comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  }
  expect(pagePolicy()).toContain("frame-ancestors 'self'");
  expect(embedPolicy(null)).not.toContain('frame-ancestors');
});

test('the build does not publish its manifest', async ({ request }) => {
  expect((await request.get('/.vite/manifest.json')).status()).toBe(404);
});

test('a full session runs without a single CSP violation', async ({ page, context }) => {
  // A whole reader session across two pages.
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await watchViolations(page);
  const reader = new Reader(page);

  // Load, scrub, open a city, the figures and the text view.
  await reader.opensTheMap('lang=en&t=2022-01-05T12:00');
  await reader.scrubsTo('2022-01-07T12:00');
  await reader.seesTheWholeRegion();
  await reader.cityMarker('almaty').click();
  await expect(
    page.getByTestId('place-panel').getByRole('heading', { name: 'Almaty' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Figures' }).click();
  await page.getByRole('button', { name: 'Text view' }).click();
  await page.getByTestId('layer-control').locator('summary').click();
  await page.getByRole('checkbox', { name: 'Incidents' }).uncheck();
  await page.getByRole('checkbox', { name: 'Incidents' }).check();

  // Share menu: copy the link, the embed dialog, the PNG export.
  const menu = page.getByTestId('share-menu');
  const openMenu = async () => {
    if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open)))
      await page.getByText('Share and download').click();
  };
  await openMenu();
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  await openMenu();
  await page.getByText('Embed this map').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await openMenu();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);

  // Switch language, then play a few steps.
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.getByTestId('slider-time')).toContainText('Januar 2022');
  await reader.slider().focus();
  await page.keyboard.press('PageUp');
  await reader.mapIsIdle();

  // Navigating away resets the page's list, so what the app part recorded is read first.
  const onThePage = await violations.events();

  // The embed in an article on the second origin, driven by the article.
  await page.goto(`${HOST}/article.html`);
  const handle = await page.locator('#qantar-map iframe').elementHandle();
  const frame = (await handle!.contentFrame())!;
  await frame.waitForFunction(() => window.__qantarMap !== undefined, null, { timeout: 30_000 });
  await frame.getByRole('slider', { name: /Time|Zeit/ }).focus();
  await frame.page().keyboard.press('PageUp');
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
  await page.evaluate(() =>
    (window as unknown as { sendToMap: (m: unknown) => void }).sendToMap({
      type: 'qantar:set-time',
      version: 1,
      time: '2022-01-10T12:00',
    }),
  );
  await expect(frame.getByTestId('slider-time')).toHaveText('Monday, 10 January 2022, 12:00');

  expect([...onThePage, ...(await violations.events())]).toEqual([]);
  expect(violations.console).toEqual([]);
});

// The check above can only pass if the policy is active and the listeners see violations.
test('the policy is in force: an injected inline script is refused and reported', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en');
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __injected?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
    return w.__injected === true;
  });
  expect(ran).toBe(false);
  await expect
    .poll(() => violations.events())
    .toContainEqual(expect.stringContaining('script-src'));
});

test('another origin cannot frame the full page, but can frame the embed', async ({
  page,
  baseURL,
}) => {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(m.text()));
  await page.goto(`${HOST}/`);
  await page.evaluate((app) => {
    for (const path of ['/index.html', '/embed.html']) {
      const iframe = document.createElement('iframe');
      iframe.src = `${app}${path}?lang=en`;
      iframe.dataset['path'] = path;
      document.body.append(iframe);
    }
  }, new URL(baseURL!).origin);
  const embed = page.locator('iframe[data-path="/embed.html"]').contentFrame();
  await expect(embed.getByTestId('slider-time')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => messages.join('\n')).toMatch(/frame-ancestors/);
  // Blocked: the frame shows Chromium's error page, not the app.
  await expect(
    page.locator('iframe[data-path="/index.html"]').contentFrame().locator('#root'),
  ).toHaveCount(0);
  expect(messages.join('\n')).toContain("frame-ancestors 'self'");
});
