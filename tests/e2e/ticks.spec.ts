// Issue 15: the map gets a layer family's time only when its drawing changes. Whatever the
// slider does, what is drawn must stay exactly what the domain says for the slider time.
import { expect, test } from '@playwright/test';
import { RECENT_HOURS } from '../../src/domain/time-cells';
import { Reader, drawnIncidentIds, loadDataset } from './driver';

const dataset = loadDataset();
const at = (localIso: string) => Date.parse(`${localIso}:00+06:00`);
const HOUR = 3_600_000;

const drawnBy = (t: number) => drawnIncidentIds(dataset, t);
const recentAt = (t: number) =>
  drawnBy(t).filter(
    (id) => dataset.events.find((e) => e.id === id)!.start > t - RECENT_HOURS * HOUR,
  );
const emergencyAt = (t: number) =>
  [
    ...new Set(
      dataset.status
        .filter((s) => s.layer === 'emergency' && s.from <= t && (s.to === undefined || t < s.to))
        .map((s) => s.subject),
    ),
  ].sort();

test('at every time the slider visits, forwards, back and by one hour, the map draws what the domain says', async ({
  page,
}) => {
  const reader = new Reader(page);
  // A moment in the link opens free exploration with every layer (not the story's first step).
  await reader.opensTheMap();
  await reader.seesTheWholeRegion();
  // Hourly neighbours (often inside one cell: nothing is sent), long jumps and a jump back.
  const times = [
    '2022-01-02T10:00',
    '2022-01-04T18:00',
    '2022-01-05T21:00',
    '2022-01-05T22:00',
    '2022-01-05T23:00',
    '2022-01-07T03:00',
    '2022-01-12T12:00',
    '2022-01-12T13:00',
    '2022-01-05T12:00',
  ];
  for (const iso of times) {
    await reader.scrubsTo(iso);
    const t = at(iso);
    const drawn = await reader.renderedIncidentIds();
    expect(drawn, iso).toEqual(drawnBy(t));
    const recent = await page.evaluate(() => window.__qantarMap!.renderedRecentIds());
    expect(recent, iso).toEqual(recentAt(t));
    expect(await reader.renderedFeatureIds('emergencyFill'), iso).toEqual(emergencyAt(t));
  }
});

// The map may go idle in the frame before the store's update reaches it (maplibre asked for
// that frame first). A wait for "idle" must still end on the new picture: this flaked in CI
// (the regions of 17 January still drawn after scrubbing to the 19th).
test('waiting for the map after a tick ends on the new picture, even when the map had a frame queued', async ({
  page,
}) => {
  const reader = new Reader(page);
  await reader.opensTheMap('lang=en&t=2022-01-17T12:00');
  await reader.seesTheWholeRegion();
  expect(await reader.renderedFeatureIds('emergencyFill')).toEqual(
    emergencyAt(at('2022-01-17T12:00')),
  );
  const hours = (at('2022-01-19T12:00') - at('2022-01-01T00:00')) / HOUR;
  await page.evaluate(async (h) => {
    const map = window.__qantarMap!;
    // Just drawn, so maplibre's next frame has no new label placement to make and can go idle.
    await map.idle({ repaint: true });
    // In one task: maplibre's frame first, then the slider's change (the binding's frame after).
    map.repaint();
    const input = document.querySelector<HTMLInputElement>('#qantar-time')!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
      input,
      String(h),
    );
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await map.idle({ repaint: false });
  }, hours);
  expect(emergencyAt(at('2022-01-19T12:00'))).toEqual([]);
  expect(await reader.renderedFeatureIds('emergencyFill')).toEqual([]);
});
