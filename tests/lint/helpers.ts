// Lint helpers for tests: lint text as a given format, with the default config.
import { EMPTY_CONFIG, type LintConfig } from '../../src/lint/config.js';
import { lintOutline, type LintResult } from '../../src/lint/engine.js';
import { readMarkdown } from '../../src/lint/readers/markdown.js';
import { readText } from '../../src/lint/readers/text.js';

export function lintMarkdown(source: string, options: { style?: string; config?: LintConfig; lang?: 'zh-CN' | 'en' } = {}): LintResult {
  return lintOutline(readMarkdown(source, 'plan.md'), { lang: options.lang ?? 'zh-CN', config: options.config ?? EMPTY_CONFIG, ...(options.style ? { style: options.style } : {}) });
}

export function lintText(source: string, options: { style?: string; lang?: 'zh-CN' | 'en' } = {}): LintResult {
  return lintOutline(readText(source, 'plan.txt'), { lang: options.lang ?? 'zh-CN', config: EMPTY_CONFIG, ...(options.style ? { style: options.style } : {}) });
}

export const ruleIds = (result: LintResult) => result.messages.map((m) => m.ruleId);
