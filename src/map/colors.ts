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
} as const;
