// --charts image: PNG pictures of the charts, rasterised by resvg from the SVG the Markdown writer
// draws. In DOCX each chart becomes a picture at the text width, kept with its caption, and no
// chart part; in Markdown PNG files beside the document replace the SVGs. The rasteriser missing
// is a clear error in the plan's language (the CLI side is in cli.test.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chartsOf } from '../../src/charts/build.js';
import { imageOf } from '../../src/charts/images.js';
import { chartMode, markdownWithCharts } from '../../src/charts/options.js';
import { chartPng, loadRasteriser, PICTURE_SCALE } from '../../src/charts/png.js';
import { chartSvg } from '../../src/charts/svg.js';
import { UserError } from '../../src/errors.js';
import { readDocxContent } from '../../src/ooxml/read.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { tempDir } from '../helpers.js';
import { CHART_CASES } from './examples.js';

const byName = (name: string) => CHART_CASES.find((c) => c.name === name)!;
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const svgSize = (svg: string) => {
  const [, width, height] = /<svg[^>]*width="(\d+)"[^>]*height="(\d+)"/.exec(svg)!;
  return { width: Number(width), height: Number(height) };
};

describe('chart pictures', () => {
  it('a PNG twice the size of the SVG it is drawn from; without its title when the caption is below', async () => {
    const { doc } = await byName('target-zh.zh-CN').build();
    const [chart] = chartsOf(doc.tree);
    const picture = await chartPng(chart!, 'zh-CN');
    const size = svgSize(await chartSvg(chart!));
    expect(imageOf(picture.data)).toMatchObject({ type: 'png', width: size.width * PICTURE_SCALE, height: size.height * PICTURE_SCALE });
    const untitled = await chartSvg(chart!, { title: false, fonts: ['宋体', 'Times New Roman'] });
    expect(untitled).not.toContain(`>${chart!.caption}</text>`);
    expect(untitled).toMatch(/font-family:'宋体', 'Times New Roman', 'Noto Sans CJK SC'/);
    expect(svgSize(untitled).height).toBeLessThan(size.height);
  });

  it('a rasteriser that cannot be loaded is a usage error saying what to use instead, in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      let caught: unknown;
      try {
        loadRasteriser(lang, '@resvg/not-installed-anywhere');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(UserError);
      const error = caught as UserError;
      expect(error.exitCode).toBe(2);
      expect(error.message).toContain('--charts image');
      expect(error.message).toContain('--charts svg');
      expect(error.message).toContain(`${process.platform}-${process.arch}`);
      expect(error.message).toMatch(lang === 'en' ? /Nothing was written/ : /未写入任何文件/);
    }
  });

  it('image is a mode like the others; an unknown one lists it', () => {
    expect(chartMode({ charts: 'IMAGE' }, 'en')).toBe('image');
    expect(() => chartMode({ charts: 'png' }, 'en')).toThrow(/svg, mermaid, native, image/);
  });
});

describe('DOCX with --charts image', () => {
  for (const name of ['target-zh.zh-CN', 'annual-zh.en', 'review-target-zh.zh-CN']) {
    it(`${name}: one picture per chart at the text width, kept with its caption; no chart parts`, async () => {
      const { doc } = await byName(name).build();
      const charts = chartsOf(doc.tree);
      const bytes = await renderDocx(doc, { charts: 'image' });
      const parts = unzipSync(bytes);
      expect(Object.keys(parts).filter((p) => p.startsWith('word/charts/'))).toEqual([]);
      const media = Object.keys(parts).filter((p) => /^word\/media\/.+\.png$/.test(p));
      expect(media).toHaveLength(charts.length);
      const body = strFromU8(parts['word/document.xml']!);
      const paragraphs = [...body.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((m) => m[0]);
      const pictures = paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => p.includes('<pic:pic'));
      expect(pictures).toHaveLength(charts.length);
      pictures.forEach(({ p, i }, k) => {
        expect(p).toContain('<w:keepNext/>');
        // 9026 twips of text width → 601 px → EMU at 9525 per pixel.
        expect(p).toContain(`cx="${601 * 9525}"`);
        expect(p).toContain(`descr="${xml(charts[k]!.caption)}"`);
        expect(paragraphs[i + 1]).toContain(`>${xml(charts[k]!.caption)}</w:t>`);
      });
      // Lint and convert read the pictures and their captions as no prose.
      const texts = readDocxContent(bytes, 'plan.docx', 'zh-CN').flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
      for (const chart of charts) expect(texts).not.toContain(chart.caption);
    });
  }
});

describe('Markdown with --charts image', () => {
  it('PNG files beside the document instead of the SVGs, which an earlier run left and now go', async () => {
    const { doc } = await byName('target-zh.zh-CN').build();
    const charts = chartsOf(doc.tree);
    const dir = tempDir();
    const target = join(dir, 'plan.md');
    await markdownWithCharts(doc, target, {}, 'zh-CN');
    expect(readdirSync(join(dir, 'plan.charts')).filter((f) => f.endsWith('.svg'))).toHaveLength(charts.length);
    const md = await markdownWithCharts(doc, target, { charts: 'image' }, 'zh-CN');
    expect(md.split('\n').filter((l) => l.startsWith('!['))).toEqual(charts.map((c) => `![${c.caption}](plan.charts/${c.file}.png)`));
    expect(readdirSync(join(dir, 'plan.charts')).sort()).toEqual(charts.map((c) => `${c.file}.png`).sort());
    for (const chart of charts) expect(imageOf(readFileSync(join(dir, 'plan.charts', `${chart.file}.png`)))?.type).toBe('png');
    const notes: string[] = [];
    await markdownWithCharts(doc, undefined, { charts: 'image' }, 'en', (n) => notes.push(n));
    expect(notes[0]).toContain('(.png)');
    expect(existsSync(join(dir, 'plan.charts', '01-products.svg'))).toBe(false);
  });
});
