// Properties of the whole pipeline, over plans fast-check makes up for every style and kind, in
// both languages, with awkward names: every valid plan generates Markdown and DOCX that lint clean
// as the plan's own style, with the same sections in both; and deleting any required key from
// such a plan gives an error located in the file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { buildDocument } from '../../src/document/build.js';
import { EMPTY_CONFIG } from '../../src/lint/config.js';
import { lintOutline } from '../../src/lint/engine.js';
import { readDocx } from '../../src/lint/readers/docx.js';
import { readMarkdown } from '../../src/lint/readers/markdown.js';
import { METRICS, type MetricId } from '../../src/plan/metrics.js';
import { Plan as PlanSchema } from '../../src/plan/schema.js';
import { schemaAt, unwrap } from '../../src/plan/schema-walk.js';
import { validateText } from '../../src/plan/validate.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { STYLES } from '../../src/styles/registry.js';
import type { PathSegment } from '../../src/report/diagnostic.js';
import { DIRECTOR_TITLES } from '../examples.js';

/** Names that have broken Markdown writers and table parsers before. */
const NAME = fc.constantFrom('旗舰款 S9', 'A|B 组合', '#1 热销', '产品*星标*', '`代码`', '<b>加粗</b>', 'Pro [2027]', '云服务（年付）', 'Alpha & Omega', '华东 / 华南', 'Über-Set', '1. 首选');
const WORD = fc.constantFrom('重点客户拜访', 'weekly pipeline review', '展会跟进', '价格保护', 'renewal calls', '渠道培训', '售后回访');

/** Money in whole units, and a split of it that adds up (the rest is an "other" line). */
const plan = fc
  .record({
    styleIndex: fc.nat({ max: STYLES.length - 1 }),
    lang: fc.constantFrom('zh-CN', 'en'),
    revenue: fc.integer({ min: 100, max: 5_000_000 }),
    growth: fc.integer({ min: -30, max: 60 }),
    productNames: fc.uniqueArray(NAME, { minLength: 1, maxLength: 5 }),
    productCuts: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 5, maxLength: 5 }),
    teamSize: fc.integer({ min: 1, max: 6 }),
    fixedFirst: fc.boolean(),
    riskCount: fc.integer({ min: 1, max: 4 }),
    words: fc.array(WORD, { minLength: 1, maxLength: 3 }),
    withChannels: fc.boolean(),
    withBudget: fc.boolean(),
    split: fc.constantFrom('even', 'weights', 'history'),
    weights: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 12, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
  })
  .map((r) => {
    const style = STYLES[r.styleIndex]!;
    const requirements = style.sections.flatMap((s) => s.requires ?? []);
    const revenue = r.revenue;
    // Product lines take up to 90% between them; an "other" line takes the rest.
    let left = Math.floor(revenue * 0.9);
    const products: Record<string, unknown>[] = r.productNames.map((name, i) => {
      const amount = Math.max(0, Math.min(left, Math.floor((revenue * r.productCuts[i]!) / 200)));
      left -= amount;
      return { name, role: i === 0 ? 'flagship' : i === 1 ? 'new' : 'potential', amount };
    });
    products.push({ name: 'Other 其他', role: 'other' });
    const metrics = [...new Set(requirements.flatMap((q) => ('metric' in q ? [q.metric] : [])))].map((id: MetricId) => {
      const unit = METRICS[id].unit;
      return unit === 'percent' ? { id, baseline: 40, target: 45 } : unit === 'money' ? { id, baseline: 10, target: 12 } : { id, baseline: 20, target: 25 };
    });
    const team = Array.from({ length: r.teamSize }, (_, i) => ({
      name: `成员 ${i + 1}`, role: 'Sales', ...(i === 0 && r.fixedFirst ? { target: Math.floor(revenue / (r.teamSize + 1)) } : {}),
    }));
    const out: Record<string, unknown> = {
      salesplan: 1,
      kind: style.kind,
      ...(style.kind === 'monthly' ? { style: style.id } : {}),
      period: style.kind === 'monthly' ? '2027-03' : style.kind === 'quarterly' ? '2027-Q2' : '2027',
      lang: r.lang,
      unit: r.lang === 'en' ? 'USD' : '万元',
      org: { company: 'Acme 安居', department: 'Sales 销售部', author: 'Chen 陈' },
      focus: r.words,
      targets: {
        revenue,
        last_revenue: Math.max(1, Math.round(revenue / (1 + r.growth / 100))),
        new_customers: { prospects: 40, won: 12, contract_value: Math.floor(revenue / 10) },
        existing_customers: { upsell: Math.floor(revenue / 20), accounts: 30 },
        metrics,
      },
      products,
      team,
      risks: Array.from({ length: r.riskCount }, (_, i) => ({ category: 'market', risk: `${r.words[i % r.words.length]} 风险 ${i + 1}`, warning: 'signal', response: 'response 应对', owner: '成员 1' })),
      schedule: [{ when: '第1周', action: r.words[0], owner: '成员 1' }],
    };
    if (r.withChannels || requirements.some((q) => 'list' in q && q.list === 'channels')) {
      out.channels = [{ name: '直销 Direct', type: 'direct', target: Math.floor(revenue / 2), actions: r.words }];
    }
    if (requirements.some((q) => 'list' in q && q.list === 'tiers')) out.tiers = [{ name: 'A 类', customer_share: 20, revenue_share: 60, service: '专属服务' }];
    if (requirements.some((q) => 'list' in q && q.list === 'regions')) out.regions = [{ name: '成都 Chengdu', revenue: Math.floor(revenue / 10), prospects: 10, won: 3 }];
    if (r.withBudget) out.budget = { cap_percent_of_revenue: 5, items: [{ name: '推广 Promotion', category: 'promotion', share: 60 }, { name: '差旅 Travel', category: 'travel', share: 30 }] };
    if (style.kind === 'quarterly') {
      out.review = { items: [{ name: 'Revenue 销售额', target: revenue, actual: Math.round(revenue * 0.9) }], problems: r.words };
      out.incentives = { base_rate: 2, over_target: [{ above: 10, rate: 0.5 }, { above: 20, rate: 1 }], mentor_share: 5 };
    }
    if (style.kind === 'annual') {
      out.annual = r.split === 'weights' ? { split: 'weights', month_weights: r.weights } : r.split === 'history' ? { history: { 2026: r.weights.map((w) => w * 10) } } : {};
    }
    return { input: out, style };
  });

const headingTitles = (outline: ReturnType<typeof readMarkdown>) => outline.plans[0]!.sections.map((s) => s.heading.title);

describe('any valid plan', () => {
  it('generates Markdown and DOCX that lint clean as its own style, with the same sections', async () => {
    await fc.assert(
      fc.asyncProperty(plan, async ({ input, style }) => {
        const yaml = stringify(input);
        const validation = await validateText(yaml, 'plan.yaml');
        expect(validation.diagnostics.filter((d) => d.severity === 'error'), yaml).toEqual([]);
        const doc = buildDocument(validation.valid!, { today: '2026-11-23' });
        const lang = validation.valid!.lang;
        const md = readMarkdown(renderMarkdown(doc), 'plan.md');
        const docx = readDocx(await renderDocx(doc), 'plan.docx', lang);
        for (const outline of [md, docx]) {
          const result = lintOutline(outline, { lang, config: EMPTY_CONFIG, style: style.id });
          expect(result.messages.map((m) => `${m.ruleId}: ${m.message}`), `${outline.format}\n${yaml}`).toEqual([]);
        }
        expect(headingTitles(docx)).toEqual(headingTitles(md));
        expect(headingTitles(md).filter((t) => !DIRECTOR_TITLES.test(t)).length).toBe(style.sections.filter((s) => !s.onlyWith).length);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

/** Paths of the keys of a plan input that the schema requires (they may not be deleted). */
function requiredPaths(value: unknown, path: PathSegment[] = []): PathSegment[][] {
  const out: PathSegment[][] = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...requiredPaths(v, [...path, i])));
  else if (value && typeof value === 'object') {
    // The keys of a record (annual.history's years, sections' ids) are the user's own: none is required.
    const parent = path.length ? schemaAt(PlanSchema, path) : PlanSchema;
    const isRecord = parent !== undefined && (unwrap(parent) as { _zod: { def: { type: string } } })._zod.def.type === 'record';
    for (const [key, v] of Object.entries(value)) {
      const schema = schemaAt(PlanSchema, [...path, key]);
      if (!isRecord && schema && !schema.safeParse(undefined).success) out.push([...path, key]);
      out.push(...requiredPaths(v, [...path, key]));
    }
  }
  return out;
}

describe('any valid plan with a required key deleted', () => {
  it('gives an error located in the file that names the key', async () => {
    await fc.assert(
      fc.asyncProperty(plan, fc.nat(), async ({ input }, pick) => {
        const paths = requiredPaths(input);
        const path = paths[pick % paths.length]!;
        const doc = parseDocument(stringify(input));
        doc.deleteIn(path);
        const text = doc.toString();
        const validation = await validateText(text, 'plan.yaml');
        const errors = validation.diagnostics.filter((d) => d.severity === 'error');
        expect(errors.length, `${path.join('.')}\n${text}`).toBeGreaterThan(0);
        for (const e of errors) expect(e.line, e.message).toBeGreaterThanOrEqual(1);
        const key = String(path[path.length - 1]);
        expect(errors.map((e) => e.message).join('\n'), path.join('.')).toContain(key);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
