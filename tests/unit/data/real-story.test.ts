// The real story in data/story.csv, checked against the rest of the real dataset.
import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../../scripts/read-data';
import { eventPosition } from '../../../src/domain/dataset';
import {
  STORY_LAYERS,
  resolveStoryCamera,
  stepEndTime,
  type StoryStep,
} from '../../../src/domain/story-steps';
import { LAYERS } from '../../../src/store/store';

const { dataset, messages } = checkDataDir('data');
const ds = () => {
  if (!dataset) throw new Error(messages.join('\n'));
  return dataset;
};
const story = () => ds().story ?? [];

describe('the real story', () => {
  it('has 8 to 12 steps in time order', () => {
    expect(story().length).toBeGreaterThanOrEqual(8);
    expect(story().length).toBeLessThanOrEqual(12);
    const times = story().map((s) => s.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('never goes back in time: each step ends no later than the next one starts', () => {
    // Almaty time, as the data writes it.
    const iso = (t: number) => `${new Date(t + 6 * 3_600_000).toISOString().slice(0, 16)}+06:00`;
    const steps = story();
    const backwards = steps
      .slice(1)
      .map((next, i) => [steps[i]!, next] as const)
      .filter(([step, next]) => stepEndTime(step) > next.time)
      .map(([step, next]) => `${step.id} ends ${iso(stepEndTime(step))} after ${next.id} starts ${iso(next.time)}`);
    expect(steps.length).toBeGreaterThan(1);
    expect(backwards).toEqual([]);
  });

  it('highlights only events that are drawn on the map and have begun by the end of the step', () => {
    const placesById = new Map(ds().places.map((p) => [p.id, p]));
    const eventsById = new Map(ds().events.map((e) => [e.id, e]));
    const bad = story().flatMap((s) =>
      s.events
        .filter((id) => {
          const e = eventsById.get(id)!;
          return eventPosition(e, placesById) === null || e.start > stepEndTime(s);
        })
        .map((id) => `${s.id}: ${id}`),
    );
    expect(bad).toEqual([]);
  });

  it('cites every highlighted event in the step text', () => {
    const uncited = story().flatMap((s) => s.events.filter((e) => !s.cites.includes(e)).map((e) => `${s.id}: ${e}`));
    expect(uncited).toEqual([]);
  });

  // The smallest map each camera is used on, less a margin: the desktop camera from 600 px wide
  // (an article's sticky map is about 400 px tall), the phone camera on 320 px phones, above the
  // story card. What a step highlights must be on screen there, or the reader never sees it.
  const SMALLEST: Record<'camera' | 'phoneCamera', { width: number; height: number }> = {
    camera: { width: 560, height: 380 },
    phoneCamera: { width: 300, height: 260 },
  };
  /** Web Mercator pixel position at a zoom (maplibre's 512 px tiles). */
  const project = (lon: number, lat: number, zoom: number) => {
    const size = 512 * 2 ** zoom;
    const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    return { x: ((lon + 180) / 360) * size, y: ((1 - y / Math.PI) / 2) * size };
  };

  it('frames every highlighted event and place on the smallest map each camera is used on', () => {
    const placesById = new Map(ds().places.map((p) => [p.id, p]));
    const eventsById = new Map(ds().events.map((e) => [e.id, e]));
    const points = (s: StoryStep) => [
      ...s.events.map((id) => [id, eventPosition(eventsById.get(id)!, placesById)] as const),
      ...s.places.map((id) => {
        const p = placesById.get(id)!;
        return [id, p.lon === undefined ? null : ([p.lon, p.lat!] as const)] as const;
      }),
    ];
    const outside = story().flatMap((s) =>
      (['camera', 'phoneCamera'] as const).flatMap((which) => {
        const cam = resolveStoryCamera(s[which], placesById)!;
        const c = project(cam.lon, cam.lat, cam.zoom);
        const { width, height } = SMALLEST[which];
        return points(s)
          .filter(([, pos]) => {
            if (!pos) return false;
            const p = project(pos[0], pos[1], cam.zoom);
            return Math.abs(p.x - c.x) > width / 2 || Math.abs(p.y - c.y) > height / 2;
          })
          .map(([id]) => `${s.id} ${which}: ${id}`);
      }),
    );
    expect(outside).toEqual([]);
  });

  it('uses the same layer names as the map', () => {
    expect([...STORY_LAYERS]).toEqual([...LAYERS]);
  });
});
