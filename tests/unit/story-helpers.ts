// Small hand-made story objects (status intervals, claims, contingents) for unit tests.
// Real objects with sensible defaults, never mocks: each test overrides only what it is about.
import type { Claim, Contingent, DeploymentSite, StatusInterval } from '../../src/domain/dataset';
import { at } from './helpers';

/** Returns a site-control interval for the Almaty airport, open from 5 January 00:00, open-ended. */
export function interval(
  overrides: Partial<StatusInterval> & Pick<StatusInterval, 'id'>,
): StatusInterval {
  return {
    layer: 'site_control',
    subject: 'almaty_airport',
    status: 'open',
    from: at('2022-01-05T00:00+06:00'),
    precision: 'exact',
    claimedBy: 'Test claimant',
    claimantKind: 'independent_media',
    verification: 'independent',
    sources: ['src-test'],
    ...overrides,
  };
}

/** Returns an exact nationwide death-toll claim of 10 by "Ministry" as of 6 January noon. */
export function claim(overrides: Partial<Claim> & Pick<Claim, 'id'>): Claim {
  return {
    metric: 'deaths',
    value: 10,
    qualifier: 'exact',
    asOf: at('2022-01-06T12:00+06:00'),
    precision: 'exact',
    place: 'kz_national',
    claimedBy: 'Ministry',
    claimantKind: 'kazakh_authorities',
    verification: 'official_claim',
    sources: ['src-test'],
    ...overrides,
  };
}

/** Returns a contingent with no airfields and no dates, day precision; tests add what they need. */
export function contingent(overrides: Partial<Contingent> & Pick<Contingent, 'id'>): Contingent {
  return {
    country: 'RU',
    name: { en: `Contingent ${overrides.id}`, de: `Kontingent ${overrides.id}` },
    precision: 'day',
    verification: 'official_claim',
    sources: ['src-test'],
    ...overrides,
  };
}

/** Returns a deployment-site row: the contingent guards the site, uncontested. */
export function deploymentSite(
  overrides: Partial<DeploymentSite> & Pick<DeploymentSite, 'deployment' | 'site'>,
): DeploymentSite {
  return {
    contested: false,
    claimedBy: 'Test claimant',
    sources: ['src-test'],
    ...overrides,
  };
}
