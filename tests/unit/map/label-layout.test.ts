import { describe, expect, it } from 'vitest';
import {
  LABEL_GAP,
  labelBox,
  overlaps,
  placeBadge,
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
    // Corners touch the marker's box diagonally.
    expect(labelBox(m, 'top-right', 60, 14)).toEqual({
      left: 112,
      top: 74,
      right: 172,
      bottom: 88,
    });
    expect(labelBox(m, 'bottom-left', 60, 14)).toEqual({
      left: 28,
      top: 112,
      right: 88,
      bottom: 126,
    });
  });
});

describe('placeLabels', () => {
  it('keeps every label to the right where nothing is in the way', () => {
    const sides = placeLabels([city('a', 50, 50, 0), city('b', 50, 200, 1)], [], MAP);
    expect([...sides]).toEqual([
      ['a', { side: 'right', lines: 1, dy: 0 }],
      ['b', { side: 'right', lines: 1, dy: 0 }],
    ]);
  });

  it('moves the lower-priority label of two neighbours to a free side', () => {
    // b sits just right of a: a's label to the right would cover b's marker.
    const a = city('a', 100, 100, 0);
    const b = city('b', 140, 100, 1);
    const sides = placeLabels([b, a], [at(100, 100, 12), at(140, 100, 12)], MAP);
    expect(sides.get('a')?.side).toBe('left');
    expect(sides.get('b')?.side).toBe('right');
  });

  it('gives the higher priority its first choice, and hides a label with no free side', () => {
    const obstacles = [at(200, 150, 12)];
    // Two cities at one point: the second finds every side taken by the first's label or the map edge.
    const sides = placeLabels(
      [city('big', 200, 150, 0, 170), city('small', 200, 150, 5, 170)],
      obstacles,
      { left: 0, top: 130, right: 400, bottom: 170 },
    );
    expect(sides.get('big')?.side).toBe('right');
    expect(sides.get('small')?.side).toBe('left');
    const crowded = placeLabels(
      [city('big', 200, 150, 0, 170), city('small', 200, 150, 5, 170), city('third', 200, 150, 9)],
      obstacles,
      { left: 0, top: 130, right: 400, bottom: 170 },
    );
    expect(crowded.get('third')).toBeNull();
  });

  it('keeps a label clear of other cities’ dots, so it never reads as a neighbour’s name', () => {
    // a's label fits only below a (115–129 px); b's dot starts 4 px under it (133 px).
    const a = { ...city('a', 200, 100, 0, 200), dot: at(200, 100, 12) };
    const b = { ...city('b', 200, 139, 1), dot: at(200, 139, 12) };
    // Only below is inside these bounds for a (no room right, left or above).
    const bounds = { left: 100, top: 94, right: 300, bottom: 200 };
    expect(placeLabels([a], [a.dot], bounds).get('a')).not.toBeNull();
    expect(placeLabels([a, b], [a.dot, b.dot], bounds).get('a')).toBeNull();
    // Without the clearance (no dot on the candidates) it would sit right against b's dot.
    expect(
      placeLabels(
        [city('a', 200, 100, 0, 200), city('b', 200, 139, 1)],
        [a.dot, b.dot],
        bounds,
      ).get('a'),
    ).toEqual({ side: 'bottom', lines: 1, dy: 0 });
  });

  it('keeps labels inside the map: at the right edge the label goes left', () => {
    expect(placeLabels([city('east', 390, 150, 0)], [], MAP).get('east')?.side).toBe('left');
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
      .map((c) => {
        const p = sides.get(c.id)!;
        return labelBox(c.marker, p.side, c.width, c.height, p.dy);
      });
    expect(boxes.length).toBeGreaterThan(10);
    for (const [i, b] of boxes.entries()) {
      for (const other of boxes.slice(i + 1)) expect(overlaps(b, other)).toBe(false);
      for (const d of dots) expect(overlaps(b, d)).toBe(false);
    }
  });

  it('breaks a two-part name onto two lines when one line fits nowhere', () => {
    // A long name between the map's right edge and a neighbour on the left, above and below.
    const capital: LabelCandidate = {
      ...city('capital', 330, 150, 0, 130),
      twoLines: { width: 70, height: 28 },
    };
    const neighbours = [150, 125, 175].map((y) => at(200, y, 12));
    neighbours.push(at(330, 118, 12), at(330, 182, 12));
    const placed = placeLabels([capital], neighbours, MAP).get('capital');
    expect(placed?.lines).toBe(2);
    const b = labelBox(capital.marker, placed!.side, 70, 28, placed!.dy);
    for (const n of neighbours) expect(overlaps(b, n)).toBe(false);
    // Without a two-line form the same label is hidden.
    const oneLine: LabelCandidate = { ...capital };
    delete oneLine.twoLines;
    expect(placeLabels([oneLine], neighbours, MAP).get('capital')).toBeNull();
  });

  it('shows only the first part of a two-part name where neither one nor two lines fit', () => {
    // "Nur-Sultan (heute wieder Astana)": too wide for either line form, "Nur-Sultan" fits.
    const capital: LabelCandidate = {
      ...city('capital', 330, 150, 0, 200),
      twoLines: { width: 130, height: 28 },
      firstPart: { width: 50, height: 14 },
    };
    const neighbours = [150, 125, 175].map((y) => at(250, y, 12));
    neighbours.push(at(330, 118, 12), at(330, 182, 12));
    const placed = placeLabels([capital], neighbours, MAP).get('capital');
    expect(placed?.lines).toBe('first');
    const b = labelBox(capital.marker, placed!.side, 50, 14, placed!.dy);
    for (const n of neighbours) expect(overlaps(b, n)).toBe(false);
    // The whole name on two lines is still preferred where it fits.
    const roomy = placeLabels(
      [{ ...capital, twoLines: { width: 40, height: 28 } }],
      neighbours,
      MAP,
    );
    expect(roomy.get('capital')?.lines).toBe(2);
  });

  it('moves a label beside its marker down or up before it gives up a side', () => {
    // A neighbour's dot just above the left-hand position: the label goes left, lower.
    const c = city('c', 300, 150, 0, 60);
    const blockers = [
      at(260, 140, 10),
      at(250, 170, 10),
      at(300, 120, 12),
      at(300, 180, 12),
      at(385, 150, 30),
    ];
    const placed = placeLabels([c], blockers, MAP).get('c')!;
    expect(placed).toEqual({ side: 'left', lines: 1, dy: 7 });
    const b = labelBox(c.marker, placed.side, 60, 14, placed.dy);
    for (const x of blockers) expect(overlaps(b, x)).toBe(false);
  });
});

describe('placeBadge', () => {
  const dot = at(100, 100, 20);
  it('puts the count at the upper right when nothing is there', () => {
    expect(placeBadge(dot, 18, []).corner).toBe('ne');
  });
  it('moves it to a free corner when a neighbour’s dot is upper right (Taldykorgan by Almaty)', () => {
    const neighbour = at(118, 86, 12);
    const placed = placeBadge(dot, 18, [neighbour]);
    expect(placed.corner).toBe('nw');
    expect(overlaps(placed.box, neighbour)).toBe(false);
  });
  it('keeps the upper right when every corner is taken', () => {
    expect(placeBadge(dot, 18, [at(100, 100, 60)]).corner).toBe('ne');
  });
});
