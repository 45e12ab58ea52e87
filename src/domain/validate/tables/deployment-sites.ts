import type { DeploymentSite } from '../../dataset';
import { localized, oneOf, ref, sourceList, text } from '../columns';
import { defineTable } from '../table';

/** deployment_sites.csv: which sites each contingent guarded, and who says so. */
export const deploymentSitesTable = defineTable({
  file: 'deployment_sites.csv',
  columns: {
    deployment: ref('deployment', { required: true }),
    site: ref('place', { required: true }),
    contested: oneOf(['yes', 'no'], { required: true }),
    claimed_by: text({ required: true }),
    claimed_by_de: text({ required: true }),
    sources: sourceList('guarded site'),
    note: localized('note'),
  },
  build(v): DeploymentSite {
    const d: DeploymentSite = {
      deployment: v.deployment,
      site: v.site,
      contested: v.contested === 'yes',
      claimedBy: v.claimed_by,
      claimedByDe: v.claimed_by_de,
      sources: v.sources,
    };
    if (v.note) d.note = v.note;
    return d;
  },
});
