// "Only what the plan says": a built-in template may not write a figure, deadline, frequency or
// service level into its own text ("两个工作日内", "24 hours", "每周五17:00", "三成"). Such a
// promise is the company's to make; when the plan gives it, the template prints the plan's value
// through an expression, and when it does not, the document does not state one. This test reads
// each template's literal text (Handlebars content, not expressions or helper arguments) and
// fails on every figure or time word next to a unit of time, share or count.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', 'templates');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.hbs') ? [join(dir, e.name)] : [],
  );
}

/** The literal text of a template: what it writes itself, outside every {{…}}. */
export function literalText(source: string): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly hbs.AST.Node[]) => {
    for (const node of nodes) {
      if (node.type === 'ContentStatement') out.push((node as hbs.AST.ContentStatement).value);
      else if (node.type === 'BlockStatement') {
        const b = node as hbs.AST.BlockStatement;
        walk(b.program?.body ?? []);
        if (b.inverse) walk(b.inverse.body);
      }
    }
  };
  walk(Handlebars.parse(source).body);
  return out;
}

const ZH_NUM = '(?:\\d+(?:[.:：]\\d+)?|[零一二两三四五六七八九十百千万半几]+)';
const ZH_UNIT = '(?:个)?(?:小时|工作日|天|日|分钟|周|月|%|％|成|家|次|倍|百分点|人|份|年|点)';
const EN_NUM = '(?:\\d+(?:[.:]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|half an?|a|an)';
const EN_UNIT = '(?:hours?|working days?|business days?|days?|minutes?|weeks?|months?|years?|%|per ?cent|percentage points?|times)';

/** Figures and time words a template may not write: a number with a unit, or a fixed frequency. */
export const FIGURE_PATTERNS: RegExp[] = [
  new RegExp(`${ZH_NUM}\\s*${ZH_UNIT}`, 'g'),
  /\d/g,
  /每(?:周|天|日|两周|半月|双周|季度?)|按[周日天]|当天|当日|次日|隔周|周[一二三四五六日]|月中|\d+\s*[:：]\s*\d+/g,
  new RegExp(`\\b${EN_NUM}[\\s-]+${EN_UNIT}\\b`, 'gi'),
  /\b(?:first|second|third) (?:week|working day)\b|\b(?:weekly|daily|fortnightly|bi-?weekly|hourly|same[- ]day|next[- ]day|twice|once an?|every (?:week|day|month|quarter|other)|mid-month|Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?)\b/gi,
];

/**
 * Forms that look like figures and are not commitments, each with why. Kept tiny on purpose.
 */
export const ALLOWED: Array<{ pattern: RegExp; why: string }> = [
  { pattern: /100%(?=(?:或以上|或更高)?记为达成| or more has met)/g, why: 'the definition of a met target in a review, not a promise' },
  { pattern: /[上下]半年/g, why: 'the halves of a year in an annual plan are period names, not promises' },
  { pattern: /\b(?:daily|weekly)(?=(?:, weekly)? (?:and monthly )?reports?\b)/gi, why: 'the names of report kinds (日报、周报 in Chinese, which the scan does not flag); when each is due is not stated' },
];

/** Every disallowed figure in a template's literal text. */
export function figuresIn(source: string): string[] {
  const found: string[] = [];
  for (const literal of literalText(source)) {
    const text = ALLOWED.reduce((t, a) => t.replace(a.pattern, ' '), literal);
    for (const pattern of FIGURE_PATTERNS) for (const m of text.matchAll(pattern)) found.push(m[0]);
  }
  return [...new Set(found)];
}

const all = files(ROOT).map((f) => relative(ROOT, f)).sort();

describe('built-in templates state no figures of their own', () => {
  it('the scan finds figures and time words planted in template text, not in expressions', () => {
    expect(figuresIn('合同审批在两个工作日内完成，偏差连续两周超过15%。')).toEqual(expect.arrayContaining(['两个工作日', '两周', '15%']));
    expect(figuresIn('过程指标占考核的三成，投诉24小时出方案，第7天回访。')).toEqual(expect.arrayContaining(['三成', '24小时', '7天']));
    expect(figuresIn('周报每周五17:00前提交')).toEqual(expect.arrayContaining(['每周', '17:00']));
    expect(figuresIn('Replies within 48 hours; a solution within two working days; reviewed weekly.')).toEqual(expect.arrayContaining(['48 hours', 'two working days', 'weekly']));
    expect(figuresIn('{{targets.grossMargin}}，{{#if x}}{{join list "；"}}{{/if}}提升{{metric.nps.change}}个百分点')).toEqual([]);
    expect(figuresIn('上半年与下半年')).toEqual([]);
    expect(figuresIn('Daily, weekly and monthly reports; the weekly report')).toEqual([]);
    expect(figuresIn('reviewed weekly')).toEqual(['weekly']);
  });

  it.each(all)('%s writes no figure into its own text', (file) => {
    expect(figuresIn(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });
});
