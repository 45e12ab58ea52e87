// Troop chips (issue 11): contingents at one airfield share a point, so their chips would sit on
// each other and, in a row, cover the cities around. Chips whose points are close on screen form
// a group; a group shows as one badge ("CSTO 7") until the map is zoomed to city scale or the
// reader opens it (a tap on the badge, or selecting one of its contingents elsewhere). An open
// group lays its chips out in a row above its point, kept inside the map, with the badge first
// as the button that closes it again.

/** Horizontal distance between chips in a row, and how far above its point a row sits. */
export const CHIP_STEP_PX = 34;
export const CHIP_RISE_PX = -30;
/** Points closer than this on screen are one group (a closed badge is about 50 px wide). */
export const GROUP_RADIUS_PX = 48;
/** Room kept between a row and the map's edge. */
const EDGE_PX = 4;
/**
 * The size a chip (and the badge of an open row) takes, and a closed badge's width, as drawn
 * (11 px Noto Sans with padding and border: "RU" is about 30 × 26 px, "CSTO 7" 58 px and
 * "OVKS 7" a little wider), plus the gap kept to what a chip must not touch.
 */
const CHIP_W = 32;
const CHIP_H = 26;
const BADGE_W = 64;
const GAP_PX = 2;
/** Where a row may go, first choice first: above its point, below, then further out. */
const ROW_RISES = [
  CHIP_RISE_PX,
  -CHIP_RISE_PX,
  CHIP_RISE_PX - 24,
  24 - CHIP_RISE_PX,
  CHIP_RISE_PX - 48,
  48 - CHIP_RISE_PX,
];
/** Where a lone chip or a closed badge may go besides those: beside its point. */
const SIDE_STEP_PX = 40;

/** A box on screen (map container pixels). */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface ChipPoint {
  id: string;
  /** The chip's point on screen (map container pixels). */
  x: number;
  y: number;
}

export interface TroopLayoutOptions {
  /** The map container's width: a row never leaves it. */
  width: number;
  /** City scale: every group is open. */
  zoomedIn: boolean;
  /** Contingents the reader opened (by the badge or by selecting them). */
  open: ReadonlySet<string>;
  /** What a chip should not cover (the city dots); the first free place is taken. */
  obstacles?: readonly ScreenBox[];
}

export interface TroopGroup {
  /** The first member (in data order): its badge stands for the group. */
  lead: string;
  members: string[];
  open: boolean;
  /** Whether the badge is shown (a closed group, or one the reader opened). */
  badge: boolean;
  badgeOffset: [number, number];
}

export interface TroopLayout {
  /** Per chip: whether it is shown and its offset from its point. */
  chips: Map<string, { shown: boolean; offset: [number, number] }>;
  groups: TroopGroup[];
}

/**
 * Groups the chips (given in data order) and places them: a lone chip or a closed group's badge
 * above its point, or else below or beside it where that is clear of the obstacles and of the
 * chips placed before; an open group as a row above or below its point, kept inside the map.
 */
export function layoutTroops(
  points: readonly ChipPoint[],
  options: TroopLayoutOptions,
): TroopLayout {
  const clusters: { x: number; y: number; members: ChipPoint[] }[] = [];
  for (const p of points) {
    const near = clusters.find((c) => Math.hypot(c.x - p.x, c.y - p.y) < GROUP_RADIUS_PX);
    if (near) near.members.push(p);
    else clusters.push({ x: p.x, y: p.y, members: [p] });
  }
  const taken: ScreenBox[] = [...(options.obstacles ?? [])];
  const boxAt = (x: number, y: number, w: number): ScreenBox => ({
    left: x - w / 2 - GAP_PX,
    top: y - CHIP_H / 2 - GAP_PX,
    right: x + w / 2 + GAP_PX,
    bottom: y + CHIP_H / 2 + GAP_PX,
  });
  // A row of n slots centred on x, shifted to stay inside the map; returns each slot's dx.
  const row = (x: number, n: number, w: number): number[] => {
    let first = -((n - 1) / 2) * CHIP_STEP_PX;
    const last = first + (n - 1) * CHIP_STEP_PX;
    const overRight = x + last + w / 2 - (options.width - EDGE_PX);
    if (overRight > 0) first -= overRight;
    const overLeft = EDGE_PX - (x + first - w / 2);
    if (overLeft > 0) first += overLeft;
    return Array.from({ length: n }, (_, i) => first + i * CHIP_STEP_PX);
  };
  // How much of what is taken a box would cover (0: it is clear).
  const covered = (b: ScreenBox) =>
    taken.reduce(
      (sum, o) =>
        sum +
        Math.max(0, Math.min(o.right, b.right) - Math.max(o.left, b.left)) *
          Math.max(0, Math.min(o.bottom, b.bottom) - Math.max(o.top, b.top)),
      0,
    );
  // Places n slots of width w (one slot may also go beside the point or diagonally off it);
  // returns their offsets. Where no place is clear (a crowded airfield between cities), the
  // one that covers least is taken, never simply the first.
  const place = (x: number, y: number, n: number, w: number): [number, number][] => {
    const candidates: [number, number][][] = ROW_RISES.map((dy) =>
      row(x, n, w).map((dx): [number, number] => [dx, dy]),
    );
    if (n === 1) {
      const side = SIDE_STEP_PX + (w - CHIP_W) / 2;
      candidates.splice(
        2,
        0,
        [[side, 0]],
        [[-side, 0]],
        [[side, CHIP_RISE_PX]],
        [[-side, CHIP_RISE_PX]],
        [[side, -CHIP_RISE_PX]],
        [[-side, -CHIP_RISE_PX]],
      );
      candidates.push([[side + SIDE_STEP_PX, 0]], [[-side - SIDE_STEP_PX, 0]]);
    }
    const width = n === 1 ? w : CHIP_W;
    const cover = (slots: [number, number][]) =>
      slots.reduce((sum, [dx, dy]) => sum + covered(boxAt(x + dx, y + dy, width)), 0);
    let chosen = candidates[0]!;
    let least = Infinity;
    for (const slots of candidates) {
      const c = cover(slots);
      if (c < least) [chosen, least] = [slots, c];
      if (c === 0) break;
    }
    for (const [dx, dy] of chosen) taken.push(boxAt(x + dx, y + dy, width));
    return chosen;
  };
  const chips: TroopLayout['chips'] = new Map();
  const groups: TroopGroup[] = [];
  for (const cluster of clusters) {
    const ids = cluster.members.map((m) => m.id);
    const lead = ids[0]!;
    if (ids.length === 1) {
      chips.set(lead, { shown: true, offset: place(cluster.x, cluster.y, 1, CHIP_W)[0]! });
      continue;
    }
    const open = options.zoomedIn || ids.some((id) => options.open.has(id));
    const badge = !options.zoomedIn;
    const slots = open
      ? place(cluster.x, cluster.y, ids.length + (badge ? 1 : 0), CHIP_W)
      : place(cluster.x, cluster.y, 1, BADGE_W);
    const memberSlots = badge && open ? slots.slice(1) : slots;
    ids.forEach((id, i) => chips.set(id, { shown: open, offset: memberSlots[i] ?? slots[0]! }));
    groups.push({ lead, members: ids, open, badge, badgeOffset: slots[0]! });
  }
  return { chips, groups };
}
