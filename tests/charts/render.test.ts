// The charts as each writer draws them: SVG with its labels as text in CJK fonts, Mermaid text,
// Markdown that only adds image lines to the golden documents, and convert turning our SVGs back
// into Word charts and embedding other pictures.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chartsOf } from '../../src/charts/build.js';
import { chartOfSvg, imageOf, resolveImages } from '../../src/charts/images.js';
import { chartMermaid } from '../../src/charts/mermaid.js';
import { markdownWithCharts } from '../../src/charts/options.js';
import { chartSvg } from '../../src/charts/svg.js';
import { markdownToDocument } from '../../src/document/from-markdown.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { ROOT, tempDir } from '../helpers.js';
import { CHART_CASES } from './examples.js';

const GOLDEN = join(ROOT, 'tests', 'golden');
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const byName = (name: string) => CHART_CASES.find((c) => c.name === name)!;

describe('SVG charts', () => {
  for (const name of ['target-zh.zh-CN', 'annual-zh.zh-CN', 'quarterly-zh.en', 'review-target-zh.zh-CN']) {
    it(`${name}: labels are SVG text in a CJK font list, and the data rides along`, async () => {
      const { doc } = await byName(name).build();
      for (const chart of chartsOf(doc.tree)) {
        const svg = await chartSvg(chart);
        const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
        expect(texts).toContain(xml(chart.caption));
        for (const category of chart.categories) expect(texts, category).toContain(xml(category));
        // Every chart labels its values, but a line chart of several series (too crowded).
        const labelled = chart.kind !== 'line' || chart.series.length === 1;
        if (labelled) for (const label of chart.series[0]!.labels.filter((l) => l !== null).slice(0, 3)) expect(texts, label!).toContain(xml(label!));
        if (chart.reference) expect(texts).toContain(xml(chart.reference.name));
        expect(svg).toMatch(/font-family:'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei'/);
        expect(chartOfSvg(svg)).toEqual(chart);
      }
    });
  }
});

describe('Mermaid charts', () => {
  it('xychart-beta with the categories and values', async () => {
    const { doc } = await byName('target-zh.zh-CN').build();
    const [products] = chartsOf(doc.tree);
    const text = chartMermaid(products!);
    expect(text.split('\n')[0]).toBe('xychart-beta');
    expect(text).toContain(`x-axis [${products!.categories.map((c) => `"${c}"`).join(', ')}]`);
    expect(text).toContain(`bar [${products!.series[0]!.values.join(', ')}]`);
  });
});

describe('Markdown with charts', () => {
  for (const { name, build } of CHART_CASES) {
    it(`${name}: the golden document plus one image line per chart, each SVG written`, async () => {
      const { doc } = await build();
      const dir = tempDir();
      const target = join(dir, 'plan.md');
      const md = await markdownWithCharts(doc, target, {}, doc.meta.lang);
      const charts = chartsOf(doc.tree);
      const images = md.split('\n').filter((l) => /^!\[.*\]\(plan\.charts\/\d{2}-\w+\.svg\)$/.test(l));
      expect(images).toEqual(charts.map((c) => `![${c.caption}](plan.charts/${c.file}.svg)`));
      // Without the image lines (and the blank line each brings), it is the golden document.
      const without = md.replace(/^!\[.*\]\(plan\.charts\/.*\)\n\n/gm, '');
      expect(without).toBe(readFileSync(join(GOLDEN, `${name}.md`), 'utf8'));
      expect(readdirSync(join(dir, 'plan.charts')).sort()).toEqual(charts.map((c) => `${c.file}.svg`).sort());
    });
  }

  it('-o - leaves the charts out and says why; mermaid needs no folder', async () => {
    const { doc } = await byName('target-zh.zh-CN').build();
    const notes: string[] = [];
    const md = await markdownWithCharts(doc, undefined, {}, 'zh-CN', (n) => notes.push(n));
    expect(md).toBe(readFileSync(join(GOLDEN, 'target-zh.zh-CN.md'), 'utf8'));
    expect(notes[0]).toContain('-o -');
    const mermaid = await markdownWithCharts(doc, undefined, { charts: 'mermaid' }, 'zh-CN');
    expect(mermaid.match(/```mermaid\nxychart-beta/g)).toHaveLength(chartsOf(doc.tree).length);
  });
});

describe('convert and pictures', () => {
  it('our chart SVGs come back as native Word charts, a PNG is embedded', async () => {
    const { doc } = await byName('target-zh.zh-CN').build();
    const dir = tempDir();
    const target = join(dir, 'plan.md');
    const md = await markdownWithCharts(doc, target, {}, 'zh-CN');
    // A 1×1 PNG, and a link to a file that is not there (stays as its alt text).
    const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    writeFileSync(join(dir, 'logo.png'), png);
    expect(imageOf(png)).toMatchObject({ type: 'png', width: 1, height: 1 });
    const converted = markdownToDocument(`${md}\n![公司标志](logo.png)\n\n![缺失](missing.png)\n`, { fallbackTitle: 'plan', today: '2026-11-23' });
    converted.tree = resolveImages(converted.tree, dir);
    expect(chartsOf(converted.tree).map((c) => c.id)).toEqual(chartsOf(doc.tree).map((c) => c.id));
    const parts = unzipSync(await renderDocx(converted));
    expect(Object.keys(parts).filter((p) => /^word\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(chartsOf(doc.tree).length);
    expect(Object.keys(parts).filter((p) => /^word\/media\/.+\.png$/.test(p))).toHaveLength(1);
    expect(new TextDecoder().decode(parts['word/document.xml'])).toContain('[缺失]');
  });
});
