import type { Category } from './dataset';

/**
 * Category colours, shared by the map layers and the legend so both always agree. Based on
 * the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies).
 */
export const CATEGORY_COLORS: Record<Category, string> = {
  protest: '#E69F00',
  violence: '#D55E00',
  casualties: '#882255',
  arrests: '#CC79A7',
  government: '#0072B2',
  security_forces: '#009E73',
  communications: '#56B4E9',
  international: '#6E6E6E',
};
