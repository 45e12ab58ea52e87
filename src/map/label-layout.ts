// City labels that never collide (issue 11). City markers are HTML buttons (keyboard and
// screen-reader access), so their labels are placed here rather than by the GL symbol
// placement: in priority order, each label takes the first side of its marker where it stays
// inside the map and clear of every marker and of the labels placed before it; a label with no
// free side is hidden (the button keeps its accessible name, and zooming in frees room).

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type LabelSide = 'right' | 'left' | 'top' | 'bottom';

/** The sides a label tries, in order: beside the marker reads best, above or below next. */
export const LABEL_SIDES: readonly LabelSide[] = ['right', 'left', 'top', 'bottom'];

/** Gap between a marker and its label, in CSS pixels (the stylesheet uses the same). */
export const LABEL_GAP = 3;

export interface LabelCandidate {
  id: string;
  /** The marker the label belongs to. */
  marker: Box;
  width: number;
  height: number;
  /** Lower is placed first. */
  priority: number;
}

/** Returns the box a label of this size takes on one side of its marker. */
export function labelBox(marker: Box, side: LabelSide, width: number, height: number): Box {
  const cx = (marker.left + marker.right) / 2;
  const cy = (marker.top + marker.bottom) / 2;
  switch (side) {
    case 'right':
      return box(marker.right + LABEL_GAP, cy - height / 2, width, height);
    case 'left':
      return box(marker.left - LABEL_GAP - width, cy - height / 2, width, height);
    case 'top':
      return box(cx - width / 2, marker.top - LABEL_GAP - height, width, height);
    case 'bottom':
      return box(cx - width / 2, marker.bottom + LABEL_GAP, width, height);
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

/**
 * Places labels greedily by priority. `obstacles` are what no label may cover (every marker's
 * drawn symbol, other labels that are not placed here); `bounds` is the visible map.
 * Returns each candidate's side, or null where it is hidden.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Box[],
  bounds: Box,
): Map<string, LabelSide | null> {
  const taken = [...obstacles];
  const out = new Map<string, LabelSide | null>();
  const order = [...candidates].sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : 1));
  for (const c of order) {
    let chosen: LabelSide | null = null;
    for (const side of LABEL_SIDES) {
      const b = labelBox(c.marker, side, c.width, c.height);
      if (within(b, bounds) && !taken.some((t) => overlaps(t, b))) {
        chosen = side;
        taken.push(b);
        break;
      }
    }
    out.set(c.id, chosen);
  }
  return out;
}
