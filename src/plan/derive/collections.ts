// Collections (回款): the amount and the rate, where the rate is collections as a share of the
// period's revenue target (回款率 = 回款额 ÷ 销售额). Either one gives the other when there is a
// revenue target: a rate alone gives the amount (revenue × rate, at the plan's precision), an
// amount alone gives the rate. Both given must agree at the rate's own decimals (profit.ts's
// rule); otherwise validate warns and both are shown as written. Receivables outstanding at the
// period's end and days sales outstanding (DSO) are shown as given against last period's: lower
// is better for both. DSO is not computed from receivables: companies count it on different
// bases (average or closing balance, credit sales or all sales), so only the plan's own figure is shown.
import { dec, growthPercent, HUNDRED, percentOf, type Decimal as D } from '../../core/decimal.js';
import type { Plan } from '../schema.js';
import { agreesWithRate } from './profit.js';
import { trendOf } from './trend.js';
import type { DerivedCollections } from './types.js';

const opt = (n: number | undefined): D | undefined => (n === undefined ? undefined : dec(n));

export function deriveCollections(plan: Plan, revenue: D | undefined, precision: number): DerivedCollections | undefined {
  const c = plan.targets.collections;
  if (!c) return undefined;
  const out: DerivedCollections = { amountDerived: false, rateDerived: false, agrees: true };
  const amount = opt(c.amount);
  const rate = opt(c.rate);
  if (amount) out.amount = amount;
  if (rate) out.rate = rate;
  if (amount && rate && revenue) out.agrees = agreesWithRate(amount, revenue, rate);
  else if (amount && !rate && revenue) {
    const r = percentOf(amount, revenue);
    if (r) {
      out.rate = r;
      out.rateDerived = true;
    }
  } else if (rate && !amount && revenue) {
    out.amount = revenue.times(rate).div(HUNDRED).toDecimalPlaces(precision);
    out.amountDerived = true;
  }
  const lastAmount = opt(c.last_amount);
  const lastRate = opt(c.last_rate);
  if (lastAmount) {
    out.lastAmount = lastAmount;
    if (out.amount) {
      const g = growthPercent(out.amount, lastAmount);
      if (g) {
        out.amountGrowth = g;
        out.amountTrend = trendOf(g);
      }
    }
  }
  if (lastRate) {
    out.lastRate = lastRate;
    if (out.rate) out.rateChange = out.rate.minus(lastRate);
  }
  const receivables = opt(c.receivables);
  const lastReceivables = opt(c.last_receivables);
  if (receivables) out.receivables = receivables;
  if (lastReceivables) out.lastReceivables = lastReceivables;
  if (receivables && lastReceivables) {
    const g = growthPercent(receivables, lastReceivables);
    if (g) out.receivablesChange = g;
  }
  const dso = opt(c.dso);
  const lastDso = opt(c.last_dso);
  if (dso) out.dso = dso;
  if (lastDso) out.lastDso = lastDso;
  if (dso && lastDso) out.dsoChange = dso.minus(lastDso);
  return out;
}
