/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { qantarData } from './scripts/vite-plugin-qantar-data';
import { qantarSecurity } from './scripts/vite-plugin-security';
import { qantarScrolly } from './scripts/vite-plugin-qantar-scrolly';

export default defineConfig({
  base: './',
  // Two pages, no client-side routes: a missing file is a 404 (in preview too), never index.html.
  appType: 'mpa',
  plugins: [react(), qantarData(), qantarSecurity(), qantarScrolly()],
  build: {
    target: 'es2022',
    // maplibre-gl is loaded lazily by the map view, so the page chrome and the text view
    // paint before it arrives; it is large by nature.
    // The manifest lets scripts/size-report.ts find the critical path (entry and its static
    // imports); qantarSecurity moves it out of the output so it is not published.
    manifest: true,
    chunkSizeWarningLimit: 1100,
    rollupOptions: {
      // The full page and the embed page share one app; embed.html only sets data-mode.
      input: { main: 'index.html', embed: 'embed.html' },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
