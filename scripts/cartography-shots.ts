// Screenshots for looking at the cartography (issue 11), not part of `npm test`:
//   npx vite build --mode e2e --outDir dist-e2e && npx vite preview --outDir dist-e2e --port P &
//   SHOTS_URL=http://127.0.0.1:P SHOTS_DIR=/tmp/shots npx tsx scripts/cartography-shots.ts
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';

const base = process.env['SHOTS_URL'] ?? 'http://127.0.0.1:4174';
const dir = process.env['SHOTS_DIR'] ?? 'shots';
const only = process.env['SHOTS_ONLY'];

const shots: { name: string; width: number; height: number; query: string }[] = [
  { name: 'country-phone', width: 360, height: 740, query: 't=2022-01-05T22:00' },
  { name: 'country-desktop', width: 1280, height: 800, query: 't=2022-01-05T22:00' },
  { name: 'country-desktop-0107', width: 1280, height: 800, query: 't=2022-01-07T23:00' },
  { name: 'almaty-z11', width: 1280, height: 800, query: 't=2022-01-05T22:00&view=76.93,43.27,11' },
  { name: 'almaty-z8', width: 1280, height: 800, query: 't=2022-01-05T22:00&view=76.95,43.4,8' },
  { name: 'nur-sultan', width: 1280, height: 800, query: 't=2022-01-07T23:00&view=71.45,51.13,11' },
];

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
for (const s of shots) {
  if (only && !s.name.includes(only)) continue;
  const page = await browser.newPage({ viewport: { width: s.width, height: s.height } });
  await page.goto(`${base}/?lang=en&${s.query}`);
  await page.waitForFunction(() => window.__qantarMap !== undefined, null, { timeout: 60_000 });
  await page.evaluate(() => window.__qantarMap!.idle({ repaint: true }));
  await page.screenshot({ path: `${dir}/${s.name}.png` });
  await page.close();
  console.log(`${dir}/${s.name}.png`);
}
await browser.close();
