// The commission table of an incentive scheme: each rep's target and what they earn at each
// attainment scenario (base rate, the conditional increases they are known to qualify for, the
// over-target bonus, the mentor bonus), with the team's total cost of each scenario.
import { word, type Word } from '../../i18n/labels.js';
import { percent } from '../../i18n/format.js';
import { pick } from '../../i18n/localized.js';
import { figureColumn, makeTable, withUnitHeader, type Cell, type TableBuilder } from './table.js';

function scenarioHeader(lang: 'zh-CN' | 'en', scenario: number, unit: string): string {
  const p = percent(scenario);
  return withUnitHeader(lang, pick(lang, { 'zh-CN': `达成${p}时提成`, en: `Commission at ${p}` }), unit);
}

export const commissionTable: TableBuilder = ({ plan, derived: d, lang }) => {
  const incentives = plan.incentives;
  const rows = d.commissions;
  const totals = d.commissionTotals;
  if (!incentives || !rows || !totals || rows.length === 0) return undefined;
  const w = (k: Word) => word(lang, k);
  const n = rows.length;
  const targets = figureColumn([...rows.map((r) => r.target), totals.target], d.precision);
  const scenarioCols = incentives.scenarios.map((_, s) => figureColumn([...rows.map((r) => r.scenarios[s]!.total), totals.scenarios[s]!.cost], d.precision));
  const body: Cell[][] = rows.map((r, k) => {
    const member = plan.team[r.index]!;
    const name = member.mentor ? pick(lang, { 'zh-CN': `${member.name}（导师）`, en: `${member.name} (mentor)` }) : member.name;
    return [name, targets[k], ...scenarioCols.map((c) => c[k])];
  });
  return makeTable(
    [
      { header: w('member') }, { header: withUnitHeader(lang, w('target'), d.unit), numeric: true },
      ...incentives.scenarios.map((s) => ({ header: scenarioHeader(lang, s, d.unit), numeric: true, keep: true })),
    ],
    body,
    [w('total'), targets[n], ...scenarioCols.map((c) => c[n])],
  );
};
