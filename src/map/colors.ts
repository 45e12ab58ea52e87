/** Base-map colours (kept apart from style.ts so tests can read them without font assets). */
export const COLORS = {
  water: '#b9d3e6',
  land: '#eeece6',
  kazakhstan: '#fbfaf7',
  border: '#8c8a84',
  regionLine: '#b3aea3',
  label: '#3a3a3a',
  halo: '#ffffff',
  emergency: '#D55E00',
  curfew: '#5B2C83',
  route: '#2F4F4F',
  // Base-map water features and their names (issue 11).
  river: '#8fb6d4',
  waterLabel: '#2c5a7d',
  // Built-up areas (issue 11).
  urban: '#d8d3c8',
} as const;

/** The same roles for readers who prefer a dark colour scheme. */
export const DARK_COLORS: Record<keyof typeof COLORS, string> = {
  water: '#1f3347',
  land: '#2b2b29',
  kazakhstan: '#3a3936',
  border: '#8f8b82',
  regionLine: '#6b675e',
  label: '#e4e2dc',
  halo: '#1c1c1b',
  emergency: '#E69F00',
  curfew: '#C9A3E6',
  route: '#BFD4D4',
  river: '#35597a',
  waterLabel: '#9cc3e3',
  urban: '#4a4843',
};
