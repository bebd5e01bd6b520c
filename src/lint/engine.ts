// Linting one file: read it into an outline (by format), split it into plans, find each plan's
// style (given or detected), run the rules, apply the configuration and the inline disable
// comments, and, with --fix, add the missing sections of a Markdown plan.
import { extname } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { say, type Localized } from '../i18n/localized.js';
import { readInputBytes, writeFileAtomic } from '../io/files.js';
import { docxProblem } from '../ooxml/read.js';
import type { Severity } from '../report/diagnostic.js';
import { DOCUMENT_STYLES, findStyle } from '../styles/registry.js';
import type { StyleDecl } from '../styles/types.js';
import { placeholderPatterns, type LintConfig } from './config.js';
import { assignSections, detectStyle, headingLang, styleScore, type ExtraSynonyms } from './match.js';
import type { Format, Outline } from './outline.js';
import { planPeriod, type Period } from './period.js';
import { engineText } from './messages.js';
import { readerFor } from './readers/index.js';
import { readMarkdown } from './readers/markdown.js';
import type { Fix } from './rule.js';
import { RULES } from './rules/index.js';
import { DEFAULT_PLACEHOLDERS } from './rules/placeholder.js';

export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endColumn?: number;
  /** "篇一" when the file holds several plans. */
  plan?: string;
  fix?: Fix;
}

export interface PlanSummary {
  label?: string;
  title?: string;
  startLine: number;
  style: string;
  styleName: string;
  score: number;
  matched: number;
  required: number;
  /** True when the style was given (--style or config), not detected. */
  given: boolean;
  /**
   * The plan reads as its style (score at or above CONFIDENCE, or the style was given). When
   * false, `style` is `none`, `closest` names the best match, and no outline is required.
   */
  confident: boolean;
  closest?: string;
  /** The kind read from the title and period words, or from the style. */
  kind: string;
  period?: Period;
}

export interface LintResult {
  file: string;
  format: Format;
  /** The language the messages are written in. */
  lang: Lang;
  plans: PlanSummary[];
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  /** Sections added by --fix. */
  fixed: number;
}

export interface LintOptions {
  /** Messages' language (and the language of errors reading the file). */
  lang: Lang;
  /**
   * Neither --lang nor the environment named a language: messages are written in the language
   * of the document being checked (an English plan gets English messages).
   */
  documentLang?: boolean;
  style?: string;
  kind?: string;
  config: LintConfig;
  fix?: boolean;
}

function readOutline(file: string, lang: Lang): Outline {
  if (extname(file).toLowerCase() === '.doc') throw new UserError(say(lang, engineText.oldDoc, { file }), ExitCode.usage);
  const bytes = readInputBytes(file, lang, { maxBytes: 50 * 1024 * 1024 });
  const reader = readerFor(file, bytes);
  // A file named .docx that is not a zip: say what it is (an old .doc renamed, a damaged file).
  if (!reader.binary && /\.docx$/i.test(file)) throw new UserError(say(lang, docxProblem(bytes), { file }), ExitCode.usage);
  return reader.read(bytes, file, lang);
}

function candidateStyles(kind: string | undefined): readonly StyleDecl[] {
  const styles = DOCUMENT_STYLES.filter((s) => !kind || s.kind === kind);
  return styles.length ? styles : DOCUMENT_STYLES;
}

/**
 * The score at which a plan is taken to follow a built-in style, chosen from the corpus
 * (tests/fixtures/lint-corpus; the figures are in docs/rules.md): plans written to a style score
 * 0.70 and more (a plan with two of seven sections missing), plans in other formats 0.63 and
 * less (a company format whose titles match four of a style's six sections by synonym).
 */
export const CONFIDENCE = 0.66;

const noStyle = {
  'zh-CN': '不属于任何内置风格（最接近：{closest}），按所有计划的通用要求检查',
  en: 'no built-in style (closest: {closest}), checked for what every plan needs',
} satisfies Localized;

function synonymsOf(config: LintConfig): ExtraSynonyms {
  return config.synonyms;
}

export function lintOutline(outline: Outline, options: LintOptions): LintResult {
  const { config } = options;
  const lang = options.documentLang ? outline.lang : options.lang;
  const synonyms = synonymsOf(config);
  const patterns = [...DEFAULT_PLACEHOLDERS, ...placeholderPatterns(config)];
  const result: LintResult = { file: outline.file, format: outline.format, lang, plans: [], messages: [], errorCount: 0, warningCount: 0, fixed: 0 };
  const givenStyle = options.style ?? config.style;

  for (const plan of outline.plans) {
    // The kind from the title and period words first; the sections decide only among its styles.
    const period = planPeriod(plan);
    const kind = options.kind ?? period?.kind;
    const detection = givenStyle ? styleScore(plan, findStyle(givenStyle)!, synonyms) : detectStyle(plan, synonyms, candidateStyles(kind));
    const style = detection.style;
    const confident = !!givenStyle || detection.score >= CONFIDENCE;
    const assignment = assignSections(plan, style, synonyms);
    const summary: PlanSummary = {
      startLine: plan.startLine, style: confident ? style.id : 'none',
      styleName: confident ? style.name[lang] : say(lang, noStyle, { closest: style.name[lang] }), score: detection.score,
      matched: detection.matched, required: detection.required, given: !!givenStyle, confident, kind: kind ?? style.kind,
    };
    if (!confident) summary.closest = style.id;
    if (period) summary.period = period;
    if (plan.label) summary.label = plan.label;
    if (plan.title) summary.title = plan.title.title;
    result.plans.push(summary);

    for (const rule of RULES) {
      const setting = config.rules[rule.id];
      if (setting === 'off') continue;
      const severity: Severity = setting ?? rule.severity;
      rule.check({
        outline, plan, lang, docLang: headingLang(plan, outline.lang), style, confident, detection, assignment, synonyms, placeholders: patterns,
        ...(period ? { period } : {}),
        report(report) {
          const off = outline.disabled.get(report.line);
          if (off === 'all' || off?.has(rule.id)) return;
          const message: LintMessage = {
            ruleId: rule.id, severity, message: say(lang, report.message, report.params), line: report.line, column: report.column ?? 1,
          };
          if (report.endColumn) message.endColumn = report.endColumn;
          if (plan.label) message.plan = plan.label;
          if (report.fix) message.fix = report.fix;
          result.messages.push(message);
        },
      });
    }
  }
  result.messages.sort((a, b) => a.line - b.line || a.column - b.column);
  result.errorCount = result.messages.filter((m) => m.severity === 'error').length;
  result.warningCount = result.messages.length - result.errorCount;
  return result;
}

/** Adds the fixable sections to the Markdown lines, last first so earlier line numbers hold. */
function applyFixes(lines: readonly string[], messages: readonly LintMessage[]): { text: string; count: number } {
  // Last first, so earlier line numbers hold; at one place, later sections first, so each lands
  // before the ones after it.
  const fixes = messages
    .map((m, order) => ({ fix: m.fix, order }))
    .filter((f): f is { fix: Fix; order: number } => !!f.fix)
    .sort((a, b) => b.fix.afterLine - a.fix.afterLine || b.order - a.order)
    .map((f) => f.fix);
  const out = [...lines];
  for (const fix of fixes) out.splice(fix.afterLine, 0, ...fix.text.replace(/\n$/, '').split('\n'));
  return { text: out.join('\n'), count: fixes.length };
}

export function lintFile(file: string, options: LintOptions): LintResult {
  const outline = readOutline(file, options.lang);
  const result = lintOutline(outline, options);
  if (!options.fix || !result.messages.some((m) => m.fix)) return result;
  if (outline.format !== 'md') return result;
  const { text, count } = applyFixes(outline.lines, result.messages);
  writeFileAtomic(file, text, options.lang, { force: true, replaceInput: true });
  const after = lintOutline(readMarkdown(text, file), options);
  return { ...after, fixed: count };
}
