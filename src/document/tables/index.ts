// The registry of tables a template can place with {{table "id"}}.
import type { TableId } from '../../styles/types.js';
import { channelsTable, regionsTable, teamTable, tiersTable } from './people.js';
import { budgetTable, reviewTable, risksTable, scheduleTable } from './register.js';
import type { TableBuilder } from './table.js';
import { monthsTable, productMonthsTable, quartersTable, teamQuartersTable } from './annual.js';
import { attainmentChannelsTable, attainmentMetricsTable, attainmentProductsTable, attainmentTargetsTable, attainmentTeamTable, attainmentTotalTable } from './attainment.js';
import { quarterMonthsTable, ytdTable } from './finance.js';
import { commissionTable } from './incentives.js';
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
  quarters: quartersTable,
  months: monthsTable,
  productMonths: productMonthsTable,
  teamQuarters: teamQuartersTable,
  commission: commissionTable,
  attainmentTotal: attainmentTotalTable,
  attainmentProducts: attainmentProductsTable,
  attainmentChannels: attainmentChannelsTable,
  attainmentTeam: attainmentTeamTable,
  attainmentMetrics: attainmentMetricsTable,
  ytd: ytdTable,
  quarterMonths: quarterMonthsTable,
  attainmentTargets: attainmentTargetsTable,
};

export type { TableContext } from './table.js';
