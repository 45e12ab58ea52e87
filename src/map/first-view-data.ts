/**
 * The first-view picture as scripts/first-view.ts derives it from the base map at build time
 * (data/first-view.json): SVG path data in Web Mercator world units (512 wide at zoom 0).
 */
export interface FirstViewData {
  land: string;
  kazakhstan: string;
  lakes: string;
  rivers: string;
  regionLines: string;
  borders: string;
  kzBorder: string;
}
