import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import qantarLayers from './scripts/eslint-layers.js';

export default tseslint.config(
  {
    ignores: [
      'dist-shots/',
      'shots/',
      'dist/',
      'dist-e2e/',
      'dist-bench/',
      'dist-pictures/',
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
  // Architecture boundaries (house style): what each layer of src/ may import, resolved from
  // the importing file, for static, dynamic and type imports; only src/map imports maplibre-gl,
  // only src/domain/geo.ts imports turf, src/domain has no React or zustand. See
  // scripts/eslint-layers.js and tests/unit/build/lint-boundaries.test.ts.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { qantar: qantarLayers },
    rules: { 'qantar/layers': 'error' },
  },
);
