import type {
  Claim,
  Contingent,
  Correction,
  DatedEvent,
  DeploymentSite,
  Place,
  Source,
  StatusInterval,
} from '../dataset';
import { EDITORIAL_RULES } from '../editorial';
import { eventLocationRule } from './rules/event-location';
import type { Built } from './table';

/** Every table's records, each with its row (`row.report(column, message, found)`). */
export interface BuiltTables {
  sources: readonly Built<Source>[];
  places: readonly Built<Place>[];
  events: readonly Built<DatedEvent>[];
  claims: readonly Built<Claim>[];
  status: readonly Built<StatusInterval>[];
  deployments: readonly Built<Contingent>[];
  deploymentSites: readonly Built<DeploymentSite>[];
  corrections: readonly Built<Correction>[];
}

/** A check across tables that runs once every table is read and built. */
export type DatasetRule = (tables: BuiltTables) => void;

/**
 * Editorial and other cross-table rules, run in this order after the reference check.
 * To add one: write it in its own module and list it here.
 */
export const DATASET_RULES: readonly DatasetRule[] = [...EDITORIAL_RULES, eventLocationRule];
