// The plan built once into one document tree (mdast): title, the meta lines, the opening, one
// numbered section per declared section (template prose with tables from code), the closing.
// The Markdown and DOCX writers both render this tree, so they cannot drift apart.
import type { Heading, List, PhrasingContent, RootContent } from 'mdast';
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import type { ReviewFigures } from '../plan/attainment.js';
import type { ValidPlan } from '../plan/validate.js';
import type { Plan } from '../plan/schema.js';
import { formatDate } from '../i18n/format.js';
import { pick, say, type Localized } from '../i18n/localized.js';
import { TemplateAccessError, TemplateEngine, TokenTable } from './templates/engine.js';
import { findTemplate, templateText } from './templates/source.js';
import { precompiledTemplate } from './templates/precompiled.js';
import { missingRequirements, requirementKey } from '../styles/requirements.js';
import type { PresenceKey, SectionDecl, TableId } from '../styles/types.js';
import { parseTemplateOutput } from './markdown-in.js';
import { ALREADY_NUMBERED, headingPrefix } from './numbering.js';
import { TABLES, type TableContext } from './tables/index.js';
import { buildView, makeFormatter, type View } from './view.js';
import { cleanText } from './text.js';
import type { DocMeta, MetaParagraph, PlanDocument, SectionHeading, TitleHeading } from './model.js';
import { chartPlacer } from '../charts/build.js';
import { planYtd, summaryNodes, type SummaryYtd } from './summary.js';
import { actionNodes } from './actions.js';
import { approvalNodes } from './approval.js';
import { languageNote } from './language-note.js';
import { explainedUnit } from '../i18n/units.js';

export type { DocMeta, PlanDocument } from './model.js';

export interface BuildOptions {
  draft?: boolean;
  /** A folder of user templates (--templates). */
  templatesDir?: string;
  /** YYYY-MM-DD, used when the plan has no org.date. */
  today?: string;
  /** A review (`salesplan review`): the period's actuals against the plan. */
  review?: ReviewFigures;
  /** false: no charts (--no-charts); else the plan's `charts:` setting decides. */
  charts?: boolean;
  /** false turns a director's part off (--no-summary …); else the plan's `document:` setting decides. */
  parts?: Partial<Record<DirectorPart, boolean>>;
  /** The year-to-date position for the summary, when the derived figures have one. */
  ytd?: SummaryYtd;
}

export type DirectorPart = 'summary' | 'actions' | 'approval';

/** Each part is on unless the command line or the plan turns it off; reviews keep their own shape. */
function partsOn(plan: Plan, options: BuildOptions): Record<DirectorPart, boolean> {
  const on = (part: DirectorPart) => !options.review && options.parts?.[part] !== false && plan.document?.[part] !== false;
  return { summary: on('summary'), actions: on('actions'), approval: on('approval') };
}

const engine = new TemplateEngine();

export function todayIso(): string {
  const fixed = process.env.SALESPLAN_TODAY;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function deepClean<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map(deepClean) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = deepClean(v);
    return out as T;
  }
  return value;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** The user's replacement text: blank lines separate paragraphs, "- " lines are bullets. */
function overrideNodes(source: string): RootContent[] {
  const out: RootContent[] = [];
  for (const block of source.split(/\n\s*\n/)) {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    let paragraph: string[] = [];
    let list: List | undefined;
    const flush = () => {
      if (paragraph.length) out.push({ type: 'paragraph', children: [text(paragraph.join('\n'))] });
      paragraph = [];
    };
    for (const line of lines) {
      const bullet = /^(?:[-*•·]\s+)(.*)$/.exec(line);
      if (bullet) {
        flush();
        if (!list) {
          list = { type: 'list', ordered: false, spread: false, children: [] };
          out.push(list);
        }
        list.children.push({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(bullet[1]!)] }] });
      } else {
        list = undefined;
        paragraph.push(line);
      }
    }
    flush();
  }
  return out;
}

function bulletList(items: readonly string[]): List {
  return {
    type: 'list', ordered: false, spread: false,
    children: items.map((item) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(item)] }] })),
  };
}

/** Numbers the headings of a section body: sub-sections (（一）/1.1) and items (1./1.1.1). */
function numberSubheadings(nodes: RootContent[], lang: Lang, sectionNumber: number): void {
  const counters = [sectionNumber, 0, 0, 0];
  for (const node of nodes) {
    if (node.type !== 'heading') continue;
    // Templates write ### for sub-sections; anything shallower is treated as a sub-section too.
    const level = Math.max(2, Math.min(4, node.depth - 1)); // 2 = sub-section
    node.depth = (level + 1) as Heading['depth'];
    counters[level - 1]! += 1;
    for (let i = level; i < counters.length; i++) counters[i] = 0;
    const first = node.children[0];
    const already = first?.type === 'text' && ALREADY_NUMBERED.test(first.value);
    if (already) continue;
    const prefix = headingPrefix(lang, counters.slice(0, level));
    if (first?.type === 'text') first.value = prefix + first.value;
    else node.children.unshift(text(prefix));
  }
}

const META_LABELS: Localized<{ org: string; author?: string; approver: string; date: string; period: string; unit: string; colon: string }> = {
  'zh-CN': { org: '编制单位', author: '编制人', approver: '审批人', date: '编制日期', period: '计划期间', unit: '金额单位', colon: '：' },
  en: { org: 'Prepared by', approver: 'Approved by', date: 'Date', period: 'Period', unit: 'Currency unit', colon: ': ' },
};

function metaParagraph(meta: DocMeta, view: View & { currency?: string }): MetaParagraph {
  const labels = pick(meta.lang, META_LABELS);
  // English names the preparer and the organisation on one line; Chinese gives each its own.
  const fields: Array<[string, string | undefined]> = labels.author
    ? [[labels.org, view.org.name], [labels.author, meta.author]]
    : [[labels.org, [view.org.name, meta.author].filter(Boolean).join(' — ') || undefined]];
  fields.push([labels.approver, meta.approver], [labels.date, formatDate(meta.date, meta.lang)], [labels.period, meta.period], [labels.unit, explainedUnit(meta.lang, meta.unit, view.currency)]);
  const children: PhrasingContent[] = [];
  for (const [name, value] of fields) {
    if (!value) continue;
    if (children.length) children.push({ type: 'break' });
    children.push({ type: 'strong', children: [text(name)] }, text(`${labels.colon}${value}`));
  }
  return { type: 'paragraph', children, data: { role: 'meta' } };
}

export function buildDocument(valid: ValidPlan, options: BuildOptions = {}): PlanDocument {
  const { style, lang, derived } = valid;
  const plan: Plan = deepClean(valid.plan);
  const draft = options.draft ?? false;
  const today = options.today ?? todayIso();
  const view = buildView(plan, derived, style, lang, { draft, today, ...(options.review ? { review: options.review } : {}) });
  const missing = draft ? new Set(missingRequirements(plan, style).map((m) => requirementKey(m.requirement))) : new Set<string>();
  const tableContext: TableContext = { plan, derived, lang, f: makeFormatter(lang, derived), missing, ...(options.review ? { review: options.review } : {}) };
  // Each table followed by the charts that summarise it.
  const chartsAfter = chartPlacer({ plan, derived, lang, enabled: options.charts, ...(options.review ? { review: options.review } : {}) });
  const placeTable = (id: TableId, section?: SectionDecl): RootContent[] | undefined => {
    const table = TABLES[id]?.(tableContext);
    // The tables the section's declaration places after this one (styles/types.ts, `follow`).
    const followers = (section?.follow?.[id] ?? []).flatMap((next) => placeTable(next) ?? []);
    const own = table ? [...(Array.isArray(table) ? table : [table]), ...chartsAfter(id)] : [];
    return own.length || followers.length ? [...own, ...followers] : undefined;
  };

  const meta: DocMeta = {
    title: plan.title ?? style.title[lang].replace('{period}', view.period),
    lang,
    kind: plan.kind,
    style: style.id,
    styleName: style.name[lang],
    period: view.period,
    date: view.org.date,
    unit: derived.unit,
  };
  if (plan.org.company) meta.company = plan.org.company;
  if (plan.org.department) meta.department = plan.org.department;
  if (plan.org.author) meta.author = plan.org.author;
  if (plan.org.approver) meta.approver = plan.org.approver;
  if (plan.docx) meta.docx = plan.docx;

  // One token table for the document: the view is tokenised once, not again for every section
  // (each section's tokens are added to the same table, and each section decodes only its own).
  const tokens = new TokenTable();
  let tokenView: typeof view | undefined;
  const render = (name: string, section: SectionDecl | undefined, tables: readonly TableId[]): RootContent[] => {
    const source = findTemplate(name, lang, options.templatesDir);
    const sectionData = section
      ? { ...tokens.tokenize({ id: section.id, title: section.title[lang] }), tables: Object.fromEntries(tables.map((id) => [id, true])) }
      : undefined;
    tokenView ??= tokens.tokenize(view);
    const context = { ...tokenView, section: sectionData };
    let markdown: string;
    try {
      const spec = source.builtinName ? precompiledTemplate(source.builtinName) : undefined;
      markdown = engine.render(engine.compile(source.key, source.source, spec), context, tokens, tables, lang);
    } catch (error) {
      if (source.builtin) throw error;
      if (error instanceof TemplateAccessError) {
        throw new UserError(say(lang, templateText.access, { file: source.path, property: error.property }), ExitCode.usage);
      }
      const detail = (error as Error).message.split('\n').slice(0, 4).join('\n');
      throw new UserError(say(lang, templateText.error, { file: source.path, detail }), ExitCode.usage);
    }
    return parseTemplateOutput(markdown, tokens, (id) => placeTable(id as TableId, section));
  };

  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [text(meta.title)], data: { role: 'title' } } satisfies TitleHeading,
    metaParagraph(meta, { ...view, ...(derived.settings.currency ? { currency: derived.settings.currency } : {}) }),
  ];
  const note = languageNote(plan, lang);
  if (note) children.push(note);
  children.push(...render(style.intro, undefined, []));
  // The pages a director reads first: the summary and the action list, before the first section.
  const parts = partsOn(plan, options);
  const withYtd = (ytd: SummaryYtd | undefined) => (ytd ? { ytd } : {});
  if (parts.summary) children.push(...summaryNodes({ plan, derived, lang, f: tableContext.f, ...withYtd(options.ytd ?? planYtd(derived)) }));
  if (parts.actions) children.push(...actionNodes(plan, lang));

  const present: Record<PresenceKey, boolean> = {
    products: plan.products.length > 0,
    channels: plan.channels.length > 0,
    team: plan.team.length > 0,
    metrics: plan.targets.metrics.length > 0,
  };
  const sections = style.sections.filter((s) => !s.onlyWith || present[s.onlyWith]);
  sections.forEach((section, index) => {
    const number = index + 1;
    const prefix = headingPrefix(lang, [number]);
    children.push({ type: 'heading', depth: 2, children: [text(`${prefix}${section.title[lang]}`)], data: { sectionId: section.id } } satisfies SectionHeading);
    const override = plan.sections[section.id];
    const body = override?.text ? overrideNodes(override.text) : render(section.template, section, section.tables ?? []);
    if (override?.text) {
      // Replaced prose keeps the section's tables, in their declared order.
      for (const id of section.tables ?? []) {
        body.push(...(placeTable(id, section) ?? []));
      }
    }
    numberSubheadings(body, lang, number);
    for (const node of body) children.push(node);
    if (override?.bullets?.length) children.push(bulletList(override.bullets));
  });

  children.push(...(plan.closing ? overrideNodes(plan.closing) : render(style.closing, undefined, [])));
  if (parts.approval) children.push(...approvalNodes({ ...plan, org: { ...plan.org, date: meta.date } }, lang));
  return { meta, tree: { type: 'root', children } };
}
