// The total row of an RFM tier table: tiers cover every customer and all of the revenue, so
// their shares add up to 100% unless there is nothing to share.
import { HUNDRED, type Decimal as D } from '../../core/decimal.js';
import type { RfmResult } from '../../data/rfm.js';

export function rfmShareTotals(rfm: Pick<RfmResult, 'customers' | 'revenue'>): { customerShare?: D; revenueShare?: D } {
  const out: { customerShare?: D; revenueShare?: D } = {};
  if (rfm.customers) out.customerShare = HUNDRED;
  if (!rfm.revenue.isZero()) out.revenueShare = HUNDRED;
  return out;
}
