// Every section the plan's style requires is present, matched through titles, synonyms and
// keyword overlap. With --fix, a missing section is added as a skeleton at its place.
import { headingPrefix } from '../../document/numbering.js';
import { say, type Localized, type Messages } from '../../i18n/localized.js';
import type { LintRule } from '../rule.js';

const messages = {
  missingSection: {
    'zh-CN': '缺少{style}计划的“{section}”章节（第{position}部分，应写明：{summary}）。',
    en: 'The "{section}" section of a {style} plan is missing (part {position}; it covers {summary}).',
  },
} satisfies Messages;

/** The body --fix writes under a section it adds, in the document's language. */
const skeleton: Localized = { 'zh-CN': '【待填】{summary}。', en: '[TBD] {summary}.' };

export const requiredSections: LintRule = {
  id: 'required-sections',
  messages,
  severity: 'error',
  description: { 'zh-CN': '计划包含其风格要求的全部章节', en: 'The plan has every section its style requires' },
  docs: {
    'zh-CN': '按指定（--style）或识别出的风格，逐一查找每个必需章节；标题不必一字不差，同义标题（如“销售目标”之于“本月销售目标与分解”）和繁体字都可以。--fix 会在 Markdown 中按顺序补上缺少章节的骨架。',
    en: 'Looks for each section the given (--style) or detected style requires; titles need not be exact — synonyms (e.g. "Sales targets") and traditional characters match. --fix adds a skeleton for each missing section to a Markdown file, in order.',
  },
  check(ctx) {
    // A plan in a format of its own is not held to a built-in outline unless one is asked for.
    if (!ctx.confident) return;
    const { plan, style, assignment, outline } = ctx;
    const declared = style.sections;
    const headingMarks = outline.format === 'md' ? /^(#+)\s/.exec(outline.lines[(plan.sections[0]?.heading.line ?? 1) - 1] ?? '')?.[1] ?? '##' : '';
    declared.forEach((decl, index) => {
      if (decl.required === false || assignment.has(decl.id)) return;
      const before = declared.slice(0, index).reverse().map((d) => assignment.get(d.id)).find(Boolean);
      const after = declared.slice(index + 1).map((d) => assignment.get(d.id)).find(Boolean);
      const afterLine = before ? before.section.endLine : after ? after.section.heading.line - 1 : plan.endLine;
      const title = `${headingPrefix(ctx.docLang, [index + 1])}${decl.title[ctx.docLang]}`;
      const body = say(ctx.docLang, skeleton, { summary: decl.summary[ctx.docLang] });
      ctx.report({
        line: plan.title?.line ?? plan.startLine,
        message: messages.missingSection,
        params: { style: style.name[ctx.lang], section: decl.title[ctx.lang], position: index + 1, summary: decl.summary[ctx.lang] },
        ...(outline.format === 'md' ? { fix: { afterLine, text: `\n${headingMarks} ${title}\n\n${body}\n` } } : {}),
      });
    });
  },
};
