// The finance targets moved on to the next period (new --from, review --next), by the rule of
// roll-forward.ts: targets stay as the starting proposal; last period's figures (last_gross_profit,
// collections.last_*) come from the period's actuals or are left out and listed as missing, never
// copied from the old targets; the year to date adds last period's actual to the year so far when
// it is known and the next month is in the same year, and is dropped, with the reason, otherwise.
// Called from rollForward (one line) so both commands move these blocks the same way.
import type { Localized } from '../i18n/localized.js';
import type { ReviewFigures } from './attainment.js';
import type { TargetId } from './attainment-targets.js';
import type { Period } from './period.js';
import type { Plan, PlanInput } from './schema.js';

export const FINANCE_DROP_REASONS = {
  ytdNewYear: { 'zh-CN': '新的一年开始：请填写新年度的全年目标，累计完成从 0 开始', en: 'a new year starts: give its annual target; the actual so far starts at 0' },
  ytdNoActual: { 'zh-CN': '本年累计需要加上上期实际，而实际数据没有给出：请补写 ytd 的 annual 与 actual', en: "the year so far needs last period's actual, which was not given: write ytd's annual and actual again" },
  ytdNotMonthly: { 'zh-CN': '年度进度只用于月度计划', en: 'the year to date is for monthly plans only' },
} satisfies Record<string, Localized>;

type Targets = NonNullable<PlanInput['targets']>;

const toNumber = (v: { toNumber(): number }) => v.toNumber();

export function rollFinanceForward(
  old: Plan['targets'],
  targets: Targets,
  next: Period,
  figures: ReviewFigures | undefined,
  out: { dropped: Array<{ key: string; reason: Localized }>; missing: string[] },
): void {
  const actual = (id: TargetId) => figures?.targets.find((t) => t.id === id)?.actual;
  /** Sets `key` of `block` from an actual, or removes it (listed as missing when the old plan had one). */
  const fromActual = (block: Record<string, unknown>, key: string, value: ReturnType<typeof actual>, path: string) => {
    const had = block[key] !== undefined;
    delete block[key];
    if (value) block[key] = toNumber(value);
    else if (had) out.missing.push(path);
  };

  if (old.gross_profit !== undefined || old.last_gross_profit !== undefined) {
    fromActual(targets as Record<string, unknown>, 'last_gross_profit', actual('grossProfit'), 'targets.last_gross_profit');
  }
  if (old.collections) {
    const c: Record<string, unknown> = { ...old.collections };
    fromActual(c, 'last_amount', actual('collections'), 'targets.collections.last_amount');
    fromActual(c, 'last_rate', actual('collectionRate')?.toDecimalPlaces(1), 'targets.collections.last_rate');
    fromActual(c, 'last_receivables', actual('receivables'), 'targets.collections.last_receivables');
    fromActual(c, 'last_dso', actual('dso'), 'targets.collections.last_dso');
    targets.collections = c;
  }
  if (old.ytd) {
    const total = figures?.total.actual;
    let reason: Localized | undefined;
    if (next.kind !== 'monthly') reason = FINANCE_DROP_REASONS.ytdNotMonthly;
    else if (next.month === 1) reason = FINANCE_DROP_REASONS.ytdNewYear;
    else if (!total) reason = FINANCE_DROP_REASONS.ytdNoActual;
    if (reason) {
      delete targets.ytd;
      out.dropped.push({ key: 'targets.ytd', reason });
    } else targets.ytd = { annual: old.ytd.annual, actual: toNumber(total!.plus(old.ytd.actual)) };
  }
}
