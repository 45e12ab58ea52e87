/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { qantarData } from './scripts/vite-plugin-qantar-data';

export default defineConfig({
  base: './',
  plugins: [react(), qantarData()],
  build: {
    target: 'es2022',
    // maplibre-gl is loaded lazily by the map view, so the page chrome and the text view
    // paint before it arrives; it is large by nature.
    // The manifest lets scripts/size-report.ts find the critical path (entry and its static imports).
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
