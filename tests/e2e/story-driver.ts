// Given/when/then helpers for story mode (issue 12), beside the shared driver.
import { expect, type Frame, type Page } from '@playwright/test';
import { formatSliderTime } from '../../src/domain/format';
import { resolveStoryCamera, stepEndTime, type StoryStep } from '../../src/domain/story-steps';
import { hoursSinceStart, type EpochMs } from '../../src/domain/time';
import { cellTime, createBoundaries, recentUntil } from '../../src/domain/time-cells';
import { createTimeIndex } from '../../src/domain/time-index';
import { stepTarget } from '../../src/map/opening-camera';
import { loadDataset } from './driver';

export const dataset = loadDataset();
export const steps: StoryStep[] = dataset.story ?? [];
const placesById = new Map(dataset.places.map((p) => [p.id, p]));
const starts = createTimeIndex(dataset.events).times;
/** Incidents are drawn differently from an event's start and again from the end of its recency. */
const incidentBoundaries = createBoundaries([...starts, ...starts.map(recentUntil)]);

/**
 * The time the incident layers filter by at a step: the map gets only the start of the time
 * cell its drawing changes in (domain/time-cells), not every slider value.
 */
function expectedIncidentHours(step: StoryStep): number {
  return hoursSinceStart(cellTime(incidentBoundaries, stepEndTime(step)));
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
  // The step's point lies at the centre of the part of the map the story card leaves free.
  await expect
    .poll(
      async () => {
        const { zoom, point, map, card } = await scope.evaluate(
          ([lon, lat]) => {
            const box = (e: Element | null) => {
              const r = e?.getBoundingClientRect();
              return r ? { width: r.width, height: r.height } : null;
            };
            return {
              zoom: window.__qantarMap!.camera().zoom,
              point: window.__qantarMap!.project([lon!, lat!]),
              map: box(document.querySelector('.map'))!,
              card: box(document.querySelector('.story-card')),
            };
          },
          [camera.lon, camera.lat],
        );
        const target = stepTarget(camera, camera, map, card);
        const { top, bottom, left, right } = target.padding;
        const x = left + (map.width - left - right) / 2;
        const y = top + (map.height - top - bottom) / 2;
        return Math.abs(zoom - camera.zoom) < 0.05 && Math.hypot(point.x - x, point.y - y) < 4;
      },
      `camera of step ${step.id} at ${JSON.stringify(camera)}, beside the story card`,
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
