// The registry of tables a template can place with {{table "id"}}.
import type { TableId } from '../../styles/types.js';
import { channelsTable, regionsTable, teamTable, tiersTable } from './people.js';
import { budgetTable, reviewTable, risksTable, scheduleTable } from './register.js';
import type { TableBuilder } from './table.js';
import { customersTable, metricsTable, paceTable, productsTable, targetsTable } from './targets.js';

export const TABLES: Record<TableId, TableBuilder> = {
  targets: targetsTable,
  products: productsTable,
  customers: customersTable,
  metrics: metricsTable,
  pace: paceTable,
  channels: channelsTable,
  regions: regionsTable,
  team: teamTable,
  tiers: tiersTable,
  risks: risksTable,
  budget: budgetTable,
  schedule: scheduleTable,
  review: reviewTable,
};

export type { TableContext } from './table.js';
