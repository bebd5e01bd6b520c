// The team: fixed targets kept, the rest of the total split by weight or headcount; each
// member's share of the revenue, per-head and per-capita figures.
import { dec, percentOf, sharesOf, splitLargestRemainder, sum, ZERO, type Decimal as D } from '../../core/decimal.js';
import type { Plan } from '../schema.js';
import { moneyPlaces, splitPlaces } from '../settings.js';
import type { DerivedPlan } from './types.js';

/**
 * Targets per member: fixed ones kept, the rest of the total split by the members' weights when
 * they give them (last year's sales, territory potential), else by headcount.
 */
export function memberTargets(
  members: readonly { target?: number | undefined; headcount: number; weight?: number | undefined }[],
  revenue: D | undefined,
  precision: number,
): { target: D | undefined; assigned: boolean }[] {
  const fixed = sum(members.filter((m) => m.target !== undefined).map((m) => dec(m.target!)));
  const open = members.map((m, i) => ({ m, i })).filter(({ m }) => m.target === undefined);
  const result: { target: D | undefined; assigned: boolean }[] = members.map((m) => ({
    target: m.target !== undefined ? dec(m.target) : undefined,
    assigned: false,
  }));
  if (open.length && revenue && revenue.greaterThan(fixed)) {
    const weighted = open.some(({ m }) => m.weight !== undefined);
    const weights = open.map(({ m }) => dec(weighted ? m.weight ?? 0 : m.headcount));
    const parts = splitLargestRemainder(revenue.minus(fixed), weights, precision);
    open.forEach(({ i }, k) => (result[i] = { target: parts[k], assigned: true }));
  }
  return result;
}

/** A computed amount (per head) rounded to the places that fit its size: 71.7万元, not 71.67. */
function rounded(plan: Plan, value: D): D {
  return value.toDecimalPlaces(moneyPlaces(plan, value));
}

export type TeamFigures = Pick<DerivedPlan, 'team' | 'teamTotal' | 'teamShareOfRevenue' | 'headcount' | 'perCapita'>;

/** The places the team's open targets are split at: those of an average open target. */
export function teamPlaces(plan: Pick<Plan, 'team' | 'unit' | 'lang' | 'precision'>, revenue: D | undefined): number {
  const open = plan.team.filter((m) => m.target === undefined).length;
  const fixed = sum(plan.team.filter((m) => m.target !== undefined).map((m) => dec(m.target!)));
  return splitPlaces(plan, revenue?.minus(fixed), open);
}

export function deriveTeam(plan: Plan, revenue: D | undefined): TeamFigures {
  const members = memberTargets(plan.team, revenue, teamPlaces(plan, revenue));
  const headcount = plan.team.reduce((n, m) => n + m.headcount, 0);
  const values = members.map((m) => m.target ?? ZERO);
  const shares = revenue ? sharesOf(values, revenue) : [];
  const out: TeamFigures = {
    headcount,
    team: plan.team.map((m, index) => {
      const row: DerivedPlan['team'][number] = { index, assigned: members[index]!.assigned };
      const target = members[index]!.target;
      if (target) {
        row.target = target;
        const share = shares[index];
        if (share) row.share = share;
        if (m.headcount > 1) row.perHead = rounded(plan, target.div(m.headcount));
      }
      return row;
    }),
  };
  if (members.some((m) => m.target)) {
    out.teamTotal = sum(values);
    const share = revenue ? percentOf(out.teamTotal, revenue) : undefined;
    if (share) out.teamShareOfRevenue = share;
  }
  if (revenue && headcount > 0) out.perCapita = rounded(plan, revenue.div(headcount));
  return out;
}
