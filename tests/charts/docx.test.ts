// The Word charts of every example: one chart part per chart node, each with the values the
// derived plan has cached in it (what LibreOffice and Word draw before "Edit Data"), its workbook
// embedded, Chinese labels as text, and a caption paragraph right after it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chartsOf } from '../../src/charts/build.js';
import type { ChartData } from '../../src/charts/model.js';
import type { DerivedPlan } from '../../src/plan/derive.js';
import type { ReviewFigures } from '../../src/plan/attainment.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { CHART_CASES } from './examples.js';

/** The cached numbers of each series of a chart part (c:val/c:numRef/c:numCache), in order. */
function cachedSeries(xml: string): { name: string; values: (number | null)[] }[] {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => {
    const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser!)?.[1] ?? '';
    const cache = /<c:val>[\s\S]*?<c:numCache>([\s\S]*?)<\/c:numCache>/.exec(ser!)?.[1] ?? '';
    const count = Number(/<c:ptCount val="(\d+)"/.exec(cache)?.[1] ?? 0);
    const values: (number | null)[] = Array.from({ length: count }, () => null);
    for (const [, idx, v] of cache.matchAll(/<c:pt idx="(\d+)"[^>]*>\s*<c:v>([^<]*)<\/c:v>/g)) values[Number(idx)] = Number(v);
    return { name: unescape(name), values };
  });
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const n = (v: { toNumber(): number } | undefined) => (v ? v.toNumber() : null);

/** The figures each chart draws, straight from the derived plan (not from the chart node). */
function derivedFigures(chart: ChartData, d: DerivedPlan, review?: ReviewFigures): (number | null)[][] | undefined {
  const a = d.annual;
  switch (chart.id) {
    case 'products':
      return [d.products.map((p) => n(p.amount)).filter((v): v is number => !!v).sort((x, y) => y - x)];
    case 'channels':
      return [d.channels.map((c) => n(c.target)).filter((v): v is number => !!v).sort((x, y) => y - x)];
    case 'team':
      return [d.team.map((m) => n(m.target)).filter((v): v is number => !!v).sort((x, y) => y - x)];
    case 'weekly':
      return [d.weeks.map((w) => n(w.cumulative))];
    case 'quarters':
      return [a!.quarters.map(n), ...(a!.lastYear ? [a!.lastYear.quarters.map(n)] : [])];
    case 'months':
      return [a!.months.map(n)];
    case 'commission':
      return d.commissions![0]!.scenarios.map((_, s) => d.commissions!.map((c) => n(c.scenarios[s]!.total)));
    case 'attainmentProducts':
      return [review!.products.filter((r) => r.attainment).map((r) => n(r.attainment))];
    case 'attainmentChannels':
      return [review!.channels.filter((r) => r.attainment).map((r) => n(r.attainment))];
    case 'attainmentTeam':
      return [review!.team.filter((r) => r.attainment).map((r) => n(r.attainment))];
    default:
      return undefined;
  }
}

const keep = process.env.CHARTS_KEEP;

describe('DOCX charts', () => {
  for (const { name, build } of CHART_CASES) {
    it(name, async () => {
      const { doc, derived, review } = await build();
      const charts = chartsOf(doc.tree);
      const bytes = await renderDocx(doc);
      if (keep) {
        mkdirSync(keep, { recursive: true });
        writeFileSync(join(keep, `${name}.docx`), bytes);
      }
      const parts = unzipSync(bytes);
      const chartParts = Object.keys(parts).filter((p) => /^word\/charts\/chart\d+\.xml$/.test(p)).sort((x, y) => Number(/\d+/.exec(x)![0]) - Number(/\d+/.exec(y)![0]));
      expect(chartParts).toHaveLength(charts.length);
      expect(charts.length).toBeGreaterThan(0);
      const documentXml = strFromU8(parts['word/document.xml']!);
      charts.forEach((chart, i) => {
        const xml = strFromU8(parts[chartParts[i]!]!);
        const cached = cachedSeries(xml);
        // The data series come first; a reference line is one more series of its value.
        chart.series.forEach((s, k) => {
          expect(cached[k]!.name).toBe(s.name);
          expect(cached[k]!.values).toEqual(s.values);
        });
        if (chart.reference) expect(cached[chart.series.length]!.values).toEqual(chart.categories.map(() => chart.reference!.value));
        const figures = derivedFigures(chart, derived, review);
        if (figures) figures.forEach((values, k) => expect(cached[k]!.values).toEqual(values));
        // Category names (Chinese included) are cached as text, and the labels as the tables write them.
        for (const category of chart.categories) expect(xml.includes(`<c:v>${escape(category)}</c:v>`), category).toBe(true);
        expect(documentXml.includes(escape(chart.caption)), chart.caption).toBe(true);
      });
      // Each chart has its workbook, so Word's Edit Data works.
      expect(Object.keys(parts).filter((p) => /^word\/embeddings\/.+\.xlsx$/.test(p))).toHaveLength(charts.length);
    });
  }
});
