// Given/when/then helpers for story mode (issue 12), beside the shared driver.
import { expect, type Frame, type Page } from '@playwright/test';
import { formatSliderTime } from '../../src/domain/format';
import { resolveStoryCamera, stepEndTime, type StoryStep } from '../../src/domain/story-steps';
import { hoursSinceStart, type EpochMs } from '../../src/domain/time';
import { cellTime, createBoundaries } from '../../src/domain/time-cells';
import { createTimeIndex } from '../../src/domain/time-index';
import { loadDataset } from './driver';

export const dataset = loadDataset();
export const steps: StoryStep[] = dataset.story ?? [];
const placesById = new Map(dataset.places.map((p) => [p.id, p]));
const incidentStarts = createBoundaries(createTimeIndex(dataset.events).times);

/**
 * The time the incident layer filters by at a step: the map gets only the start of the time
 * cell its drawing changes in (domain/time-cells), not every slider value.
 */
function expectedIncidentHours(step: StoryStep): number {
  return hoursSinceStart(cellTime(incidentStarts, stepEndTime(step)));
}

/** The camera a step asks for on a map of this width (the phone camera under 600 px). */
export function expectedCamera(step: StoryStep, mapWidth: number) {
  const camera = resolveStoryCamera(mapWidth < 600 ? step.phoneCamera : step.camera, placesById);
  if (!camera) throw new Error(`step ${step.id} has no camera`);
  return camera;
}

/** The slider label a step ends on (its instant, or the end of its window). */
export function expectedTime(step: StoryStep, lang: 'en' | 'de' = 'en'): string {
  return formatSliderTime(stepEndTime(step) as EpochMs, lang);
}

/** Highlighted events the map can draw (the same rule as the real-story unit test). */
export function expectedHighlight(step: StoryStep): string[] {
  return [...step.events].sort();
}

type Scope = Page | Frame;

export async function mapIsReady(scope: Scope): Promise<void> {
  await scope.waitForFunction(() => window.__qantarMap !== undefined, null, { timeout: 30_000 });
}

/** Waits until the map shows a step: time, camera (within a tolerance) and highlighted ids. */
export async function expectMapAtStep(
  scope: Scope,
  step: StoryStep,
  lang: 'en' | 'de' = 'en',
  withSlider = true,
) {
  if (withSlider)
    await expect(scope.getByTestId('slider-time')).toHaveText(expectedTime(step, lang));
  await expect
    .poll(() => scope.evaluate(() => window.__qantarMap!.hours()), `time of step ${step.id}`)
    .toBe(expectedIncidentHours(step));
  const width = await scope.evaluate(() => window.__qantarMap!.width());
  const camera = expectedCamera(step, width);
  await expect
    .poll(
      async () => {
        const c = await scope.evaluate(() => window.__qantarMap!.camera());
        return (
          Math.abs(c.lon - camera.lon) < 0.05 &&
          Math.abs(c.lat - camera.lat) < 0.05 &&
          Math.abs(c.zoom - camera.zoom) < 0.05
        );
      },
      `camera of step ${step.id} near ${JSON.stringify(camera)}`,
    )
    .toBe(true);
  await expect
    .poll(
      () =>
        scope.evaluate(async () => {
          await window.__qantarMap!.idle();
          return window.__qantarMap!.renderedHighlightedIds();
        }),
      `highlighted events of step ${step.id}`,
    )
    .toEqual(expectedHighlight(step));
}
