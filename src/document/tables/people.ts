// Tables of who sells where: channels, new regions, team members, customer tiers.
import { CHANNEL_LABELS, label, word } from '../../i18n/labels.js';
import { rfmShareTotals } from '../../plan/derive.js';
import { ruleText, tierName } from '../../data/rfm-text.js';
import type { RfmResult } from '../../data/rfm.js';
import type { Lang } from '../../i18n/lang.js';
import type { RfmTierId } from '../../plan/schema.js';
import type { Table } from 'mdast';
import { figureColumn, makeTable, percentColumn, withUnitHeader, type Cell, type TableBuilder } from './table.js';
import { taggedText } from '../../plan/tagged.js';

export const channelsTable: TableBuilder = ({ plan, derived: d, lang }) => {
  if (plan.channels.length === 0) return undefined;
  const w = (k: Parameters<typeof word>[1]) => word(lang, k);
  const targets = d.channels.map((c) => c.target);
  const anyTarget = d.channelsTotal !== undefined;
  const targetCells = figureColumn([...targets, d.channelsTotal], d.precision);
  const shares = percentColumn([...d.channels.map((c) => c.share), d.channelsShareOfRevenue]);
  const rows = plan.channels.map((c, i) => [
    c.name, label(CHANNEL_LABELS, c.type, lang), targetCells[i], shares[i], c.owner, c.actions.map(taggedText).join(word(lang, 'clauseSep')) || undefined,
  ]);
  return makeTable(
    [
      { header: w('channel') }, { header: w('type') }, { header: withUnitHeader(lang, w('target'), d.unit), numeric: true },
      { header: w('share'), numeric: true }, { header: w('owner') }, { header: w('actions') },
    ],
    rows,
    anyTarget ? [w('total'), '', targetCells[targets.length], shares[targets.length], '', ''] : undefined,
  );
};

export const regionsTable: TableBuilder = ({ plan, derived: d, lang, f, missing }) => {
  const w = (k: Parameters<typeof word>[1]) => word(lang, k);
  const columns = [
    { header: w('region') }, { header: withUnitHeader(lang, w('firstRevenue'), d.unit), numeric: true, keep: true },
    { header: w('regionProspects'), numeric: true }, { header: w('regionWon'), numeric: true },
    { header: w('regionConversion'), numeric: true }, { header: w('partners'), numeric: true }, { header: w('owner') },
  ];
  if (plan.regions.length === 0) {
    if (!missing.has('regions')) return undefined;
    return makeTable(columns, [[f.placeholder, f.placeholder]]);
  }
  const revenue = figureColumn([...d.regions.map((r) => r.revenue), d.regionsTotal.revenue], d.precision);
  const conversions = percentColumn(d.regions.map((r) => r.conversion));
  const n = plan.regions.length;
  const rows = plan.regions.map((r, i) => [
    r.name, revenue[i], r.prospects?.toString(), r.won?.toString(), conversions[i], r.partners?.toString(), r.owner,
  ]);
  const totalConversion = percentColumn([d.regionsTotal.conversion])[0];
  const any = (key: 'prospects' | 'won' | 'partners') => plan.regions.some((r) => r[key] !== undefined);
  const total: Cell[] | undefined = n > 1
    ? [
        w('total'), revenue[n],
        any('prospects') ? d.regionsTotal.prospects.toString() : '',
        any('won') ? d.regionsTotal.won.toString() : '',
        any('prospects') && any('won') ? totalConversion : '',
        any('partners') ? d.regionsTotal.partners.toString() : '',
        '',
      ]
    : undefined;
  return makeTable(columns, rows, total);
};

export const teamTable: TableBuilder = ({ plan, derived: d, lang, f, missing }) => {
  const w = (k: Parameters<typeof word>[1]) => word(lang, k);
  const columns = [
    { header: w('member') }, { header: w('position') }, { header: w('territory') }, { header: w('headcount'), numeric: true },
    { header: withUnitHeader(lang, w('target'), d.unit), numeric: true, keep: true }, { header: w('share'), numeric: true },
  ];
  if (plan.team.length === 0) {
    if (!missing.has('team')) return undefined;
    return makeTable(columns, [[f.placeholder, undefined, undefined, undefined, f.placeholder]]);
  }
  const targets = figureColumn([...d.team.map((m) => m.target), d.teamTotal], d.precision);
  const shares = percentColumn([...d.team.map((m) => m.share), d.teamShareOfRevenue]);
  const showHeadcount = plan.team.some((m) => m.headcount > 1);
  const rows = plan.team.map((m, i) => [m.name, m.role, m.region, showHeadcount ? String(m.headcount) : undefined, targets[i], shares[i]]);
  return makeTable(columns, rows, [w('total'), '', '', showHeadcount ? String(d.headcount) : undefined, targets[plan.team.length], shares[plan.team.length]]);
};

/** Tiers computed from a customer list: the rule each used, counts and revenue with their shares. */
export function rfmSummaryTable(rfm: RfmResult, lang: Lang, unit: string, precision: number, service: Partial<Record<RfmTierId, string>> = {}): Table {
  const w = (k: Parameters<typeof word>[1]) => word(lang, k);
  const revenue = figureColumn([...rfm.tiers.map((t) => t.revenue), rfm.revenue], precision);
  const totals = rfmShareTotals(rfm);
  const customerShares = percentColumn([...rfm.tiers.map((t) => t.customerShare), totals.customerShare]);
  const revenueShares = percentColumn([...rfm.tiers.map((t) => t.revenueShare), totals.revenueShare]);
  const n = rfm.tiers.length;
  const rows = rfm.tiers.map((tier, i) => [
    tierName(lang, tier.id), ruleText(lang, tier.rule), String(tier.count), customerShares[i], revenue[i], revenueShares[i], service[tier.id],
  ]);
  return makeTable(
    [
      { header: w('tier') }, { header: w('rule') }, { header: w('customers'), numeric: true }, { header: w('customerShare'), numeric: true },
      { header: withUnitHeader(lang, w('tierRevenue'), unit), numeric: true }, { header: w('revenueShare'), numeric: true }, { header: w('serviceModel') },
    ],
    rows,
    [w('total'), '', String(rfm.customers), customerShares[n], revenue[n], revenueShares[n], ''],
  );
}

const rfmTiersTable: TableBuilder = ({ plan, derived: d, lang }) => rfmSummaryTable(d.rfm!, lang, d.unit, d.precision, plan.customers?.service ?? {});

export const tiersTable: TableBuilder = (ctx) => {
  const { plan, lang, f, missing, derived } = ctx;
  if (derived.rfm) return rfmTiersTable(ctx);
  const w = (k: Parameters<typeof word>[1]) => word(lang, k);
  const columns = [
    { header: w('tier') }, { header: w('customers'), numeric: true }, { header: w('customerShare'), numeric: true },
    { header: w('revenueShare'), numeric: true }, { header: w('serviceModel') },
  ];
  if (plan.tiers.length === 0) {
    if (!missing.has('tiers')) return undefined;
    return makeTable(columns, [[f.placeholder, undefined, f.placeholder, f.placeholder, f.placeholder]]);
  }
  const rows = plan.tiers.map((tier) => [
    tier.name, tier.customers?.toString(),
    tier.customer_share === undefined ? undefined : `${tier.customer_share}%`,
    tier.revenue_share === undefined ? undefined : `${tier.revenue_share}%`,
    tier.service,
  ]);
  return makeTable(columns, rows);
};

