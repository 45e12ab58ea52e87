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
    const recent = await page.evaluate(
      (ids) => ids.filter((id) => window.__qantarMap!.featureState('incidents', id)['recent']),
      drawn,
    );
    expect(recent, iso).toEqual(recentAt(t));
    expect(await reader.renderedFeatureIds('emergencyFill'), iso).toEqual(emergencyAt(t));
  }
});
