// A date the plan promises that lies outside the period it covers: a January plan that still
// says "12月12日大促" is usually last month's file copied forward. Dates in a review of the last
// period, or next to 上月/去年/last month, are history and not checked; a date in the first days
// after the period (a report due on the 5th) is allowed.
import type { Lang } from '../../i18n/lang.js';
import { pick, say, type Messages } from '../../i18n/localized.js';
import { normalizeFigures } from '../numbers.js';
import { allSections } from '../outline.js';
import { englishMonth, MONTHS_EN } from '../period.js';
import type { LintRule } from '../rule.js';

const messages = {
  outside: {
    'zh-CN': '日期“{date}”不在计划期间（{period}）内：是否沿用了上一期的内容？',
    en: 'The date "{date}" is outside the plan\'s period ({period}): left over from the last period\'s plan?',
  },
  periodMonths: { 'zh-CN': '{year}{months}月', en: '{months} {year}' },
} satisfies Messages;

const HISTORY_LINE = /基准日|截至|截止|as of|reference date|近\d+个月|over the last|上月|上个月|上期|上季度|上年|去年|同期|同比|环比|往年|历史|曾|已于|last (?:month|quarter|year|period)|previous|prior|a year ago|in \d{4},/i;
const HISTORY_TITLE = /回顾|总结|复盘|上月|上期|完成情况|执行情况|review|previous|last (?:month|quarter|period)|recap|results/i;
// An approval block's dates (编制 / 审核 / 批准) are when the document was signed, not what it plans.
const SIGN_OFF_TITLE = /^(?:审批|审批栏|签批|签字|approval|approvals|sign-?off)$/i;
const EN_MONTH = MONTHS_EN.map((m) => `${m.charAt(0).toUpperCase()}${m.slice(1)}`).join('|') + '|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const DATE = new RegExp(
  [
    String.raw`(?:((?:19|20)\d{2})\s*年\s*)?(1[0-2]|0?[1-9])\s*月\s*(3[01]|[12]\d|0?[1-9])\s*[日号]`,
    String.raw`\b((?:19|20)\d{2})[-/.](1[0-2]|0?[1-9])[-/.](3[01]|[12]\d|0?[1-9])\b`,
    String.raw`\b(${EN_MONTH})\.?\s+(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d{2}))?`,
    String.raw`\b(3[01]|[12]\d|0?[1-9])\s+(${EN_MONTH})\b(?:\s+((?:19|20)\d{2}))?`,
  ].join('|'),
  'g',
);

interface Found {
  year?: number;
  month: number;
  day: number;
}

function read(m: RegExpMatchArray): Found | undefined {
  const n = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  if (m[2]) return { ...(m[1] ? { year: Number(m[1]) } : {}), month: n(m[2])!, day: n(m[3])! };
  if (m[5]) return { year: n(m[4])!, month: n(m[5])!, day: n(m[6])! };
  if (m[7]) {
    const month = englishMonth(m[7]);
    return month ? { ...(m[9] ? { year: Number(m[9]) } : {}), month, day: n(m[8])! } : undefined;
  }
  if (m[11]) {
    const month = englishMonth(m[11]);
    return month ? { ...(m[12] ? { year: Number(m[12]) } : {}), month, day: n(m[10])! } : undefined;
  }
  return undefined;
}

export const dateOutsidePeriod: LintRule = {
  id: 'date-outside-period',
  messages,
  severity: 'warning',
  description: { 'zh-CN': '计划中的日期在计划期间内', en: 'Dates in the plan fall within its period' },
  docs: {
    'zh-CN': '按标题或开头的“计划期间”确定计划覆盖的月份（如 2027年1月、第一季度），其中安排的日期若在期间之外（如一月计划中的“12月12日大促”），给出警告——多半是沿用上一期文件留下的。回顾上期的章节、含“上月、去年、同比”的句子，以及期间结束后 10 天内的日期（如次月 5 日前交总结）不检查。',
    en: 'From the title or the opening "period" line (January 2027, Q1), the months the plan covers; a date outside them (a January plan promising "December 12") is a warning — usually left from the last period\'s file. Sections reviewing the last period, sentences with last month, last year or previous, and dates within 10 days after the period (a report due on the 5th) are not checked.',
  },
  check(ctx) {
    const period = ctx.period;
    if (!period || period.months.length === 0 || period.kind === 'review') return;
    const first = period.months.reduce((a, b) => Math.min(a, b), Infinity);
    const last = period.months.reduce((a, b) => Math.max(a, b), -Infinity);
    const skip = new Set<number>();
    for (const section of allSections(ctx.plan.sections)) {
      const title = normalizeFigures(section.heading.title);
      if (HISTORY_TITLE.test(title) || SIGN_OFF_TITLE.test(title.trim())) for (let l = section.heading.line; l <= section.endLine; l++) skip.add(l);
    }
    const periodText = periodName(ctx.lang, period);
    // The preamble (编制日期, 计划期间 …) is about the document, not what the plan promises.
    const start = ctx.plan.sections[0]?.heading.line ?? ctx.plan.endLine + 1;
    for (let line = start; line <= ctx.plan.endLine; line++) {
      const raw = ctx.outline.lines[line - 1];
      if (!raw || skip.has(line)) continue;
      const text = normalizeFigures(raw);
      for (const m of text.matchAll(DATE)) {
        const date = read(m);
        if (!date) continue;
        const before = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
        if (HISTORY_LINE.test(before) || HISTORY_LINE.test(text) && !/计划|将|安排|plan|will|schedule/i.test(text)) continue;
        const year = date.year ?? period.year;
        let inside: boolean;
        if (period.year && year !== undefined && year !== period.year) {
          // Only the first days of the next year count, after a period ending in December.
          inside = year === period.year + 1 && last === 12 && date.month === 1 && date.day <= 10;
        } else {
          inside = (date.month >= first && date.month <= last) || (date.month === last + 1 && date.day <= 10) || (last === 12 && date.month === 1 && date.day <= 10 && date.year === undefined);
        }
        if (!inside) ctx.report({ line, column: (m.index ?? 0) + 1, endColumn: (m.index ?? 0) + m[0].length + 1, message: messages.outside, params: { date: raw.slice(m.index, (m.index ?? 0) + m[0].length), period: periodText } });
      }
    }
  },
};

/** The period as a reader writes it: 2027年1月, 2027年1–3月, January 2027, Jan–Mar 2027. */
function periodName(lang: Lang, period: { year?: number; months: number[] }): string {
  const first = period.months[0]!;
  const last = period.months[period.months.length - 1]!;
  const en = (m: number) => `${MONTHS_EN[m - 1]!.charAt(0).toUpperCase()}${MONTHS_EN[m - 1]!.slice(1)}`;
  const several = period.months.length > 1;
  return say(lang, messages.periodMonths, {
    year: period.year ? say(lang, { 'zh-CN': '{y}年', en: '{y}' }, { y: period.year }) : '',
    months: pick(lang, { 'zh-CN': several ? `${first}–${last}` : `${first}`, en: several ? `${en(first).slice(0, 3)}–${en(last).slice(0, 3)}` : en(first) }),
  }).trim();
}
