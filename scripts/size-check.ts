// `npm run size`: fails when the critical-path JavaScript of the built app grows past the
// budget (120 kB gzip), or the base map or the first-view picture past theirs. Sizes are
// deterministic, so this is a test, unlike timings.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CRITICAL_JS_BUDGET, FIRST_VIEW_BUDGET, criticalPath, kB, sum } from './size-report';

const dist = process.argv[2] ?? 'dist';
// The build manifest names every chunk; it is kept outside the published directory.
if (existsSync(join(dist, '.vite'))) {
  console.error(`${dist}/.vite exists: the build would publish its manifest`);
  process.exit(1);
}
const { critical, deferred } = criticalPath(dist);
const js = sum(critical, 'js');
for (const e of critical)
  console.log(
    `  ${e.kind.padEnd(4)} ${kB(e.gzip).padStart(10)} gzip ${kB(e.raw).padStart(10)} raw  ${e.file}`,
  );
console.log(
  `critical-path JavaScript: ${kB(js.gzip)} gzip (budget ${kB(CRITICAL_JS_BUDGET)}); deferred map code and data: ${kB(sum(deferred).gzip)} gzip`,
);
// The base map is loaded after first paint; issue 11 gives it its own budget.
const BASEMAP_BUDGET = 120 * 1024;
const basemap = deferred.find((e) => e.file === 'data/basemap.json');
if (basemap)
  console.log(
    `base map (data/basemap.json, after first paint): ${kB(basemap.gzip)} gzip, ${kB(basemap.raw)} raw (budget ${kB(BASEMAP_BUDGET)} gzip)`,
  );
if (!basemap || basemap.gzip > BASEMAP_BUDGET) {
  console.error(basemap ? 'the base map is over its budget' : 'data/basemap.json is missing');
  process.exit(1);
}
const firstView = critical.find((e) => e.file === 'data/first-view.json')!;
console.log(
  `first-view picture (data/first-view.json, before the map): ${kB(firstView.gzip)} gzip (budget ${kB(FIRST_VIEW_BUDGET)} gzip)`,
);
if (firstView.gzip > FIRST_VIEW_BUDGET) {
  console.error('the first-view picture is over its budget');
  process.exit(1);
}
if (js.gzip > CRITICAL_JS_BUDGET) {
  console.error(`critical-path JavaScript is over budget by ${kB(js.gzip - CRITICAL_JS_BUDGET)}`);
  process.exit(1);
}
