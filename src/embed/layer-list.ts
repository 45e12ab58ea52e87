import { LAYERS, type LayerName } from '../store/store';

/** The most entries a layer list may have before it is read as garbage and ignored. */
export const MAX_LAYER_ENTRIES = 20;

/**
 * Returns the visible layers named in a `layers` URL parameter or a `qantar:set-layers`
 * message, never an empty list: names are trimmed and matched case-insensitively, unknown
 * names, duplicates and non-strings are dropped (the first of duplicates keeps its place), and a list with no known name left (or a value
 * that is not a list at all) gives every layer, the default. A typo in an embed code must not
 * publish an empty map (issue 14, item 4).
 */
export function normalizeLayerList(input: unknown): LayerName[] {
  const entries =
    typeof input === 'string'
      ? input.split(',')
      : Array.isArray(input) && input.length <= MAX_LAYER_ENTRIES
        ? // Array.from turns holes of a sparse array into undefined, which is then dropped.
          Array.from(input as unknown[])
        : [];
  const layers: LayerName[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string' || entry.length > 40) continue;
    // Looking the name up in the known list (never indexing an object by it) keeps `__proto__`
    // and `constructor` plain unknown strings.
    const name = LAYERS.find((l) => l === entry.trim().toLowerCase());
    if (name && !layers.includes(name)) layers.push(name);
  }
  return layers.length > 0 ? layers : [...LAYERS];
}
