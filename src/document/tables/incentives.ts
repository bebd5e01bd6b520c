// The commission table of an incentive scheme: each rep's target and what they earn at each
// attainment scenario (base rate, the conditional increases they are known to qualify for, the
// over-target bonus, the mentor bonus), with the team's total cost of each scenario.
import { word, type Word } from '../../i18n/labels.js';
import { percent } from '../../i18n/format.js';
import { dec, sum } from '../../plan/money.js';
import { figureColumn, makeTable, withUnitHeader, type Cell, type TableBuilder } from './table.js';

export function scenarioHeader(lang: 'zh-CN' | 'en', scenario: number, unit: string): string {
  const p = percent(dec(scenario));
  return withUnitHeader(lang, lang === 'zh-CN' ? `达成${p}时提成` : `Commission at ${p}`, unit);
}

export const commissionTable: TableBuilder = ({ plan, derived: d, lang }) => {
  const incentives = plan.incentives;
  const rows = d.commissions;
  if (!incentives || !rows || rows.length === 0) return undefined;
  const w = (k: Word) => word(lang, k);
  const n = rows.length;
  const targets = figureColumn([...rows.map((r) => r.target), sum(rows.map((r) => r.target))], d.precision);
  const scenarioCols = incentives.scenarios.map((_, s) => {
    const values = rows.map((r) => r.scenarios[s]!.total);
    return figureColumn([...values, sum(values)], d.precision);
  });
  const body: Cell[][] = rows.map((r, k) => {
    const member = plan.team[r.index]!;
    const name = member.mentor ? (lang === 'zh-CN' ? `${member.name}（导师）` : `${member.name} (mentor)`) : member.name;
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
