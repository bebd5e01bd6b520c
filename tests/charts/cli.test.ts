// Charts through the commands as a user runs them: a batch writes each plan's charts beside its
// document, -o - says it has no folder for them, a month of an annual plan has its charts as any
// monthly plan, --charts image writes pictures (and stops cleanly, writing nothing, where the
// rasteriser cannot be loaded), and convert keeps the pictures a Markdown file links to.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assertNoStackTrace, EXAMPLES, ROOT, runCli, tempDir } from '../helpers.js';

const target = join(EXAMPLES, 'target-zh.yaml');
const annual = join(EXAMPLES, 'annual-zh.yaml');
const NO_RASTERISER = { NODE_OPTIONS: `--require ${join(ROOT, 'tests', 'charts', 'fixtures', 'no-rasteriser.cjs')}` };
const links = (md: string) => [...md.matchAll(/^!\[[^\]]*\]\(([^)]+)\)$/gm)].map((m) => m[1]!);
const partsOf = (file: string) => Object.keys(unzipSync(readFileSync(file)));

describe('charts through the commands', () => {
  it('a batch writes each plan’s charts beside its own document, and every link resolves', () => {
    const dir = tempDir();
    for (const team of ['east', 'west']) {
      mkdirSync(join(dir, 'plans', team), { recursive: true });
      copyFileSync(target, join(dir, 'plans', team, 'plan.yaml'));
    }
    const r = runCli(['generate', join(dir, 'plans'), '-o', join(dir, 'out') + '/', '-q']);
    expect(r.status, r.stderr).toBe(0);
    for (const team of ['east', 'west']) {
      const folder = join(dir, 'out', team);
      expect(readdirSync(folder).sort()).toEqual(['plan.charts', 'plan.md']);
      const found = links(readFileSync(join(folder, 'plan.md'), 'utf8'));
      expect(found).toHaveLength(4);
      for (const link of found) expect(existsSync(join(folder, link)), link).toBe(true);
    }
  });

  it('-o - writes no chart files and says so, in the plan’s language', () => {
    const r = runCli(['generate', target, '-o', '-']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('已省略 4 张图表');
    expect(links(r.stdout)).toEqual([]);
    const quiet = runCli(['generate', target, '-o', '-', '-q']);
    expect(quiet.stderr).toBe('');
  });

  it('a month of an annual plan has its charts, as a monthly plan has (or says why not)', () => {
    const dir = tempDir();
    copyFileSync(annual, join(dir, 'annual.yaml'));
    const r = runCli(['generate', join(dir, 'annual.yaml'), '--month', '2027-03', '-q']);
    expect(r.status, r.stderr).toBe(0);
    const md = readFileSync(join(dir, 'annual-2027-03.md'), 'utf8');
    expect(links(md)).toEqual(['annual-2027-03.charts/01-products.svg', 'annual-2027-03.charts/02-weekly.svg', 'annual-2027-03.charts/03-channels.svg', 'annual-2027-03.charts/04-team.svg']);
    for (const link of links(md)) expect(existsSync(join(dir, link))).toBe(true);
    const out = runCli(['generate', join(dir, 'annual.yaml'), '--month', '2027-04', '-o', '-']);
    expect(out.stderr).toContain('已省略 4 张图表');
    const none = runCli(['generate', join(dir, 'annual.yaml'), '--month', '2027-05', '--no-charts', '-q']);
    expect(none.status).toBe(0);
    expect(links(readFileSync(join(dir, 'annual-2027-05.md'), 'utf8'))).toEqual([]);
    expect(existsSync(join(dir, 'annual-2027-05.charts'))).toBe(false);
    const docx = runCli(['generate', join(dir, 'annual.yaml'), '--month', '2027-06', '-f', 'docx', '-q']);
    expect(docx.status).toBe(0);
    expect(partsOf(join(dir, 'annual-2027-06.docx')).filter((p) => /^word\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(4);
  });

  it('--charts image: pictures in the DOCX and PNG files beside the Markdown', () => {
    const dir = tempDir();
    const docx = runCli(['generate', target, '-f', 'docx', '--charts', 'image', '-o', join(dir, 'plan.docx'), '-q']);
    expect(docx.status, docx.stderr).toBe(0);
    const parts = partsOf(join(dir, 'plan.docx'));
    expect(parts.filter((p) => /^word\/media\/.+\.png$/.test(p))).toHaveLength(4);
    expect(parts.filter((p) => p.startsWith('word/charts/'))).toEqual([]);
    const md = runCli(['generate', target, '--charts', 'image', '-o', join(dir, 'plan.md'), '-q']);
    expect(md.status, md.stderr).toBe(0);
    expect(readdirSync(join(dir, 'plan.charts')).sort()).toEqual(['01-products.png', '02-weekly.png', '03-channels.png', '04-team.png']);
  });

  it('without the rasteriser, --charts image stops with exit 2, says what to use instead, writes nothing', () => {
    const dir = tempDir();
    for (const [lang, expected] of [['zh-CN', '未写入任何文件'], ['en', 'Nothing was written']] as const) {
      for (const format of ['docx', 'md']) {
        const out = join(dir, `plan-${lang}.${format}`);
        const r = runCli(['generate', target, '--lang', lang, '-f', format, '--charts', 'image', '-o', out], { env: NO_RASTERISER });
        expect(r.status, r.stderr).toBe(2);
        expect(r.stderr).toContain('@resvg/resvg-js');
        expect(r.stderr).toContain(expected);
        assertNoStackTrace(r.stderr);
      }
    }
    expect(readdirSync(dir)).toEqual([]);
    // The default modes never load it.
    const native = runCli(['generate', target, '-f', 'docx', '-o', join(dir, 'native.docx'), '-q'], { env: NO_RASTERISER });
    expect(native.status, native.stderr).toBe(0);
    const svg = runCli(['generate', target, '-o', join(dir, 'svg.md'), '-q'], { env: NO_RASTERISER });
    expect(svg.status, svg.stderr).toBe(0);
  });

  it('convert keeps the pictures a Markdown file links to: our SVGs as Word charts, PNGs as pictures', () => {
    const dir = tempDir();
    expect(runCli(['generate', target, '-o', join(dir, 'svg.md'), '-q']).status).toBe(0);
    expect(runCli(['generate', target, '--charts', 'image', '-o', join(dir, 'png.md'), '-q']).status).toBe(0);
    for (const [name, charts, pictures] of [['svg', 4, 0], ['png', 0, 4]] as const) {
      const r = runCli(['convert', join(dir, `${name}.md`), '-o', join(dir, `${name}.docx`)]);
      expect(r.status, r.stderr).toBe(0);
      const parts = partsOf(join(dir, `${name}.docx`));
      expect(parts.filter((p) => /^word\/charts\/chart\d+\.xml$/.test(p)), name).toHaveLength(charts);
      expect(parts.filter((p) => /^word\/media\/.+\.png$/.test(p)), name).toHaveLength(pictures);
      // Lint finds the same sections in the converted document, charts or pictures alike.
      const lint = runCli(['lint', join(dir, `${name}.docx`)]);
      expect(lint.status, lint.stdout + lint.stderr).toBe(0);
      expect(lint.stdout).toContain('7/7');
    }
    const xml = strFromU8(unzipSync(readFileSync(join(dir, 'png.docx')))['word/document.xml']!);
    expect(xml).toContain('descr="图 1 各产品线目标"');
  });
});
