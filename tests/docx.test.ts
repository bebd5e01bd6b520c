// The DOCX writer renders the same document as the Markdown writer: read back with an independent
// reader (fflate + saxes, not the docx library), every example in both languages has the same
// headings (text, level, Word style), paragraphs, list items and tables as its Markdown.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/build.js';
import { readDocxContent, type DocxBlock, type DocxParagraph } from '../src/ooxml/read.js';
import { validateFile } from '../src/plan/validate.js';
import { renderDocx } from '../src/render/docx/index.js';
import { readReference } from '../src/render/docx/reference.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { DIRECTOR_TITLES, EXAMPLE_FILES, examplePath } from './examples.js';
import { basePlan, validatePlan } from './plan-fixture.js';
import { parseMarkdown } from './render-fixture.js';
import { tempDir } from './helpers.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Block = { kind: string; level?: number; text?: string; rows?: string[][] };

function inlineText(nodes: readonly PhrasingContent[]): string {
  return nodes.map((n) => (n.type === 'break' ? '\n' : 'children' in n ? inlineText(n.children as PhrasingContent[]) : 'value' in n ? n.value : '')).join('');
}

/** The blocks of a Markdown document, as a reader of the DOCX would see them. */
function markdownBlocks(tree: Root): Block[] {
  const out: Block[] = [];
  const visit = (node: RootContent, index: number) => {
    if (node.type === 'heading') out.push(node.depth === 1 ? { kind: 'title', text: toString(node) } : { kind: 'heading', level: node.depth - 1, text: toString(node) });
    else if (node.type === 'paragraph') out.push({ kind: index === 1 ? 'meta' : 'p', text: inlineText(node.children) });
    else if (node.type === 'list') for (const item of node.children) for (const c of item.children) c.type === 'paragraph' ? out.push({ kind: 'li', text: inlineText(c.children) }) : visit(c as RootContent, -1);
    else if (node.type === 'table') out.push({ kind: 'table', rows: headerWords(node.children.map((r) => r.children.map((c) => inlineText(c.children)))) });
  };
  tree.children.forEach(visit);
  return out;
}

/** A header's unit may go on a line of its own in the DOCX ("累计目标" / "（万元）"): compare the words. */
const headerWords = (rows: string[][]) => rows.map((row, r) => (r === 0 ? row.map((cell) => cell.replace(/\s*\n\s*|\s+(?=[（(])/g, '')) : row));

function docxBlocks(blocks: DocxBlock[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') {
      out.push({ kind: 'table', rows: headerWords(b.rows) });
      continue;
    }
    if (b.inToc || b.text.trim() === '' || b.styleId === 'TOCHeading' || b.styleId === 'Subtitle') continue;
    if (b.styleId === 'Title') out.push({ kind: 'title', text: b.text });
    else if (b.styleId === 'CoverMeta') out.push({ kind: 'meta', text: b.text });
    else if (b.outlineLevel !== undefined) out.push({ kind: 'heading', level: b.outlineLevel + 1, text: b.text });
    else if (b.numbered) out.push({ kind: 'li', text: b.text });
    else out.push({ kind: 'p', text: b.text });
  }
  return out;
}

async function both(file: string, lang: 'zh-CN' | 'en') {
  const v = (await validateFile(examplePath(file), { lang }));
  const doc = buildDocument(v.valid!, { today: '2026-11-23' });
  const md = renderMarkdown(doc);
  const bytes = await renderDocx(doc);
  return { md, bytes, parts: unzipSync(bytes) };
}

describe('DOCX has the same structure as Markdown', () => {
  for (const file of EXAMPLE_FILES) {
    for (const lang of ['zh-CN', 'en'] as const) {
      it(`${file} (${lang})`, async () => {
        const { md, bytes } = await both(file, lang);
        const fromDocx = docxBlocks(readDocxContent(bytes, file, lang));
        const fromMd = markdownBlocks(parseMarkdown(md));
        expect(fromDocx).toEqual(fromMd);
        expect(fromMd.filter((b) => b.kind === 'heading').length).toBeGreaterThan(20);
        expect(fromMd.filter((b) => b.kind === 'table').length).toBeGreaterThan(4);
      });
    }
  }
});

describe('the DOCX as Word sees it', async () => {
  const { parts, bytes } = await both('target-zh.yaml', 'zh-CN');
  const document = strFromU8(parts['word/document.xml']!);
  const styles = strFromU8(parts['word/styles.xml']!);
  const settings = strFromU8(parts['word/settings.xml']!);
  const blocks = readDocxContent(bytes, 'target.docx', 'zh-CN');

  it('uses Word’s built-in heading styles with outline levels', async () => {
    for (const level of [1, 2, 3]) expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}"[^>]*>\\s*<w:name w:val="heading ${level}"/>`));
    const headings = blocks.filter((b) => b.kind === 'paragraph' && b.outlineLevel !== undefined && !b.inToc && !DIRECTOR_TITLES.test(b.text));
    expect(headings[0]).toMatchObject({ styleName: 'heading 1', text: '一、本月销售目标与分解' });
    expect(headings[1]).toMatchObject({ styleName: 'heading 2', text: '（一）总体目标' });
  });

  it('sets East-Asian fonts apart from Latin ones, at 小四 with exact line spacing', async () => {
    // By their English names, as Word writes them (the font table gives 宋体 and 黑体 as other names).
    expect(styles).toContain('w:eastAsia="SimSun"');
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toContain('w:eastAsia="SimHei"');
    const fonts = strFromU8(parts['word/fontTable.xml']!);
    expect(fonts).toMatch(/<w:font w:name="SimSun"><w:altName w:val="宋体"\/>[\s\S]*?<w:family w:val="roman"\/>/);
    expect(fonts).toMatch(/<w:font w:name="SimHei"><w:altName w:val="黑体"\/>[\s\S]*?<w:family w:val="swiss"\/>/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Normal"[\s\S]*?<w:sz w:val="24"\/>/);
    expect(styles).toContain('w:lineRule="exact"');
  });

  it('is A4 with a cover, a header, and the body numbered from 第 1 页 of its own pages', async () => {
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    // Two sections: the cover and contents unnumbered, the body from page 1.
    expect(document.match(/<w:sectPr/g)).toHaveLength(2);
    expect(document).toMatch(/<w:pgNumType w:start="1"\/>(?![\s\S]*<w:sectPr)/);
    const footer = Object.entries(parts).filter(([n]) => /word\/footer\d+\.xml/.test(n)).map(([, d]) => strFromU8(d)).join('');
    expect(footer).toMatch(/PAGE[\s\S]*SECTIONPAGES[\s\S]*<w:t>\d+<\/w:t>/);
    expect(footer).toContain('第 ');
    const header = Object.entries(parts).filter(([n]) => /word\/header\d+\.xml/.test(n)).map(([, d]) => strFromU8(d)).join('');
    expect(header).toContain('杭州安居智能科技有限公司');
  });

  it('writes the table of contents with its entries and page numbers, without asking Word to update', async () => {
    const toc = blocks.filter((b): b is DocxParagraph => b.kind === 'paragraph' && b.inToc && b.styleId !== 'TOCHeading' && !DIRECTOR_TITLES.test(b.text));
    expect(toc.length).toBeGreaterThan(20);
    expect(toc[0]!.text).toMatch(/^一、本月销售目标与分解\t\d+$/);
    expect(document).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(settings).not.toContain('updateFields');
    // Each entry links to a bookmark on its heading.
    expect(document).toMatch(/<w:hyperlink[^>]*w:anchor="_Toc_sp001"/);
    expect(document).toMatch(/<w:bookmarkStart[^>]*w:name="_Toc_sp001"/);
  });

  it('repeats table header rows, keeps rows whole and right-aligns figures', async () => {
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('<w:cantSplit/>');
    expect(document).toContain('<w:jc w:val="right"/>');
  });

  it('declares the language, punctuation compression and the document properties', async () => {
    expect(styles).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
    expect(settings).toContain('<w:characterSpacingControl w:val="compressPunctuation"/>');
    expect(settings).toContain('<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>');
    const app = strFromU8(parts['docProps/app.xml']!);
    expect(app).toContain('<Application>salesplan</Application>');
    expect(app).toContain('<Company>杭州安居智能科技有限公司</Company>');
    expect(app).toMatch(/<Pages>\d+<\/Pages>/);
    expect(strFromU8(parts['docProps/core.xml']!)).toContain('<dc:language>zh-CN</dc:language>');
  });

  it('defines every style it refers to, and no library style it does not use', async () => {
    const defined = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
    const referenced = [...document.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)].map((m) => m[1]);
    for (const id of referenced) expect(defined).toContain(id);
    for (const id of [...styles.matchAll(/<w:(?:basedOn|next|link) w:val="([^"]+)"/g)].map((m) => m[1])) expect(defined).toContain(id);
    for (const unused of ['Heading5', 'Heading6', 'TOC4', 'Caption', 'Bibliography', 'IndexLink']) expect(styles).not.toContain(`w:styleId="${unused}"`);
    expect(document).not.toContain('IndexLink');
  });

  it('makes a label ending in a colon a bold lead-in kept with its list, and keeps lead-ins with their tables', async () => {
    expect(document).toMatch(/<w:keepNext\/><\/w:pPr><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">竞争对手方面：<\/w:t>/);
    expect(document).toMatch(/<w:keepNext\/><\/w:pPr><w:r><w:t xml:space="preserve">[^<]*如下：<\/w:t>/);
  });

  it('uses real Word lists', async () => {
    expect(strFromU8(parts['word/numbering.xml']!)).toContain('w:numFmt w:val="bullet"');
    expect(blocks.some((b) => b.kind === 'paragraph' && b.numbered)).toBe(true);
  });
});

describe('DOCX safety', () => {
  it('removes characters XML cannot hold', async () => {
    const p = basePlan();
    p.products[0].name = 'A\u0001B\u0008C\u000bD\u001fE\uFFFE';
    p.risks[0].response = '\u0000立即\u0007处理';
    const doc = buildDocument((await validatePlan(p)).valid!, { today: '2026-11-23' });
    const parts = unzipSync(await renderDocx(doc));
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uFFFF]/);
    expect(xml).toContain('ABCDE');
    expect(xml).toContain('立即处理');
  });

  it('writes a very long table, with its header on every page', async () => {
    const p = basePlan();
    p.targets.revenue = 100000;
    p.products = Array.from({ length: 2000 }, (_, i) => ({ name: `产品线 ${i + 1} | 规格 ${i % 7}`, role: 'potential', amount: 50 }));
    const doc = buildDocument((await validatePlan(p)).valid!, { today: '2026-11-23' });
    const bytes = await renderDocx(doc);
    const tables = readDocxContent(bytes, 'long.docx', 'zh-CN').filter((b): b is Extract<DocxBlock, { kind: 'table' }> => b.kind === 'table');
    const products = tables.find((t) => t.rows[0]![0] === '产品线')!;
    expect(products.rows).toHaveLength(2002); // header, 2000 lines, total
    expect(products.rows[2000]![0]).toBe('产品线 2000 | 规格 4');
    expect(products.rows[2001]![2]).toBe('100,000');
    expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).toContain('<w:tblHeader/>');
  });
});

describe('--reference-docx', () => {
  it('takes the styles of a Word document whose style ids are localised', async () => {
    const doc = buildDocument((await validateFile(examplePath('target-zh.yaml'))).valid!, { today: '2026-11-23' });
    // A reference as a Chinese Word writes it: Heading 1 has the id "1"; its look is 楷体 in red.
    const parts = unzipSync(await renderDocx(doc));
    const styles = strFromU8(parts['word/styles.xml']!)
      .replace(/w:styleId="Heading1"/, 'w:styleId="1"')
      .replace(/(<w:style w:type="paragraph" w:styleId="1"[\s\S]*?<w:color w:val=")[0-9A-F]{6}/, '$1FF0000')
      .replace(/(<w:style w:type="paragraph" w:styleId="1"[\s\S]*?w:eastAsia=")SimHei/, '$1楷体');
    const dir = tempDir();
    const reference = join(dir, 'company.docx');
    writeFileSync(reference, zipSync({ ...parts, 'word/styles.xml': strToU8(styles) }));

    const out = unzipSync(await renderDocx(doc, { reference: readReference(reference, 'zh-CN') }));
    const outStyles = strFromU8(out['word/styles.xml']!);
    expect(outStyles).toMatch(/w:styleId="1"[\s\S]*?楷体/);
    expect(strFromU8(out['word/document.xml']!)).toContain('<w:pStyle w:val="1"/>');
    const headings = readDocxContent(zipSync(out), 'x.docx', 'zh-CN').filter((b) => b.kind === 'paragraph' && b.styleName === 'heading 1' && !b.inToc && !DIRECTOR_TITLES.test(b.text));
    expect(headings[0]).toMatchObject({ text: '一、本月销售目标与分解', outlineLevel: 0 });
  });

  it('refuses a file that is not a DOCX, with a message', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'fake.docx'), 'not a zip');
    expect(() => readReference(join(dir, 'fake.docx'), 'en')).toThrow(/not a valid Word document/);
  });
});

describe('convert: any Markdown through the same tree', () => {
  it('puts the same running header as generate, in both languages', async () => {
    const { markdownToDocument } = await import('../src/document/from-markdown.js');
    const header = (parts: Record<string, Uint8Array>) => Object.entries(parts).filter(([n]) => /word\/header\d*\.xml/.test(n)).map(([, d]) => strFromU8(d).replace(/<[^>]+>/g, '')).join('|');
    for (const lang of ['zh-CN', 'en'] as const) {
      const { md, parts } = await both('expansion-zh.yaml', lang);
      const converted = unzipSync(await renderDocx(markdownToDocument(md, { lang, fallbackTitle: 'x', today: '2026-11-23' })));
      expect(header(converted)).toBe(header(parts));
      expect(header(parts)).toContain('杭州山禾茶饮食品有限公司');
    }
  });

  it('gives the same DOCX structure as generate for a generated plan', async () => {
    const { md, bytes } = await both('service-zh.yaml', 'zh-CN');
    const { markdownToDocument } = await import('../src/document/from-markdown.js');
    const converted = await renderDocx(markdownToDocument(md, { fallbackTitle: 'x', today: '2026-11-23' }));
    expect(docxBlocks(readDocxContent(converted, 'c.docx', 'zh-CN'))).toEqual(docxBlocks(readDocxContent(bytes, 'g.docx', 'zh-CN')));
  });

  it('maps four heading levels to Word headings 1–4, numbered 一、/（一）/1./（1）', async () => {
    const { markdownToDocument } = await import('../src/document/from-markdown.js');
    const doc = markdownToDocument('# 计划\n\n## 目标\n\n### 总目标\n\n#### 分解\n\n##### 按月\n\n正文。\n', { fallbackTitle: 'x', today: '2026-11-23' });
    const blocks = readDocxContent(await renderDocx(doc), 'h.docx', 'zh-CN').filter((b): b is DocxParagraph => b.kind === 'paragraph' && b.outlineLevel !== undefined && !b.inToc);
    expect(blocks.map((b) => [b.styleName, b.text])).toEqual([['heading 1', '一、目标'], ['heading 2', '（一）总目标'], ['heading 3', '1. 分解'], ['heading 4', '（1）按月']]);
  });

  it('numbers a plain Markdown plan in its language, and never numbers twice', async () => {
    const { markdownToDocument } = await import('../src/document/from-markdown.js');
    const plain = markdownToDocument('# 12月计划\n\n## 销售目标\n\n### 总目标\n\n正文。\n\n## 市场分析\n', { fallbackTitle: 'x', today: '2026-11-23' });
    expect(plain.tree.children.filter((n) => n.type === 'heading').map((h) => toString(h))).toEqual(['12月计划', '一、销售目标', '（一）总目标', '二、市场分析']);
    const english = markdownToDocument('# Plan\n\n## Targets\n\n### Revenue\n\nText.\n', { fallbackTitle: 'x', today: '2026-11-23' });
    expect(english.meta.lang).toBe('en');
    expect(english.tree.children.filter((n) => n.type === 'heading').map((h) => toString(h))).toEqual(['Plan', '1. Targets', '1.1 Revenue']);
    const numbered = markdownToDocument('# 计划\n\n## 一、目标\n\n## 二、市场\n', { fallbackTitle: 'x', today: '2026-11-23' });
    expect(numbered.tree.children.filter((n) => n.type === 'heading').map((h) => toString(h))).toEqual(['计划', '一、目标', '二、市场']);
  });
});
