// The default report: grouped by file (and by plan when a file holds several), one line per
// problem with line:column, severity, message and rule id, then a summary. Colour only here.
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../i18n/lang.js';
import { displayWidth } from '../../i18n/width.js';
import { t } from '../../i18n/t.js';
import type { FileOutcome } from './types.js';

const WORD = { error: { 'zh-CN': '错误', en: 'error' }, warning: { 'zh-CN': '警告', en: 'warning' } } as const;
const SEVERITY_WIDTH = { 'zh-CN': 4, en: 7 } as const;

export function formatStylish(outcomes: readonly FileOutcome[], lang: Lang, color: ChalkInstance, options: { quiet?: boolean } = {}): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const { file, result, failure } of outcomes) {
    if (failure) {
      errors++;
      out.push(`${color.underline(file)}`, `  ${color.red.bold(WORD.error[lang])}  ${failure}`, '');
      continue;
    }
    if (!result) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    const shown = options.quiet ? result.messages.filter((m) => m.severity === 'error') : result.messages;
    if (options.quiet && shown.length === 0) continue;
    const where = result.format === 'docx' ? (lang === 'zh-CN' ? '（位置为段落序号）' : ' (positions are paragraph numbers)') : '';
    out.push(color.underline(file) + color.dim(where));
    for (const plan of result.plans) {
      const label = [plan.label, plan.title].filter(Boolean).join(' ');
      const detail = t(lang, plan.given ? 'lint.given' : 'lint.detected', {
        style: plan.styleName, matched: plan.matched, required: plan.required, score: plan.score.toFixed(2),
      });
      if (!options.quiet) out.push(color.dim(`  ${label ? `${label}${lang === 'zh-CN' ? '：' : ': '}` : ''}${detail}`));
      const messages = shown.filter((m) => m.plan === plan.label);
      const width = messages.reduce((w, m) => Math.max(w, `${m.line}:${m.column}`.length), 0);
      for (const m of messages) {
        const pos = `${m.line}:${m.column}`.padEnd(width);
        const word = WORD[m.severity][lang];
        const severity = (m.severity === 'error' ? color.red : color.yellow)(word + ' '.repeat(Math.max(0, SEVERITY_WIDTH[lang] - displayWidth(word))));
        out.push(`  ${color.dim(pos)}  ${severity}  ${m.message}  ${color.dim(m.ruleId)}`);
      }
    }
    if (result.messages.length === 0 && !options.quiet) out.push(color.green(`  ${t(lang, 'lint.clean')}`));
    out.push('');
  }
  const files = outcomes.length;
  const summary = t(lang, 'lint.summary', { files, errors, warnings });
  out.push(errors ? color.red.bold(`✖ ${summary}`) : warnings ? color.yellow.bold(`⚠ ${summary}`) : color.green.bold(`✔ ${summary}`));
  return out.join('\n');
}
