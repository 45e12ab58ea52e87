import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../../scripts/read-data';
import { VALID_DIR } from './paths';

// The valid fixture is the template every broken dataset is an edit of: if it stops
// validating, every broken-fixture test would report the wrong problems.
const result = checkDataDir(VALID_DIR);

function dataset() {
  if (!result.dataset) throw new Error(`valid fixture has problems:\n${result.messages.join('\n')}`);
  return result.dataset;
}

describe('valid fixture', () => {
  it('validates with zero problems', () => {
    expect(result.messages).toEqual([]);
  });

  it('yields a dataset with the expected number of rows per file', () => {
    const ds = dataset();
    expect({
      sources: ds.sources.length,
      places: ds.places.length,
      events: ds.events.length,
      claims: ds.claims.length,
      status: ds.status.length,
      deployments: ds.deployments.length,
      deploymentSites: ds.deploymentSites.length,
      corrections: ds.corrections.length,
    }).toEqual({ sources: 3, places: 3, events: 3, claims: 2, status: 3, deployments: 1, deploymentSites: 1, corrections: 1 });
  });

  it('keeps the +05:00 offset of the western event', () => {
    const ev = dataset().events.find((e) => e.id === 'ev-aktau-rally-shots');
    expect(ev?.offsetMinutes).toBe(300);
    expect(ev?.start).toBe(Date.parse('2022-01-04T05:30:00Z'));
  });

  it('reads the evening-precision event at 18:00 local time', () => {
    const ev = dataset().events.find((e) => e.id === 'ev-almaty-evening-clashes');
    expect(ev?.precision).toBe('evening');
    expect(ev?.start).toBe(Date.parse('2022-01-05T12:00:00Z'));
  });

  it('reads the range claim with value_max', () => {
    const claim = dataset().claims.find((c) => c.id === 'cl-deaths-aktau-range');
    expect([claim?.value, claim?.valueMax]).toEqual([2, 4]);
  });

  it('reads the status interval with from_latest', () => {
    const st = dataset().status.find((s) => s.id === 'st-airport-occupied');
    expect(st?.fromLatest).toBe(Date.parse('2022-01-05T16:52:00Z'));
  });

  it('reads the deployment with all four times', () => {
    const d = dataset().deployments.find((x) => x.id === 'russia');
    expect([d?.departure, d?.arrival, d?.withdrawalStart, d?.withdrawalEnd]).toEqual([
      Date.parse('2022-01-05T18:00:00Z'),
      Date.parse('2022-01-05T18:00:00Z'),
      Date.parse('2022-01-12T18:00:00Z'),
      Date.parse('2022-01-18T18:00:00Z'),
    ]);
  });
});
