import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group, message })) }],
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-e2e/',
      'dist-bench/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Architecture boundaries (house style): only src/map imports maplibre-gl; the domain is
  // plain TypeScript; the UI never touches maplibre or turf.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**'],
    rules: restrict([['maplibre-gl', 'maplibre-gl/*']], 'Only src/map/ may import maplibre-gl.'),
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: restrict(
      [
        [
          'react',
          'react-dom',
          'react/*',
          'zustand',
          'zustand/*',
          'maplibre-gl',
          '../store/*',
          '../map/*',
          '../ui/*',
          '../app/*',
          '../embed/*',
        ],
      ],
      'src/domain is plain TypeScript: no React, zustand, maplibre or upper layers.',
    ),
  },
  {
    files: [
      'src/ui/**/*.{ts,tsx}',
      'src/store/**/*.ts',
      'src/app/**/*.{ts,tsx}',
      'src/embed/**/*.ts',
    ],
    rules: restrict(
      [['maplibre-gl', 'maplibre-gl/*', '@turf/*']],
      'Turf lives in src/domain/geo.ts; maplibre in src/map/.',
    ),
  },
);
