import { describe, expect, it } from 'vitest';
import {
  LABEL_GAP,
  labelBox,
  overlaps,
  placeLabels,
  type Box,
  type LabelCandidate,
} from '../../../src/map/label-layout';

const at = (x: number, y: number, size = 24): Box => ({
  left: x - size / 2,
  top: y - size / 2,
  right: x + size / 2,
  bottom: y + size / 2,
});
const MAP: Box = { left: 0, top: 0, right: 400, bottom: 300 };
const city = (id: string, x: number, y: number, priority: number, width = 60): LabelCandidate => ({
  id,
  marker: at(x, y),
  width,
  height: 14,
  priority,
});

describe('labelBox', () => {
  it('puts the label beside, above or below its marker with the gap', () => {
    const m = at(100, 100);
    expect(labelBox(m, 'right', 60, 14)).toEqual({
      left: 112 + LABEL_GAP,
      top: 93,
      right: 172 + LABEL_GAP,
      bottom: 107,
    });
    expect(labelBox(m, 'left', 60, 14).right).toBe(88 - LABEL_GAP);
    expect(labelBox(m, 'top', 60, 14).bottom).toBe(88 - LABEL_GAP);
    expect(labelBox(m, 'bottom', 60, 14).top).toBe(112 + LABEL_GAP);
  });
});

describe('placeLabels', () => {
  it('keeps every label to the right where nothing is in the way', () => {
    const sides = placeLabels([city('a', 50, 50, 0), city('b', 50, 200, 1)], [], MAP);
    expect([...sides]).toEqual([
      ['a', 'right'],
      ['b', 'right'],
    ]);
  });

  it('moves the lower-priority label of two neighbours to a free side', () => {
    // b sits just right of a: a's label to the right would cover b's marker.
    const a = city('a', 100, 100, 0);
    const b = city('b', 140, 100, 1);
    const sides = placeLabels([b, a], [at(100, 100, 12), at(140, 100, 12)], MAP);
    expect(sides.get('a')).toBe('left');
    expect(sides.get('b')).toBe('right');
  });

  it('gives the higher priority its first choice, and hides a label with no free side', () => {
    const obstacles = [at(200, 150, 12)];
    // Two cities at one point: the second finds every side taken by the first's label or the map edge.
    const sides = placeLabels(
      [city('big', 200, 150, 0, 170), city('small', 200, 150, 5, 170)],
      obstacles,
      { left: 0, top: 130, right: 400, bottom: 170 },
    );
    expect(sides.get('big')).toBe('right');
    expect(sides.get('small')).toBe('left');
    const crowded = placeLabels(
      [city('big', 200, 150, 0, 170), city('small', 200, 150, 5, 170), city('third', 200, 150, 9)],
      obstacles,
      { left: 0, top: 130, right: 400, bottom: 170 },
    );
    expect(crowded.get('third')).toBeNull();
  });

  it('keeps labels inside the map: at the right edge the label goes left', () => {
    expect(placeLabels([city('east', 390, 150, 0)], [], MAP).get('east')).toBe('left');
  });

  it('never returns two overlapping labels or a label over a marker', () => {
    // A dense random field of cities: whatever is placed is clear of everything else.
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 380 + 10;
    const cands = Array.from({ length: 40 }, (_, i) => city(`c${i}`, rand(), rand() * 0.75, i));
    const dots = cands.map((c) =>
      at((c.marker.left + c.marker.right) / 2, (c.marker.top + c.marker.bottom) / 2, 12),
    );
    const sides = placeLabels(cands, dots, MAP);
    const boxes = cands
      .filter((c) => sides.get(c.id))
      .map((c) => labelBox(c.marker, sides.get(c.id)!, c.width, c.height));
    expect(boxes.length).toBeGreaterThan(10);
    for (const [i, b] of boxes.entries()) {
      for (const other of boxes.slice(i + 1)) expect(overlaps(b, other)).toBe(false);
      for (const d of dots) expect(overlaps(b, d)).toBe(false);
    }
  });
});
