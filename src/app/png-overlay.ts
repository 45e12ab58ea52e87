import { CATEGORIES } from '../domain/dataset';
import { CATEGORY_COLORS } from '../domain/palette';
import { latestEventsUpTo, passesFilters } from '../domain/time-index';
import type { PngLegendItem } from '../map/export-png';
import type { QantarState } from '../store/store';
import type { Strings } from '../ui/i18n';

/** Returns the PNG export's legend: the same sections the page's legend explains (issue 10). */
export function pngLegend(s: QantarState, t: Strings): PngLegendItem[] {
  const items: PngLegendItem[] = [{ label: t.categoriesHeading, shape: 'heading' }];
  for (const c of CATEGORIES)
    if (!s.hiddenCategories.has(c)) items.push({ label: t.category[c], color: CATEGORY_COLORS[c] });
  items.push(
    { label: t.verificationHeading, shape: 'heading' },
    { label: `${t.verification.independent} (${t.verificationHint.independent})` },
    {
      label: `${t.verification.official_claim}, ${t.verification.unverified} (${t.verificationHint.official_claim})`,
      shape: 'ring',
    },
    { label: t.legendSizeHeading, shape: 'heading' },
    { label: t.legendSize('1–40+'), shape: 'ring', color: '#1d1d1b' },
  );
  if (s.layers.has('troops'))
    items.push(
      { label: t.legendTroopsHeading, shape: 'heading' },
      { label: t.legendTroopChip, color: '#2f4f4f' },
      { label: t.legendRoute, shape: 'dash', color: '#2f4f4f' },
    );
  if (s.layers.has('emergency'))
    items.push(
      { label: t.legendRegionsHeading, shape: 'heading' },
      { label: t.legendEmergency, shape: 'area', color: '#D55E00' },
      { label: t.legendCurfew, shape: 'area', color: '#5B2C83' },
    );
  return items;
}

/** Returns the PNG credit: the publishers of the events shown, most cited first. */
export function pngCredit(s: QantarState, t: Strings, url: string, limit = 6): string {
  const { events } = latestEventsUpTo(s.index, s.time, (e) =>
    passesFilters(e, s.hiddenCategories, s.hiddenVerifications),
  );
  const counts = new Map<string, number>();
  for (const e of events)
    for (const id of e.sources) {
      const publisher = s.sourcesById.get(id)?.publisher ?? id;
      counts.set(publisher, (counts.get(publisher) ?? 0) + 1);
    }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const names = ranked.slice(0, limit).map(([name]) => name);
  return t.pngCredit(names.join(', '), Math.max(0, ranked.length - limit), url);
}
