// The architecture boundaries are lint rules (scripts/eslint-layers.js, wired in
// eslint.config.js): plant each kind of violation in a snippet at a path inside src/, lint it
// through the ESLint Node API with the project's own configuration, and expect it reported.
// Allowed imports are linted too, so the rule cannot pass by reporting everything.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
}, 60_000);

/** Returns the boundary messages ESLint reports for code at a path (relative to the repo). */
async function boundaryMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  // A snippet that does not parse would be "reported" for the wrong reason.
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId === 'qantar/layers').map((m) => m.message);
}

const VIOLATIONS: [what: string, file: string, code: string][] = [
  [
    'ui imports map/adapter',
    'src/ui/planted/Planted.tsx',
    "import { MapAdapter } from '../../map/adapter';\nexport const a = MapAdapter;",
  ],
  [
    'ui imports a type from map/adapter',
    'src/ui/planted/Planted.tsx',
    "import type { MarkerTexts } from '../../map/adapter';\nexport type T = MarkerTexts;",
  ],
  [
    'ui imports MapView',
    'src/ui/planted.ts',
    "import { MapView } from '../map/MapView';\nexport const a = MapView;",
  ],
  ['ui re-exports from map', 'src/ui/planted.ts', "export { MapView } from '../map/MapView';"],
  [
    'ui names a map type with import()',
    'src/ui/planted.ts',
    "export type A = import('../map/adapter').MapAdapter;",
  ],
  [
    'ui reaches map by a detour',
    'src/ui/planted/Planted.tsx',
    "import { MapAdapter } from '../../ui/../map/adapter';\nexport const a = MapAdapter;",
  ],
  [
    'ui imports app/',
    'src/ui/planted/Planted.tsx',
    "import { DATASET_URL } from '../../app/load-dataset';\nexport const a = DATASET_URL;",
  ],
  [
    'ui imports embed code (not a type)',
    'src/ui/planted/Planted.tsx',
    "import { embedCode } from '../../embed/embed-code';\nexport const a = embedCode;",
  ],
  [
    'store imports ui/',
    'src/store/planted.ts',
    "import { STRINGS } from '../ui/i18n';\nexport const a = STRINGS;",
  ],
  [
    'store imports map/',
    'src/store/planted.ts',
    "import { bindStoreToMap } from '../map/binding';\nexport const a = bindStoreToMap;",
  ],
  [
    'store imports app/',
    'src/store/planted.ts',
    "import { App } from '../app/App';\nexport const a = App;",
  ],
  [
    'store imports embed/',
    'src/store/planted.ts',
    "import { encodeUrlState } from '../embed/url-state';\nexport const a = encodeUrlState;",
  ],
  [
    'ui imports maplibre-gl dynamically',
    'src/ui/planted/Planted.tsx',
    "export const load = () => import('maplibre-gl');",
  ],
  [
    'ui imports maplibre-gl statically',
    'src/ui/planted/Planted.tsx',
    "import * as m from 'maplibre-gl';\nexport const a = m;",
  ],
  [
    'domain imports maplibre-gl dynamically',
    'src/domain/planted.ts',
    "export const load = () => import('maplibre-gl');",
  ],
  [
    'domain imports maplibre-gl in a template literal',
    'src/domain/planted.ts',
    'export const load = () => import(`maplibre-gl`);',
  ],
  [
    'ui imports a computed path',
    'src/ui/planted.ts',
    "const name = 'maplibre-gl';\nexport const load = () => import(name);",
  ],
  [
    'domain imports store/',
    'src/domain/planted.ts',
    "import { LAYERS } from '../store/store';\nexport const a = LAYERS;",
  ],
  [
    'domain imports ui/',
    'src/domain/planted.ts',
    "import { STRINGS } from '../ui/i18n';\nexport const a = STRINGS;",
  ],
  [
    'domain imports map/',
    'src/domain/planted.ts',
    "import { LAYER } from '../map/layer-ids';\nexport const a = LAYER;",
  ],
  [
    'domain imports app/',
    'src/domain/planted.ts',
    "import { BASEMAP_URL } from '../app/load-dataset';\nexport const a = BASEMAP_URL;",
  ],
  [
    'domain imports embed/',
    'src/domain/planted.ts',
    "import { URL_STATE_KEYS } from '../embed/url-state';\nexport const a = URL_STATE_KEYS;",
  ],
  [
    'domain imports a store type',
    'src/domain/planted.ts',
    "import type { QantarState } from '../store/store';\nexport type S = QantarState;",
  ],
  [
    'domain imports react',
    'src/domain/planted.ts',
    "import { useState } from 'react';\nexport const a = useState;",
  ],
  [
    'domain imports zustand',
    'src/domain/planted.ts',
    "import { createStore } from 'zustand/vanilla';\nexport const a = createStore;",
  ],
  [
    'a domain module other than geo.ts imports turf',
    'src/domain/planted.ts',
    "import { distance } from '@turf/turf';\nexport const a = distance;",
  ],
  [
    'map imports ui/',
    'src/map/planted.ts',
    "import { STRINGS } from '../ui/i18n';\nexport const a = STRINGS;",
  ],
  [
    'embed imports map/',
    'src/embed/planted.ts',
    "import { LAYER } from '../map/layer-ids';\nexport const a = LAYER;",
  ],
  ['a file in a folder that is no layer', 'src/helpers/planted.ts', 'export const a = 1;'],
  [
    'src/ imports a build script',
    'src/domain/planted.ts',
    "import { buildBasemap } from '../../scripts/basemap';\nexport const a = buildBasemap;",
  ],
  [
    'src/ imports a test helper',
    'src/ui/planted.ts',
    "import { testDataset } from '../../tests/component/test-dataset';\nexport const a = testDataset;",
  ],
  [
    'ui names a maplibre type with import()',
    'src/ui/planted.ts',
    "export type M = import('maplibre-gl').Map;",
  ],
];

const ALLOWED: [what: string, file: string, code: string][] = [
  [
    'app imports map and ui',
    'src/app/planted.tsx',
    "import { MapView } from '../map/MapView';\nimport { Legend } from '../ui/legend/Legend';\nexport const a = [MapView, Legend];",
  ],
  [
    'map imports maplibre-gl and the store',
    'src/map/planted.ts',
    "import * as m from 'maplibre-gl';\nimport { LAYERS } from '../store/store';\nexport const a = [m, LAYERS];",
  ],
  [
    'ui imports domain and store',
    'src/ui/planted/Planted.tsx',
    "import { CSV_FILES } from '../../domain/data-files';\nimport { useQantar } from '../../store/context';\nexport const a = [CSV_FILES, useQantar];",
  ],
  [
    'ui imports a type from embed',
    'src/ui/planted/Planted.tsx',
    "import type { EmbedCode } from '../../embed/embed-code';\nexport type C = EmbedCode;",
  ],
  [
    'embed imports the store',
    'src/embed/planted.ts',
    "import { LAYERS } from '../store/store';\nexport const a = LAYERS;",
  ],
  [
    'geo.ts imports turf',
    'src/domain/geo.ts',
    "import { distance } from '@turf/turf';\nexport const a = distance;",
  ],
  [
    'a lazy ui chunk inside ui',
    'src/ui/planted.ts',
    "export const load = () => import('./legend/Legend');",
  ],
];

describe('lint: architecture boundaries', () => {
  it.each(VIOLATIONS)('reports: %s', { timeout: 60_000 }, async (_what, file, code) => {
    const messages = await boundaryMessages(file, code);
    expect(messages.length, `expected a boundary error for ${file}:\n${code}`).toBeGreaterThan(0);
  });

  it.each(ALLOWED)('allows: %s', { timeout: 60_000 }, async (_what, file, code) => {
    expect(await boundaryMessages(file, code)).toEqual([]);
  });
});
