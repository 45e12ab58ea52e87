// Given/when/then helpers so the specs read like what a reader does (maputnik-style driver).
import { expect, type Page, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { eventPosition, type Dataset } from '../../src/domain/dataset';
import { eventLocation } from '../../src/domain/location';
import { checkDataDir } from '../../scripts/read-data';

/** The dataset as the build ships it (validated from data/). */
export function loadDataset(): Dataset {
  const { dataset, messages } = checkDataDir('data');
  if (!dataset) throw new Error(messages.join('\n'));
  return dataset;
}

/** The ids of the events with a point on the map that started by a time: what the map draws. */
export function drawnIncidentIds(dataset: Dataset, t: number): string[] {
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  return (
    dataset.events
      // Region-level and nationwide events have no point on the map (issue 11).
      .filter(
        (e) =>
          e.start <= t &&
          ['site', 'city'].includes(eventLocation(e, places)) &&
          eventPosition(e, places),
      )
      .map((e) => e.id)
      .sort()
  );
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export class Reader {
  readonly requests: string[] = [];

  constructor(readonly page: Page) {
    page.on('request', (r: Request) => this.requests.push(r.url()));
    page.on('pageerror', (e) => {
      throw e;
    });
  }

  async opensTheMap(query = 'lang=en&t=2022-01-01T00:00'): Promise<void> {
    await this.page.goto(`/?${query}`);
    await this.page.waitForFunction(() => window.__qantarMap !== undefined, null, {
      timeout: 30_000,
    });
    await this.mapIsIdle();
  }

  /** Waits until the map has rendered everything that is pending. */
  async mapIsIdle(): Promise<void> {
    await this.page.evaluate(() => window.__qantarMap!.idle());
  }

  /** Waits for the label layout, which runs on the frame after the markers change. */
  async labelsAreLaidOut(): Promise<void> {
    await this.page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
  }

  slider() {
    return this.page.getByRole('slider', { name: /Time|Zeit/ });
  }

  async scrubsTo(localIso: string): Promise<void> {
    const hours =
      (Date.parse(`${localIso}:00+06:00`) - Date.parse('2022-01-01T00:00:00+06:00')) / 3_600_000;
    await this.slider().fill(String(hours));
    await this.mapIsIdle();
  }

  /** The event count under the slider, once it has followed the thumb (it follows in a transition). */
  async shownCount(): Promise<number> {
    const count = this.page.getByTestId('visible-count');
    await expect(count).toHaveAttribute('data-hour', await this.slider().inputValue());
    return Number(await count.getAttribute('data-count'));
  }

  async shownTime(): Promise<string> {
    return (await this.page.getByTestId('slider-time').textContent()) ?? '';
  }

  /** Zooms out so that every place of the dataset is inside the viewport. */
  async seesTheWholeRegion(): Promise<void> {
    await this.page.evaluate(() => window.__qantarMap!.jumpTo([58, 47], 2.4));
    await this.mapIsIdle();
  }

  async renderedIncidentIds(): Promise<string[]> {
    return this.page.evaluate(() => window.__qantarMap!.renderedIncidentIds());
  }

  async countriesAt(lngLat: [number, number]): Promise<string[]> {
    return this.page.evaluate((ll) => {
      const m = window.__qantarMap!;
      const p = m.project(ll);
      return m.featuresAt('countriesFill', p.x, p.y);
    }, lngLat);
  }

  /** The ids of the lakes the map draws at a longitude/latitude. */
  async lakesAt(lngLat: [number, number]): Promise<string[]> {
    return this.page.evaluate((ll) => {
      const m = window.__qantarMap!;
      const p = m.project(ll);
      return m.featuresAt('lakesFill', p.x, p.y, 'id');
    }, lngLat);
  }

  /** Returns the [r, g, b] colour the map drew at a longitude/latitude. */
  async pixelAt(lngLat: [number, number]): Promise<[number, number, number]> {
    const box = await this.page.locator('.map canvas').boundingBox();
    const p = await this.page.evaluate((ll) => window.__qantarMap!.project(ll), lngLat);
    const shot = await this.page.screenshot({
      clip: { x: box!.x + p.x, y: box!.y + p.y, width: 1, height: 1 },
    });
    const png = PNG.sync.read(shot);
    return [png.data[0]!, png.data[1]!, png.data[2]!];
  }

  siteMarker(placeId: string) {
    return this.page.locator(`.map-marker--site[data-id="${placeId}"]`);
  }

  /** Distinct values of a property of the features a map layer draws in the viewport. */
  async renderedFeatureIds(
    layer: 'troopRoutes' | 'emergencyFill' | 'curfewLine',
  ): Promise<string[]> {
    const property = layer === 'troopRoutes' ? 'id' : 'code';
    return this.page.evaluate(([l, p]) => window.__qantarMap!.renderedValues(l, p), [
      layer,
      property,
    ] as const);
  }

  cityMarker(placeId: string) {
    return this.page.locator(`.map-marker--city[data-place-id="${placeId}"]`);
  }

  async panelEventIds(): Promise<string[]> {
    return this.page
      .getByTestId('place-panel')
      .locator('[data-event-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!));
  }

  foreignRequests(origin: string): string[] {
    return this.requests.filter(
      (u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'),
    );
  }
}

export function expectColorNear(
  actual: [number, number, number],
  hex: string,
  tolerance = 12,
): void {
  const expected = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const off = Math.max(...actual.map((v, i) => Math.abs(v - expected[i]!)));
  expect(off, `colour ${actual.join(',')} should be near ${hex}`).toBeLessThanOrEqual(tolerance);
}
