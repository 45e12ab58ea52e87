// `npm run story:pictures`: makes the still picture of every story step in both languages
// (public/story/<step>-<lang>.jpg) that list mode and the no-WebGL page show. Builds the test
// build (it has the read-only map hook to wait for the map), opens each step in Chromium with
// reduced motion (so a window shows its end) and without controls (no story card), and
// shoots the map.
// Re-run it after editing data/story.csv and commit the pictures.
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { checkDataDir } from './read-data';
import { CHROMIUM_ARGS } from '../playwright.config';

const PORT = Number(process.env['STORY_PICTURES_PORT'] ?? 4398);
const OUT = 'public/story';
const { dataset, messages } = checkDataDir('data');
if (!dataset?.story) throw new Error(messages.join('\n') || 'data/story.csv is missing');

execFileSync(
  'npx',
  ['vite', 'build', '--mode', 'e2e', '--outDir', 'dist-pictures', '--emptyOutDir'],
  {
    stdio: 'inherit',
  },
);
const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--outDir',
    'dist-pictures',
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--strictPort',
  ],
  { stdio: 'ignore', detached: true },
);
try {
  await new Promise((r) => setTimeout(r, 2000));
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  mkdirSync(OUT, { recursive: true });
  for (const lang of ['en', 'de'] as const) {
    for (const [i, step] of dataset.story.entries()) {
      const page = await browser.newPage({
        viewport: { width: 800, height: 560 },
        reducedMotion: 'reduce',
      });
      await page.goto(`http://127.0.0.1:${PORT}/embed.html?step=${i + 1}&lang=${lang}&controls=0`);
      await page.waitForFunction(() => window.__qantarMap !== undefined, null, { timeout: 60_000 });
      // controls=0: no story card, so the camera is not padded for one.
      await page.evaluate(() => window.__qantarMap!.idle());
      const file = `${OUT}/${step.id}-${lang}.jpg`;
      writeFileSync(file, await page.locator('.map').screenshot({ type: 'jpeg', quality: 70 }));
      console.log(file);
      await page.close();
    }
  }
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid);
}
