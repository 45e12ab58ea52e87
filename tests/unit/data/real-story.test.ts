// The real story in data/story.csv, checked against the rest of the real dataset.
import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../../scripts/read-data';
import { eventPosition } from '../../../src/domain/dataset';
import { STORY_LAYERS, stepEndTime } from '../../../src/domain/story-steps';
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

  it('uses the same layer names as the map', () => {
    expect([...STORY_LAYERS]).toEqual([...LAYERS]);
  });
});
