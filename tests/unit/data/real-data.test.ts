import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../../scripts/read-data';
import { cityOf, type Claim } from '../../../src/domain/dataset';
import { toAlmatyIso } from '../../../src/domain/time';

const result = checkDataDir('data');

function dataset() {
  if (!result.dataset) throw new Error(`data/ has problems:\n${result.messages.join('\n')}`);
  return result.dataset;
}

const almatyDate = (t: number) => toAlmatyIso(t as Parameters<typeof toAlmatyIso>[0]).slice(0, 10);
const claimsWhere = (pred: (c: Claim) => boolean) => dataset().claims.filter(pred);

describe('the real dataset in data/', () => {
  it('validates with zero problems', () => {
    expect(result.messages).toEqual([]);
  });

  it('has at least 150 events', () => {
    expect(dataset().events.length).toBeGreaterThanOrEqual(150);
  });

  it('places its events at at least 15 distinct places', () => {
    expect(new Set(dataset().events.map((e) => e.place)).size).toBeGreaterThanOrEqual(15);
  });

  it('has at least 40 events in at least 10 cities (site events count for their city)', () => {
    const ds = dataset();
    const placesById = new Map(ds.places.map((p) => [p.id, p]));
    const cities = ds.events.map((e) => cityOf(e.place, placesById)).filter((c) => c !== null);
    expect(cities.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cities).size).toBeGreaterThanOrEqual(10);
  });

  it('gives every event an English and a German summary', () => {
    const missing = dataset().events.filter((e) => e.summary.en.trim() === '' || e.summary.de.trim() === '');
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it('cites at least one existing source for every event', () => {
    const ds = dataset();
    const sourceIds = new Set(ds.sources.map((s) => s.id));
    const bad = ds.events.filter((e) => e.sources.length === 0 || e.sources.some((s) => !sourceIds.has(s)));
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('cites at least one existing source for every claim', () => {
    const ds = dataset();
    const sourceIds = new Set(ds.sources.map((s) => s.id));
    const bad = ds.claims.filter((c) => c.sources.length === 0 || c.sources.some((s) => !sourceIds.has(s)));
    expect(bad.map((c) => c.id)).toEqual([]);
  });
});

describe('contested figures stay separate claims', () => {
  it('has two claims of 26 deaths on 7 Jan 2022 from different claimants', () => {
    const c = claimsWhere((x) => x.metric === 'deaths' && x.value === 26 && almatyDate(x.asOf) === '2022-01-07');
    expect(c.map((x) => x.id).sort()).toEqual(['cl-deaths-20220107-interior-ministry', 'cl-deaths-20220107-khabar24-seed']);
    expect(new Set(c.map((x) => x.claimedBy)).size).toBe(2);
  });

  it.each([2030, 2500])('has a troop claim of %i for the CSTO total contingent', (value) => {
    expect(claimsWhere((x) => x.metric === 'troops' && x.contingent === 'csto_total' && x.value === value)).not.toEqual([]);
  });

  it.each([225, 230, 232, 238])('has the national death toll %i', (value) => {
    expect(claimsWhere((x) => x.metric === 'deaths' && x.place === 'kz_national' && x.value === value)).not.toEqual([]);
  });

  it('keeps the withdrawn toll of 164 as a claim marked retracted', () => {
    const c = claimsWhere((x) => x.metric === 'deaths' && x.value === 164);
    expect(c.map((x) => x.retracted)).toEqual(['2022-01-09']);
  });
});

describe('status intervals', () => {
  it('traces Almaty airport through occupied, retaken, guarded, reopened_restricted and normal', () => {
    const statuses = dataset()
      .status.filter((s) => s.layer === 'site_control' && s.subject === 'almaty_airport')
      .map((s) => s.status);
    expect(statuses).toEqual(expect.arrayContaining(['occupied', 'retaken', 'guarded', 'reopened_restricted', 'normal']));
  });

  it('has a nationwide internet blackout interval', () => {
    const blackout = dataset().status.filter((s) => s.layer === 'internet' && s.subject === 'KZ' && s.status === 'blackout');
    expect(blackout.length).toBeGreaterThanOrEqual(1);
  });
});
