/**
 * The first-view picture as scripts/first-view.ts derives it from the base map at build time
 * (data/first-view.json): SVG path data in Web Mercator world units (512 wide at zoom 0).
 */
export interface FirstViewData {
  /** The part of the world the paths cover: [x0, y0, x1, y1] in world units. */
  extent: [number, number, number, number];
  land: string;
  kazakhstan: string;
  lakes: string;
  rivers: string;
  regionLines: string;
  borders: string;
  kzBorder: string;
}
