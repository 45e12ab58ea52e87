import { describe, expect, it } from 'vitest';
import {
  KAZAKHSTAN_BOUNDS,
  centreFor,
  fitTarget,
  openingFitPadding,
  project,
  screenTransform,
  stepTarget,
  unproject,
  type CameraTarget,
} from '../../../src/map/opening-camera';

const onScreen = (
  t: CameraTarget,
  map: { width: number; height: number },
  lon: number,
  lat: number,
) => {
  const { scale, originX, originY } = screenTransform(t, map);
  const [x, y] = project(lon, lat);
  return [(x - originX) * scale, (y - originY) * scale] as const;
};

describe('the opening camera, computed as maplibre computes it', () => {
  it('projects and unprojects Web Mercator in maplibre units (512 at zoom 0)', () => {
    expect(project(-180, 0)).toEqual([0, 256]);
    expect(project(0, 0)[0]).toBe(256);
    const [lon, lat] = unproject(...project(76.9, 43.25));
    expect(lon).toBeCloseTo(76.9, 9);
    expect(lat).toBeCloseTo(43.25, 9);
  });

  it('fits Kazakhstan into the padded map: inside it, touching it on one axis', () => {
    for (const map of [
      { width: 390, height: 600 },
      { width: 1280, height: 610 },
      { width: 640, height: 420 },
    ]) {
      const padding = openingFitPadding(map.width);
      const t = fitTarget(KAZAKHSTAN_BOUNDS, map, padding, { min: 1.5, max: 15 });
      const [west, south, east, north] = KAZAKHSTAN_BOUNDS;
      const [x0, y0] = onScreen(t, map, west, north);
      const [x1, y1] = onScreen(t, map, east, south);
      expect(x0).toBeGreaterThanOrEqual(padding.left - 1e-6);
      expect(y0).toBeGreaterThanOrEqual(padding.top - 1e-6);
      expect(x1).toBeLessThanOrEqual(map.width - padding.right + 1e-6);
      expect(y1).toBeLessThanOrEqual(map.height - padding.bottom + 1e-6);
      const slackX = map.width - padding.right - x1 + (x0 - padding.left);
      const slackY = map.height - padding.bottom - y1 + (y0 - padding.top);
      expect(Math.min(slackX, slackY)).toBeLessThan(1e-6);
    }
  });

  it('keeps the fit within the zoom range', () => {
    const t = fitTarget(KAZAKHSTAN_BOUNDS, { width: 100, height: 100 }, openingFitPadding(100), {
      min: 1.5,
      max: 15,
    });
    expect(t.zoom).toBe(1.5);
  });

  it('uses the phone camera on narrow maps and keeps the step clear of the story card', () => {
    const desk = { lon: 53.6, lat: 43.6, zoom: 6.2 };
    const phone = { lon: 52.6, lat: 43.5, zoom: 5.6 };
    const card = { width: 330, height: 190 };
    const wide = stepTarget(desk, phone, { width: 1280, height: 610 }, card);
    expect(wide).toEqual({
      center: [53.6, 43.6],
      zoom: 6.2,
      padding: { top: 48, bottom: 0, left: 0, right: 346 },
    });
    const narrow = stepTarget(desk, phone, { width: 390, height: 600 }, card);
    expect(narrow.center).toEqual([52.6, 43.5]);
    expect(narrow.padding).toEqual({ top: 48, bottom: 198, left: 0, right: 0 });
    // Never more than half the map, and nothing without a card.
    expect(stepTarget(desk, phone, { width: 390, height: 300 }, card).padding.bottom).toBe(150);
    expect(stepTarget(desk, phone, { width: 1280, height: 610 }, null).padding).toEqual({
      top: 0,
      bottom: 0,
      left: 0,
      right: 0,
    });
  });

  it('re-centres a padded view for a map with another padding, drawing the same thing', () => {
    const map = { width: 1280, height: 610 };
    const target = stepTarget(
      { lon: 53.6, lat: 43.6, zoom: 6.2 },
      { lon: 52.6, lat: 43.5, zoom: 5.6 },
      map,
      { width: 330, height: 190 },
    );
    for (const current of [
      { top: 0, bottom: 0, left: 0, right: 0 },
      { top: 0, bottom: 120, left: 0, right: 0 },
    ]) {
      const { center, zoom } = centreFor(target, map, current);
      const moved = { center, zoom, padding: current };
      for (const [lon, lat] of [
        [53.6, 43.6],
        [51.2, 43.65],
        [76.9, 43.25],
      ] as const) {
        const [ax, ay] = onScreen(target, map, lon, lat);
        const [bx, by] = onScreen(moved, map, lon, lat);
        expect(bx).toBeCloseTo(ax, 6);
        expect(by).toBeCloseTo(ay, 6);
      }
    }
    // The step's point is in the middle of the part the card and the tools row leave free.
    const [x, y] = onScreen(target, map, 53.6, 43.6);
    expect(x).toBeCloseTo((1280 - 346) / 2, 6);
    expect(y).toBeCloseTo(48 + (610 - 48) / 2, 6);
  });
});
