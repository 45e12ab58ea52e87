import { describe, expect, it } from 'vitest';
import {
  CHIP_RISE_PX,
  CHIP_STEP_PX,
  layoutTroops,
  type ChipPoint,
} from '../../../src/map/troop-groups';

const AIRPORT = { x: 200, y: 300 };
const atAirport = (...ids: string[]): ChipPoint[] => ids.map((id) => ({ id, ...AIRPORT }));
const options = { width: 400, zoomedIn: false, open: new Set<string>() };

describe('layoutTroops', () => {
  it('shows a lone chip right above its point', () => {
    const layout = layoutTroops([{ id: 'kg', x: 100, y: 100 }], options);
    expect(layout.groups).toEqual([]);
    expect(layout.chips.get('kg')).toEqual({ shown: true, offset: [0, CHIP_RISE_PX] });
  });

  it('groups chips at one airfield behind one badge, led by the first in data order', () => {
    const layout = layoutTroops(atAirport('ru', 'by', 'am', 'kg', 'tj'), options);
    expect(layout.groups).toEqual([
      {
        lead: 'ru',
        members: ['ru', 'by', 'am', 'kg', 'tj'],
        open: false,
        badge: true,
        badgeOffset: [0, CHIP_RISE_PX],
      },
    ]);
    for (const id of ['ru', 'by', 'am', 'kg', 'tj'])
      expect(layout.chips.get(id)?.shown, id).toBe(false);
  });

  it('keeps chips apart that are far apart on screen (one flying in, the rest landed)', () => {
    const layout = layoutTroops(
      [...atAirport('ru', 'by'), { id: 'tj', x: AIRPORT.x + 80, y: AIRPORT.y + 40 }],
      options,
    );
    expect(layout.groups.map((g) => g.members)).toEqual([['ru', 'by']]);
    expect(layout.chips.get('tj')?.shown).toBe(true);
  });

  it('an opened group shows the badge (to close it) and then each chip, in one row of distinct slots', () => {
    const layout = layoutTroops(atAirport('ru', 'by', 'am'), { ...options, open: new Set(['by']) });
    const group = layout.groups[0]!;
    expect(group).toMatchObject({ open: true, badge: true });
    const xs = [
      group.badgeOffset[0],
      ...['ru', 'by', 'am'].map((id) => layout.chips.get(id)!.offset[0]),
    ];
    expect(xs).toEqual([-1.5, -0.5, 0.5, 1.5].map((k) => k * CHIP_STEP_PX));
    expect(['ru', 'by', 'am'].every((id) => layout.chips.get(id)!.shown)).toBe(true);
  });

  it('opens every group at city scale, without a badge', () => {
    const layout = layoutTroops(atAirport('ru', 'by'), { ...options, zoomedIn: true });
    expect(layout.groups[0]).toMatchObject({ open: true, badge: false });
    expect(layout.chips.get('ru')!.offset[0]).toBe(-CHIP_STEP_PX / 2);
    expect(layout.chips.get('by')!.offset[0]).toBe(CHIP_STEP_PX / 2);
  });

  it('keeps an open row inside the map at its right and left edges', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    for (const x of [350, 10]) {
      const layout = layoutTroops(
        ids.map((id) => ({ id, x, y: 100 })),
        { width: 360, zoomedIn: true, open: new Set() },
      );
      const left = Math.min(...ids.map((id) => x + layout.chips.get(id)!.offset[0]));
      const right = Math.max(...ids.map((id) => x + layout.chips.get(id)!.offset[0]));
      expect(left - CHIP_STEP_PX / 2, `x=${x}`).toBeGreaterThanOrEqual(0);
      expect(right + CHIP_STEP_PX / 2, `x=${x}`).toBeLessThanOrEqual(360);
      expect(right - left).toBe((ids.length - 1) * CHIP_STEP_PX);
    }
  });

  it('moves a badge or a lone chip off a city dot: below, then beside its point', () => {
    const dotAbove = { left: 190, top: 260, right: 210, bottom: 280 };
    const below = layoutTroops(atAirport('ru', 'by'), { ...options, obstacles: [dotAbove] });
    expect(below.groups[0]!.badgeOffset).toEqual([0, -CHIP_RISE_PX]);
    const dotBelow = { left: 190, top: 320, right: 210, bottom: 340 };
    const beside = layoutTroops([{ id: 'kg', ...AIRPORT }], {
      ...options,
      obstacles: [dotAbove, dotBelow],
    });
    expect(beside.chips.get('kg')!.offset[1]).toBe(0);
    expect(Math.abs(beside.chips.get('kg')!.offset[0])).toBeGreaterThan(CHIP_STEP_PX);
  });

  it('between cities above, below and beside it, a badge goes diagonally off its point', () => {
    // Dots right above, right below and at both sides (Almaty's airfield among its neighbours).
    const dots = [
      { left: 180, top: 250, right: 220, bottom: 285 },
      { left: 180, top: 315, right: 220, bottom: 350 },
      { left: 225, top: 290, right: 275, bottom: 310 },
      { left: 125, top: 290, right: 175, bottom: 310 },
    ];
    const layout = layoutTroops(atAirport('ru', 'by'), { ...options, obstacles: dots });
    const [dx, dy] = layout.groups[0]!.badgeOffset;
    const box = {
      left: 200 + dx - 28,
      right: 200 + dx + 28,
      top: 300 + dy - 12,
      bottom: 300 + dy + 12,
    };
    for (const d of dots)
      expect(
        d.left < box.right && box.left < d.right && d.top < box.bottom && box.top < d.bottom,
      ).toBe(false);
  });

  it('where no place is clear, takes the one that covers least, not the first', () => {
    // A wall of dots all around: every place covers something, the far right least.
    const wall = [
      { left: 100, top: 200, right: 300, bottom: 292 },
      { left: 100, top: 308, right: 300, bottom: 400 },
      { left: 100, top: 292, right: 268, bottom: 308 },
    ];
    const layout = layoutTroops([{ id: 'kg', ...AIRPORT }], { ...options, obstacles: wall });
    expect(layout.chips.get('kg')!.offset).not.toEqual([0, CHIP_RISE_PX]);
    expect(layout.chips.get('kg')!.offset[0]).toBeGreaterThan(0);
  });

  it('keeps a chip off the chips placed before it', () => {
    const layout = layoutTroops(
      [...atAirport('ru', 'by'), { id: 'tj', x: AIRPORT.x + 60, y: AIRPORT.y }],
      options,
    );
    const badge = layout.groups[0]!.badgeOffset;
    const tj = layout.chips.get('tj')!.offset;
    const badgeBox = {
      l: AIRPORT.x + badge[0] - 28,
      r: AIRPORT.x + badge[0] + 28,
      y: AIRPORT.y + badge[1],
    };
    const tjBox = {
      l: AIRPORT.x + 60 + tj[0] - 14,
      r: AIRPORT.x + 60 + tj[0] + 14,
      y: AIRPORT.y + tj[1],
    };
    const apart =
      tjBox.l >= badgeBox.r || badgeBox.l >= tjBox.r || Math.abs(tjBox.y - badgeBox.y) >= 20;
    expect(apart).toBe(true);
  });
});
