// City labels that never collide (issue 11). City markers are HTML buttons (keyboard and
// screen-reader access), so their labels are placed here rather than by the GL symbol
// placement: in priority order, each label takes the first side of its marker where it stays
// inside the map and clear of every marker and of the labels placed before it, on one line, on
// two, or as its first part only ("Nur-Sultan"); a label with no free side is hidden (the
// button keeps its accessible name, and zooming in frees room).

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type LabelSide =
  'right' | 'left' | 'top' | 'bottom' | 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left';

/**
 * The sides a label tries, in order: beside the marker reads best, above or below next, then
 * the corners (touching the marker's box diagonally).
 */
export const LABEL_SIDES: readonly LabelSide[] = [
  'right',
  'left',
  'top',
  'bottom',
  'top-right',
  'bottom-right',
  'top-left',
  'bottom-left',
];

/** Gap between a marker and its label, in CSS pixels (the stylesheet uses the same). */
export const LABEL_GAP = 3;

/**
 * Space a label keeps from every other city's dot: a label touching a neighbour's dot reads as
 * that neighbour's name ("Kokshetau" right under the Kostanay dot).
 */
export const MARKER_CLEARANCE = 8;

export interface LabelCandidate {
  id: string;
  /** The marker the label belongs to. */
  marker: Box;
  width: number;
  height: number;
  /** The label's size on two lines ("Nur-Sultan" over "(Astana)"), tried when one line fits nowhere. */
  twoLines?: { width: number; height: number };
  /**
   * The label's first part alone ("Nur-Sultan" without "(heute wieder Astana)"), tried last,
   * where neither one nor two lines fit: the button's accessible name keeps the whole name.
   */
  firstPart?: { width: number; height: number };
  /** Lower is placed first. */
  priority: number;
  /** The marker's drawn dot: other cities' labels keep MARKER_CLEARANCE from it. */
  dot?: Box;
}

export interface LabelPlacement {
  side: LabelSide;
  /** One line, two lines, or the first part only. */
  lines: 1 | 2 | 'first';
  /** Vertical shift of a label beside its marker (see labelBox). */
  dy: number;
}

/** Beside the marker, a label may also sit lower or higher by this share of its height. */
const SHIFTS = [0, 0.5, -0.5];

/**
 * Returns the box a label of this size takes on one side of its marker; `dy` moves a label
 * beside the marker (right or left) down or up from the marker's middle.
 */
export function labelBox(marker: Box, side: LabelSide, width: number, height: number, dy = 0): Box {
  const cx = (marker.left + marker.right) / 2;
  const cy = (marker.top + marker.bottom) / 2 + (side === 'right' || side === 'left' ? dy : 0);
  switch (side) {
    case 'right':
      return box(marker.right + LABEL_GAP, cy - height / 2, width, height);
    case 'left':
      return box(marker.left - LABEL_GAP - width, cy - height / 2, width, height);
    case 'top':
      return box(cx - width / 2, marker.top - LABEL_GAP - height, width, height);
    case 'bottom':
      return box(cx - width / 2, marker.bottom + LABEL_GAP, width, height);
    case 'top-right':
      return box(marker.right, marker.top - height, width, height);
    case 'bottom-right':
      return box(marker.right, marker.bottom, width, height);
    case 'top-left':
      return box(marker.left - width, marker.top - height, width, height);
    case 'bottom-left':
      return box(marker.left - width, marker.bottom, width, height);
  }
}

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

/** Whether two boxes overlap (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

const within = (inner: Box, outer: Box) =>
  inner.left >= outer.left &&
  inner.top >= outer.top &&
  inner.right <= outer.right &&
  inner.bottom <= outer.bottom;

/** The order labels (and count badges) are placed in: priority, then id. */
export const byPriority = (a: LabelCandidate, b: LabelCandidate): number =>
  a.priority - b.priority || (a.id < b.id ? -1 : 1);

/**
 * Places labels greedily by priority. `obstacles` are what no label may cover (every marker's
 * drawn symbol, other labels that are not placed here); `bounds` is the visible map.
 * Returns each candidate's side and line count, or null where it is hidden.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Box[],
  bounds: Box,
): Map<string, LabelPlacement | null> {
  const taken = [...obstacles];
  const out = new Map<string, LabelPlacement | null>();
  const order = [...candidates].sort(byPriority);
  const grow = (b: Box, by: number): Box => ({
    left: b.left - by,
    top: b.top - by,
    right: b.right + by,
    bottom: b.bottom + by,
  });
  const dots = candidates.flatMap((c) =>
    c.dot ? [{ id: c.id, box: grow(c.dot, MARKER_CLEARANCE) }] : [],
  );
  for (const c of order) {
    const free = (b: Box) =>
      within(b, bounds) &&
      !taken.some((t) => overlaps(t, b)) &&
      !dots.some((d) => d.id !== c.id && overlaps(d.box, b));
    const sizes = [
      { lines: 1 as const, width: c.width, height: c.height },
      ...(c.twoLines ? [{ lines: 2 as const, ...c.twoLines }] : []),
      ...(c.firstPart ? [{ lines: 'first' as const, ...c.firstPart }] : []),
    ];
    let placed: LabelPlacement | null = null;
    search: for (const size of sizes)
      for (const shift of SHIFTS)
        for (const side of LABEL_SIDES) {
          // Shifted positions exist only beside the marker.
          if (shift !== 0 && side !== 'right' && side !== 'left') continue;
          const dy = shift * size.height;
          const b = labelBox(c.marker, side, size.width, size.height, dy);
          if (free(b)) {
            placed = { side, lines: size.lines, dy };
            taken.push(b);
            break search;
          }
        }
    out.set(c.id, placed);
  }
  return out;
}

export type BadgeCorner = 'ne' | 'nw' | 'se' | 'sw';

/** A count badge's height and how far it reaches past its dot's edges (styles.css). */
export const BADGE = { height: 14, outX: 9, outY: 7 } as const;

/** The box of a count badge of this width at one corner of a dot. */
export function badgeBox(dot: Box, corner: BadgeCorner, width: number): Box {
  const left =
    corner === 'ne' || corner === 'se' ? dot.right + BADGE.outX - width : dot.left - BADGE.outX;
  const top =
    corner === 'ne' || corner === 'nw'
      ? dot.top - BADGE.outY
      : dot.bottom + BADGE.outY - BADGE.height;
  return box(left, top, width, BADGE.height);
}

/**
 * Puts a city's count badge on the first corner of its dot (upper right, upper left, lower
 * right, lower left) that covers none of `taken` (other cities' dots, badges placed before);
 * where every corner is taken, the upper right.
 */
export function placeBadge(
  dot: Box,
  width: number,
  taken: readonly Box[],
): { corner: BadgeCorner; box: Box } {
  for (const corner of ['ne', 'nw', 'se', 'sw'] as const) {
    const b = badgeBox(dot, corner, width);
    if (!taken.some((t) => overlaps(t, b))) return { corner, box: b };
  }
  return { corner: 'ne', box: badgeBox(dot, 'ne', width) };
}
