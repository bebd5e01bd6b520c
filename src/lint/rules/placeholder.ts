// Unfilled placeholders left from a template: XX万元, X%, X家, ××, ____, 【待填】, TBD, TODO.
import { q } from '../../i18n/t.js';
import type { Messages } from '../../i18n/localized.js';
import { normalizeFigures } from '../numbers.js';
import type { LintRule } from '../rule.js';
import { BLANK_UNDERSCORE } from './blank-figure.js';

export const DEFAULT_PLACEHOLDERS: readonly RegExp[] = [
  // X or XX standing alone: not part of a word or a model number (X1, Xbox, 3x).
  /(?<![A-Za-z0-9_])(?:[XxＸｘ]{2,}|[XＸ])(?![A-Za-z0-9_])/g,
  /[×✕]{2,}/g,
  /_{3,}|＿{2,}/g,
  /【\s*待[填定补][写充]?\s*】|\[\s*(?:TBD|TODO)\s*\]/gi,
  /(?<![A-Za-z])(?:TBD|TODO)(?![A-Za-z])/g,
  /待填写|待补充/g,
  /[?？]{3,}/g,
];

/**
 * A single letter standing as a name, not a blank: 产品X, 型号Y, X公司, Product X, Company X
 * (anonymised examples are written this way). "X%", "X家" and "XX万元" stay placeholders.
 */
const NAMED_BEFORE = /(?:产品|型号|机型|款|品牌|客户|公司|项目|方案|地区|区域|城市|门店|竞品|对手|品类|系列|(?:product|model|brand|customer|client|company|project|region|competitor|vendor|partner|account|plan|option|store|city)\s)$/i;
const NAMED_AFTER = /^(?:公司|集团|品牌|牌|型|系列|款|客户|项目|产品|门店|地区|市|省(?!份)|\s(?:company|corp|inc|brand|product|model|project|region))/i;

const UNIT = /^(?:个百分点|万元|元|家|个|人|天|小时|月|日|周|年|季度|次|项|倍|分|名|省|市|%|％)/;

const messages = {
  placeholder: {
    'zh-CN': '占位符 {text} 尚未填写，请填入实际内容。',
    en: 'The placeholder {text} has not been filled in.',
  },
} satisfies Messages;

export const placeholder: LintRule = {
  id: 'placeholder',
  messages,
  severity: 'error',
  description: { 'zh-CN': '没有未填写的占位符', en: 'No placeholder is left unfilled' },
  docs: {
    'zh-CN': '查找模板留下的占位符：XX、X%、X家、××、____、【待填】、TBD、TODO 等；可在 .salesplanrc.yaml 的 placeholders 中补充自己的写法。',
    en: 'Finds placeholders left from a template: XX, X%, X家, ××, ____, [TBD], TBD, TODO…; add your own in .salesplanrc.yaml under placeholders.',
  },
  check(ctx) {
    const { outline, plan } = ctx;
    for (let line = plan.startLine; line <= plan.endLine; line++) {
      const text = outline.lines[line - 1];
      if (!text || /^\s*<!--.*-->\s*$/.test(text)) continue;
      // Patterns overlap ([TBD] and TBD): the first, longest match at a place wins.
      const found: Array<{ start: number; text: string }> = [];
      // Underscores for a figure ($____, ___%) are blank-figure's; a letter naming something is not a blank.
      const blanks = [...normalizeFigures(text).matchAll(BLANK_UNDERSCORE)].map((m) => [m.index, m.index + m[0].length] as const);
      for (const pattern of ctx.placeholders) {
        for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
          const start = match.index ?? 0;
          if (!match[0] || blanks.some(([a, b]) => start < b && start + match[0].length > a)) continue;
          if (/^[A-Za-zＸｘ]$/.test(match[0]) && !UNIT.test(text.slice(start + 1)) && (NAMED_BEFORE.test(text.slice(0, start)) || NAMED_AFTER.test(text.slice(start + 1)))) continue;
          found.push({ start, text: match[0] });
        }
      }
      found.sort((a, b) => a.start - b.start || b.text.length - a.text.length);
      let covered = -1;
      for (const { start, text: placeholder } of found) {
        if (start < covered) continue;
        covered = start + placeholder.length;
        // Reported with the unit after it, as a reader sees it: "XX万元".
        const unit = UNIT.exec(text.slice(covered))?.[0] ?? '';
        ctx.report({ line, column: start + 1, endColumn: covered + 1 + unit.length, message: messages.placeholder, params: { text: q(ctx.lang, placeholder + unit) } });
      }
    }
  },
};
