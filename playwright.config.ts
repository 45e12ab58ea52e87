import { defineConfig } from '@playwright/test';

// Ports can be moved (E2E_PORT, E2E_HOST_PORT) so several checkouts can run their e2e suites
// side by side on one machine without taking each other's servers.
const PORT = Number(process.env['E2E_PORT'] ?? 4174);
/** Port of the stand-in article site (tests/e2e/host). */
export const HOST_PORT = Number(process.env['E2E_HOST_PORT'] ?? 4175);

/** Debian's Chromium (no Playwright browser download is possible here). WebGL2 runs on SwiftShader. */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['./tests/e2e/headroom-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      // The e2e build is the production build plus the read-only map debug hook (mode "e2e").
      command: `npx vite build --mode e2e --outDir dist-e2e --emptyOutDir && npx vite preview --outDir dist-e2e --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      // A news site on another origin that embeds the map.
      command: `node tests/e2e/host/serve.mjs ${HOST_PORT} http://127.0.0.1:${PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
