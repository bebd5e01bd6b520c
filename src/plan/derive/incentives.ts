// Commission of each member with a target at each attainment scenario, and the team's cost of
// each scenario as an amount and as a share of the revenue it pays for.
import { dec, percentOf, sum, type Decimal as D } from '../../core/decimal.js';
import { commissionAtScenario } from '../incentives.js';
import type { Plan } from '../schema.js';
import type { DerivedPlan } from './types.js';

export type CommissionFigures = Pick<DerivedPlan, 'commissions' | 'commissionTotals'>;

export function deriveCommissions(plan: Plan, team: DerivedPlan['team'], precision: number): CommissionFigures {
  const incentives = plan.incentives;
  if (!incentives) return {};
  const commissions = plan.team.flatMap((member, index) => {
    const target = team[index]!.target;
    if (!target) return [];
    return [{ index, target, scenarios: incentives.scenarios.map((s) => commissionAtScenario(incentives, member, target, s, precision)) }];
  });
  const scenarios = incentives.scenarios.map((scenario, s) => {
    const cost = sum(commissions.map((c) => c.scenarios[s]!.total));
    const revenue = sum(commissions.map((c) => c.scenarios[s]!.revenue));
    const total: NonNullable<DerivedPlan['commissionTotals']>['scenarios'][number] = { scenario: dec(scenario), cost, revenue };
    const ofRevenue: D | undefined = percentOf(cost, revenue);
    if (ofRevenue) total.ofRevenue = ofRevenue;
    return total;
  });
  return { commissions, commissionTotals: { target: sum(commissions.map((c) => c.target)), scenarios } };
}
