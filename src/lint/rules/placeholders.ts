// Unfilled placeholders left from a template: XX万元, X%, X家, ××, ____, 【待填】, TBD, TODO.
import { q } from '../../i18n/t.js';
import type { LintRule } from '../rule.js';

export const DEFAULT_PLACEHOLDERS: readonly RegExp[] = [
  /(?<![A-Za-z0-9_])(?:[XxＸｘ]{2,}|[XＸ])(?=[\s%％万元家个人天小时项次位件户份月日年点周倍]|[,，。；;:：、)）\]】]|$)/g,
  /[×✕]{2,}/g,
  /_{3,}|＿{2,}/g,
  /【\s*待[填定补][写充]?\s*】|\[\s*(?:TBD|TODO)\s*\]/gi,
  /(?<![A-Za-z])(?:TBD|TODO)(?![A-Za-z])/g,
  /待填写|待补充/g,
  /[?？]{3,}/g,
];

export const placeholders: LintRule = {
  id: 'placeholder',
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
      const seen = new Set<number>();
      for (const pattern of ctx.placeholders) {
        for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
          const column = (match.index ?? 0) + 1;
          if (seen.has(column) || !match[0]) continue;
          seen.add(column);
          // Report the placeholder with the unit after it, as a reader sees it: "XX万元".
          const unit = /^(?:个百分点|万元|元|家|个|人|天|小时|月|日|周|年|次|项|倍|分|名|%|％)/.exec(text.slice(column - 1 + match[0].length))?.[0] ?? '';
          ctx.report({ line, column, endColumn: column + match[0].length + unit.length, message: 'lint.placeholder', params: { text: q(ctx.lang, match[0] + unit) } });
        }
      }
    }
  },
};
