// Tables of the running of the plan: risk register, budget, schedule, review of last period.
import { BUDGET_LABELS, LEVEL_LABELS, RISK_LABELS, label, word } from '../../i18n/labels.js';
import { figureColumn, makeTable, percentColumn, withUnitHeader, type Cell, type TableBuilder } from './table.js';
import { decimalsNeeded, plainNumber, signedPoints, signOf, withUnit } from '../../i18n/format.js';

export const risksTable: TableBuilder = ({ plan, lang }) => {
  if (plan.risks.length === 0) return undefined;
  const w = (k: Parameters<typeof word>[1]) => word(lang, k);
  const level = (l: string | undefined) => (l ? label(LEVEL_LABELS, l, lang) : undefined);
  const rows = plan.risks.map((r) => [
    label(RISK_LABELS, r.category, lang), r.risk, r.warning, r.response, r.owner,
    r.likelihood || r.impact ? `${level(r.likelihood) ?? '—'}/${level(r.impact) ?? '—'}` : undefined,
  ]);
  return makeTable(
    [{ header: w('category') }, { header: w('risk') }, { header: w('warning') }, { header: w('response') }, { header: w('riskOwner') }, { header: w('level') }],
    rows,
  );
};

export const budgetTable: TableBuilder = ({ plan, derived: d, lang }) => {
  const budget = d.budget;
  if (!budget || !plan.budget || plan.budget.items.length === 0) return undefined;
  const w = (k: Parameters<typeof word>[1]) => word(lang, k);
  const amounts = figureColumn([...budget.items.map((i) => i.amount), budget.total], d.precision);
  const ofBudget = percentColumn([...budget.items.map((i) => i.shareOfBudget), budget.itemsShareTotal]);
  const ofRevenue = percentColumn([...budget.items.map((i) => i.shareOfRevenue), budget.shareOfRevenue], 2);
  const n = plan.budget.items.length;
  const rows: Cell[][] = plan.budget.items.map((item, i) => [
    item.name, item.category ? label(BUDGET_LABELS, item.category, lang) : undefined, amounts[i], ofBudget[i], ofRevenue[i], item.note,
  ]);
  return makeTable(
    [
      { header: w('budgetItem') }, { header: w('category') }, { header: withUnitHeader(lang, w('amount'), d.unit), numeric: true },
      { header: w('ofBudget'), numeric: true }, { header: w('ofRevenue'), numeric: true }, { header: w('note') },
    ],
    rows,
    [w('total'), '', amounts[n], ofBudget[n], ofRevenue[n], ''],
  );
};

export const scheduleTable: TableBuilder = ({ plan, lang }) => {
  if (plan.schedule.length === 0) return undefined;
  const w = (k: Parameters<typeof word>[1]) => word(lang, k);
  return makeTable(
    [{ header: w('when') }, { header: w('action') }, { header: w('owner') }, { header: w('deliverable') }],
    plan.schedule.map((s) => [String(s.when), s.action, s.owner, s.deliverable]),
  );
};

export const reviewTable: TableBuilder = ({ plan, derived: d, lang }) => {
  const review = d.review;
  if (!review || !plan.review || review.items.length === 0) return undefined;
  const w = (k: Parameters<typeof word>[1]) => word(lang, k);
  const rows = plan.review.items.map((item, i) => {
    const r = review.items[i]!;
    const dp = decimalsNeeded([r.target, r.actual, r.gap], d.precision);
    const value = (v: typeof r.target) => withUnit(lang, plainNumber(v, dp), item.unit ?? d.unit);
    const gapText = item.unit === '%' ? signedPoints(lang, r.gap) : `${signOf(r.gap) === '+' ? '+' : ''}${value(r.gap)}`;
    return [item.name, value(r.target), value(r.actual), r.attainment ? `${plainNumber(r.attainment, 1)}%` : undefined, gapText];
  });
  return makeTable(
    [{ header: w('metric') }, { header: w('target'), numeric: true }, { header: w('actual'), numeric: true }, { header: w('attainment'), numeric: true }, { header: w('gap'), numeric: true }],
    rows,
  );
};

