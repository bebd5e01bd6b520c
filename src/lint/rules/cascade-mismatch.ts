// Targets cascaded down the calendar agree: the four quarters add up to the year, a quarter's
// months to the quarter, the twelve months to the year, a month's weeks to the month. Written
// in prose ("Q1 300万元，Q2 350万元…"), in lists, or in tables (rows or columns named by period).
// Off by more than rounding is a warning; a figure marked 约/about/≈ is allowed 5%.
import { say, type Localized, type Messages } from '../../i18n/localized.js';
import { entriesOf } from '../entries.js';
import { amountsIn, inUnit, normalizeFigures, sameKind, type Amount } from '../numbers.js';
import { allSections, type Block } from '../outline.js';
import { englishMonth } from '../period.js';
import type { LintRule } from '../rule.js';

const messages = {
  cascade: {
    'zh-CN': '{parts}合计 {sum}，与{whole} {total} 不一致。',
    en: 'The {parts} add up to {sum}, but the {whole} is {total}.',
  },
} satisfies Messages;

const NAMES = {
  year: { 'zh-CN': '全年', en: 'year' },
  quarters: { 'zh-CN': '四个季度', en: 'four quarters' },
  months: { 'zh-CN': '各月', en: 'months' },
  weeks: { 'zh-CN': '各周', en: 'weeks' },
  quarter: { 'zh-CN': '第{n}季度', en: 'Q{n}' },
  monthsOf: { 'zh-CN': '第{n}季度各月', en: 'months of Q{n}' },
  month: { 'zh-CN': '本月', en: 'month' },
} satisfies Messages;

/** A period label: year, Q1–Q4, month 1–12, week 1–5, or "this month". */
type PeriodKey = `Y` | `Q${number}` | `M${number}` | `W${number}` | 'THIS_MONTH';

const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const num = (s: string): number => CN[s] ?? Number(s);

const LABEL = new RegExp(
  [
    String.raw`((?<![半上下前后去明今])(?:全年|年度(?:目标|任务|销售)?|年目标)|full[- ]year|annual(?: target| total)?|FY\s?\d{2,4})`,
    String.raw`(?:第\s*([一二三四1-4])\s*季度|([一二三四1-4])\s*季度|\bQ([1-4])\b)`,
    String.raw`(?<![\d.])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?!份额|底|初|中|末)`,
    String.raw`\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b`,
    String.raw`(?:第\s*([一二三四五1-5])\s*周|\b(?:week|wk|W)\s?([1-5])\b)`,
    String.raw`(本月|全月|当月|month(?:ly)? total|this month)`,
  ].join('|'),
  'gi',
);

function keyOf(m: RegExpExecArray): PeriodKey | undefined {
  if (m[1]) return 'Y';
  const q = m[2] ?? m[3] ?? m[4];
  if (q) return `Q${num(q)}`;
  if (m[5]) return `M${num(m[5])}`;
  if (m[6]) return `M${englishMonth(m[6])!}`;
  const w = m[7] ?? m[8];
  if (w) return `W${num(w)}`;
  if (m[9]) return 'THIS_MONTH';
  return undefined;
}

interface Figure {
  amount: Amount;
  line: number;
}

type Series = Map<PeriodKey, Figure>;

/** Period → figure pairs in one line: each period label takes the first amount after it in its clause. */
function pairsIn(text: string, line: number, into: Series): void {
  const t = normalizeFigures(text);
  const labels = [...t.matchAll(LABEL)];
  labels.forEach((m, i) => {
    const key = keyOf(m);
    if (!key || into.has(key)) return;
    const end = Math.min(labels[i + 1]?.index ?? t.length, ...[...t.slice(m.index).matchAll(/[；;。]|[,，](?!\d)/g)].map((x) => m.index + x.index));
    const clause = t.slice(m.index + m[0].length, end);
    // "1月15日" is a date: only a label with its figure counts, written after it ("Q1 300万元")
    // or just before it ("$85k this month").
    if (/^\s*\d{1,2}\s*[日号]/.test(clause)) return;
    const previous = labels[i - 1];
    const segment = t.slice(previous ? previous.index + previous[0].length : 0, m.index);
    const before = amountsIn(segment).filter((a) => segment.slice(a.index + a.length).trim() === '');
    const amount = amountsIn(clause).find((a) => a.measure !== 'percent') ?? before.filter((a) => a.measure !== 'percent').pop();
    if (amount) into.set(key, { amount: { ...amount, approx: amount.approx || /约|大约|左右|about|approximately|around|≈|~/i.test(t) }, line });
  });
}

/** Tables: a period in the first cell names a row (its first figure column); a period header names a column. */
function tableSeries(block: Block): Series[] {
  const rows = block.rows ?? [];
  if (rows.length < 2) return [];
  const out: Series[] = [];
  const header = rows[0]!;
  const whole = new RegExp(`^\\**\\s*(?:${LABEL.source})\\s*(?:合计|小计|目标|total)?\\s*\\**$`, 'i');
  const headerKeys = header.map((h) => {
    const m = whole.exec(normalizeFigures(h).replace(/[（(][^）)]*[）)]/g, '').trim());
    return m ? keyOf(m) : undefined;
  });
  if (headerKeys.filter(Boolean).length >= 2) {
    rows.slice(1).forEach((row, r) => {
      const series: Series = new Map();
      row.forEach((cell, c) => {
        const key = headerKeys[c];
        const amount = key ? amountsIn(cell).find((a) => a.measure !== 'percent') ?? bare(cell, header[c]!) : undefined;
        if (key && amount && !series.has(key)) series.set(key, { amount, line: block.rowLines?.[r + 1] ?? block.line });
      });
      out.push(series);
    });
  }
  for (let c = 1; c < header.length; c++) {
    const series: Series = new Map();
    rows.slice(1).forEach((row, r) => {
      const m = whole.exec(normalizeFigures(row[0] ?? '').replace(/[（(][^）)]*[）)]/g, '').trim());
      const key = m ? keyOf(m) : undefined;
      const amount = key ? amountsIn(row[c] ?? '').find((a) => a.measure !== 'percent') ?? bare(row[c] ?? '', header[c]!) : undefined;
      if (key && amount && !series.has(key)) series.set(key, { amount, line: block.rowLines?.[r + 1] ?? block.line });
    });
    out.push(series);
  }
  return out;
}

/** A bare number in a cell whose column header gives the unit ("目标（万元）" over "300"). */
function bare(cell: string, header: string): Amount | undefined {
  const figure = /^\s*\**\s*(\d[\d,]*(?:\.\d+)?)\s*\**\s*$/.exec(normalizeFigures(cell));
  if (!figure) return undefined;
  const unit = /万元|亿元|千元|元|\$|¥|万|亿/.exec(normalizeFigures(header))?.[0];
  if (!unit) return undefined;
  const [amount] = amountsIn(unit === '$' || unit === '¥' ? `${unit}${figure[1]}` : `${figure[1]}${unit}`);
  return amount;
}

function parts(series: Series, keys: readonly PeriodKey[]): Figure[] | undefined {
  const found = keys.map((k) => series.get(k));
  return found.every(Boolean) ? (found as Figure[]) : undefined;
}

export const cascadeMismatch: LintRule = {
  id: 'cascade-mismatch',
  messages,
  severity: 'warning',
  description: { 'zh-CN': '逐级分解的目标（年、季、月、周）相互一致', en: 'Targets cascaded by year, quarter, month and week agree' },
  docs: {
    'zh-CN': '四个季度之和等于全年，一个季度的三个月之和等于该季度，十二个月之和等于全年，各周之和等于本月；数字可以写在正文、列表或表格中，可用万元、亿元等不同单位。差额超过四舍五入误差时给出警告；写明“约”“左右”“≈”的，允许 5% 的出入。',
    en: 'The four quarters add up to the year, a quarter\'s three months to the quarter, the twelve months to the year, the weeks to the month; in prose, lists or tables, in any of 万元, 亿元, $, k, M. Off by more than rounding is a warning; figures marked about, approximately or ≈ may be 5% off.',
  },
  check(ctx) {
    const check = (series: Series) => {
      const compare = (whole: Figure | undefined, pieces: Figure[] | undefined, wholeName: string, partsName: string) => {
        if (!whole || !pieces || !pieces.every((p) => sameKind(p.amount, whole.amount))) return;
        const sum = pieces.reduce((n, p) => n + p.amount.value, 0);
        const approx = whole.amount.approx || pieces.some((p) => p.amount.approx);
        const tolerance = pieces.reduce((n, p) => n + p.amount.rounding, whole.amount.rounding) + (approx ? whole.amount.value * 0.05 : 0) + 1e-9;
        if (Math.abs(sum - whole.amount.value) > tolerance) {
          // Reported where the breakdown is written: that is where a figure was changed or mistyped.
          ctx.report({ line: pieces[0]!.line, message: messages.cascade, params: { parts: partsName, sum: inUnit(sum, whole.amount), whole: wholeName, total: inUnit(whole.amount.value, whole.amount) } });
        }
      };
      const name = (text: Localized, n?: number) => say(ctx.lang, text, { n });
      const year = series.get('Y');
      compare(year, parts(series, ['Q1', 'Q2', 'Q3', 'Q4']), name(NAMES.year), name(NAMES.quarters));
      const months = parts(series, Array.from({ length: 12 }, (_, i) => `M${i + 1}` as PeriodKey));
      compare(year, months, name(NAMES.year), name(NAMES.months));
      for (let q = 1; q <= 4; q++) compare(series.get(`Q${q}`), parts(series, [`M${q * 3 - 2}`, `M${q * 3 - 1}`, `M${q * 3}`]), name(NAMES.quarter, q), name(NAMES.monthsOf, q));
      const weeks = ['W1', 'W2', 'W3', 'W4', 'W5'].map((k) => series.get(k as PeriodKey)).filter((f): f is Figure => !!f);
      const month = series.get('THIS_MONTH') ?? (ctx.period?.months.length === 1 ? series.get(`M${ctx.period.months[0]!}`) : undefined);
      if (weeks.length >= 4 && series.has('W1')) compare(month, weeks, name(NAMES.month), name(NAMES.weeks));
    };
    // The lines of one section (or of a plan's opening, before any heading) form one series: a
    // total in a paragraph, its breakdown in the list after it.
    for (const blocks of [ctx.plan.preamble, ...allSections(ctx.plan.sections).map((s) => s.blocks)]) {
      const series: Series = new Map();
      for (const entry of entriesOf(blocks)) pairsIn(entry.text, entry.line, series);
      check(series);
      for (const block of blocks) if (block.kind === 'table') tableSeries(block).forEach(check);
    }
  },
};
