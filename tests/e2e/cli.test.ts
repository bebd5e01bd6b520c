// The built salesplan binary, run as a user runs it.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoStackTrace, EXAMPLES, ROOT, runCli, tempDir } from '../helpers.js';

const example = join(EXAMPLES, 'target-zh.yaml');
const golden = (name: string) => readFileSync(join(ROOT, 'tests', 'golden', name), 'utf8');
/** A generated Markdown file without its chart image lines (name.charts/…svg): the golden text. */
const withoutCharts = (text: string, name: string) => text.replace(new RegExp(`^!\\[.*\\]\\(${name}\\.charts/\\d{2}-\\w+\\.svg\\)\n\n`, 'gm'), '');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('salesplan', () => {
  it('--version prints the version', () => {
    const r = runCli(['--version']);
    expect(r).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
  });

  it('--help lists the commands; each command has help with an example', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    for (const c of ['generate', 'validate', 'styles', 'schema', 'templates']) {
      expect(r.stdout).toContain(c);
      const h = runCli([c, '--help']);
      expect(h.status).toBe(0);
      expect(h.stdout).toMatch(/示例|Examples/);
    }
    expect(runCli(['--help', '--lang', 'en']).stdout).toContain('Sales plans from a YAML file');
  });

  it('exits 2 on an unknown command or option', () => {
    const a = runCli(['frobnicate']);
    expect(a.status).toBe(2);
    expect(a.stderr).toContain('frobnicate');
    expect(runCli(['generate', example, '--colour']).status).toBe(2);
    expect(runCli(['generate']).status).toBe(2);
  });
});

describe('generate', () => {
  it('writes the document next to the plan by default', () => {
    const dir = tempDir();
    copyFileSync(example, join(dir, 'plan.yaml'));
    const r = runCli(['generate', join(dir, 'plan.yaml')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('已生成');
    expect(withoutCharts(readFileSync(join(dir, 'plan.md'), 'utf8'), 'plan')).toBe(golden('target-zh.zh-CN.md'));
    expect(readdirSync(join(dir, 'plan.charts'))).toHaveLength(4);
  });

  it('writes to -o, to a folder, or to stdout with -o -', () => {
    const dir = tempDir();
    expect(runCli(['generate', example, '-o', join(dir, 'out.md')]).status).toBe(0);
    expect(withoutCharts(readFileSync(join(dir, 'out.md'), 'utf8'), 'out')).toBe(golden('target-zh.zh-CN.md'));
    mkdirSync(join(dir, 'docs'));
    expect(runCli(['generate', example, '-o', join(dir, 'docs')]).status).toBe(0);
    expect(existsSync(join(dir, 'docs', 'target-zh.md'))).toBe(true);
    const r = runCli(['generate', example, '-o', '-', '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(golden('target-zh.en.md'));
  });

  it('never overwrites an existing file without --force, nor the input even with it', () => {
    const dir = tempDir();
    const out = join(dir, 'out.md');
    writeFileSync(out, 'keep me');
    const r = runCli(['generate', example, '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(runCli(['generate', example, '-o', out, '--force']).status).toBe(0);
    expect(withoutCharts(readFileSync(out, 'utf8'), 'out')).toBe(golden('target-zh.zh-CN.md'));

    copyFileSync(example, join(dir, 'plan.yaml'));
    const self = runCli(['generate', join(dir, 'plan.yaml'), '-o', join(dir, 'plan.yaml'), '--force']);
    expect(self.status).toBe(2);
    expect(self.stderr).toContain('输入文件');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(readFileSync(example, 'utf8'));
  });

  it('refuses a missing output folder and leaves nothing behind', () => {
    const dir = tempDir();
    const r = runCli(['generate', example, '-o', join(dir, 'missing', 'plan.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('不存在');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes nothing when the plan has errors', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), readFileSync(example, 'utf8').replace('revenue: 860', 'revenue: 700'));
    const r = runCli(['generate', join(dir, 'bad.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+/);
    expect(readdirSync(dir)).toEqual(['bad.yaml']);
  });

  it('--draft writes visible placeholders instead of failing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'draft.yaml'), 'salesplan: 1\nstyle: service\nperiod: 2027-02\ntargets:\n  revenue: 180\n');
    expect(runCli(['generate', join(dir, 'draft.yaml'), '-o', '-']).status).toBe(1);
    const r = runCli(['generate', join(dir, 'draft.yaml'), '-o', '-', '--draft']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('【待填】');
    expect(r.stderr).toContain('草稿');
    expect(runCli(['generate', join(dir, 'draft.yaml'), '-o', '-', '--draft', '--lang', 'en']).stdout).toContain('[TBD]');
  });

  it('--style renders the plan in another style', () => {
    const r = runCli(['generate', join(EXAMPLES, 'operations-zh.yaml'), '--style', 'target', '--draft', '-o', '-']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('## 二、市场分析与机会挖掘');
    expect(runCli(['generate', example, '--style', 'nope']).status).toBe(2);
  });

  it('--templates uses the user’s folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'zh-CN', 'target'), { recursive: true });
    writeFileSync(join(dir, 'zh-CN', 'target', 'closing.hbs'), '（签字）{{org.author}}');
    const r = runCli(['generate', example, '-o', '-', '--templates', dir]);
    expect(r.status).toBe(0);
    // The user's closing ends the text; only the approval block follows it.
    expect(r.stdout).toContain('（签字）陈立峰\n\n## 审批\n');
    expect(runCli(['generate', example, '-o', '-', '--templates', join(dir, 'nope')]).status).toBe(2);
  });

  it('respects NO_COLOR and FORCE_COLOR', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'salesplan: 1\nperiod: 2026-12\nstyle: targt\n');
    expect(runCli(['validate', join(dir, 'bad.yaml')]).stderr).not.toContain('\u001b[');
    expect(runCli(['validate', join(dir, 'bad.yaml')], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stderr).toContain('\u001b[');
  });

  it('--quiet prints nothing on success', () => {
    const r = runCli(['generate', example, '-o', '-', '-q']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('validate', () => {
  it('accepts every example', () => {
    for (const f of readdirSync(EXAMPLES).filter((n) => n.endsWith('.yaml'))) {
      const r = runCli(['validate', join(EXAMPLES, f)]);
      expect(r.status, f).toBe(0);
    }
  });

  it('checks many files, reports each, and exits with the worst result', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'salesplan: 1\nperiod: 2026-12\nstyle: target\ntargets:\n  revenue: XX\n');
    const r = runCli(['validate', example, join(dir, 'bad.yaml'), join(dir, 'missing.yaml')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('target-zh.yaml：校验通过');
    expect(r.stderr).toContain('bad.yaml:5:12');
    expect(r.stderr).toContain('missing.yaml');
    assertNoStackTrace(r.stderr);
  });

  it('--format json is machine-readable on stdout', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'salesplan: 1\nperiod: 2026-12\nstyle: target\ntargets:\n  revenue: -5\n');
    const r = runCli(['validate', example, join(dir, 'bad.yaml'), '--format', 'json', '--lang', 'en']);
    expect(r.status).toBe(1);
    const data = JSON.parse(r.stdout) as { files: Array<{ valid: boolean; diagnostics: Array<{ code: string; line: number; path: string }> }> };
    expect(data.files[0]!.valid).toBe(true);
    expect(data.files[1]!.valid).toBe(false);
    expect(data.files[1]!.diagnostics[0]).toMatchObject({ code: 'negative', line: 5, path: 'targets.revenue' });
  });

  it('speaks English with --lang en or LANG=en_US', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'salesplan: 1\nperiod: 2026-12\nstyle: targt\n');
    expect(runCli(['validate', join(dir, 'bad.yaml'), '--lang', 'en']).stderr).toContain('Did you mean "target"?');
    expect(runCli(['validate', join(dir, 'bad.yaml')], { env: { LANG: 'en_US.UTF-8' } }).stderr).toContain('Did you mean "target"?');
    expect(runCli(['validate', join(dir, 'bad.yaml')]).stderr).toContain('是不是想写');
  });
});

describe('styles, schema, templates', () => {
  it('styles lists the five monthly styles, the quarterly and annual kinds and the review, with their sections', () => {
    const r = runCli(['styles']);
    expect(r.status).toBe(0);
    for (const id of ['target', 'operations', 'expansion', 'efficiency', 'service', 'quarterly', 'annual', 'review']) expect(r.stdout).toContain(id);
    expect(r.stdout).toContain('一、本月销售目标与分解');
    expect(r.stdout).toContain('四、团队协作与文化建设');
    const json = JSON.parse(runCli(['styles', '--format', 'json']).stdout) as Array<{ id: string; kind: string; sections: unknown[] }>;
    expect(json.map((s) => `${s.kind}:${s.id}`)).toEqual([
      'monthly:target', 'monthly:operations', 'monthly:expansion', 'monthly:efficiency', 'monthly:service', 'quarterly:quarterly', 'annual:annual', 'review:review',
    ]);
    expect(runCli(['styles', 'nope']).status).toBe(2);
  });

  it('schema prints the documented JSON Schema, the same as the shipped file', () => {
    const r = runCli(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout) as { properties: Record<string, { description?: string }> };
    expect(schema.properties.targets!.description).toContain('Targets');
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'schema', 'plan.schema.json'), 'utf8'));
  });

  it('templates lists, prints and explains', () => {
    expect(runCli(['templates']).stdout).toContain('zh-CN/target/market');
    const printed = runCli(['templates', '--print', 'target/market']);
    expect(printed.stdout).toBe(readFileSync(join(ROOT, 'templates', 'zh-CN', 'target', 'market.hbs'), 'utf8'));
    expect(runCli(['templates', '--print', 'en/target/market']).stdout).toContain('### Opportunities');
    expect(runCli(['templates', '--print', 'target/nope']).status).toBe(2);
    const data = JSON.parse(runCli(['templates', '--data', example]).stdout) as { targets: { revenue: string } };
    expect(data.targets.revenue).toBe('860万元');
  });
});

describe('DOCX through the binary', () => {
  it('generate -f docx writes a DOCX; convert turns Markdown into one', () => {
    const dir = tempDir();
    const r = runCli(['generate', example, '-f', 'docx', '-o', join(dir, 'generated.docx')]);
    expect(r.status).toBe(0);
    const bytes = readFileSync(join(dir, 'generated.docx'));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    writeFileSync(join(dir, 'plan.md'), golden('target-zh.zh-CN.md'));
    const c = runCli(['convert', join(dir, 'plan.md')]);
    expect(c.status).toBe(0);
    expect(existsSync(join(dir, 'plan.docx'))).toBe(true);
    // The DOCX that exists is not overwritten without --force.
    expect(runCli(['convert', join(dir, 'plan.md'), '-o', join(dir, 'plan.docx')]).status).toBe(2);
    expect(runCli(['convert', join(dir, 'plan.md'), '-o', join(dir, 'plan.docx'), '--force', '--no-toc', '--no-cover']).status).toBe(0);
  });

  it('refuses a reference that is not a DOCX, and writes nothing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ref.docx'), 'plain text');
    const r = runCli(['generate', example, '-f', 'docx', '-o', join(dir, 'plan.docx'), '--reference-docx', join(dir, 'ref.docx')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('不是有效的 Word 文档');
    expect(existsSync(join(dir, 'plan.docx'))).toBe(false);
    assertNoStackTrace(r.stderr);
  });

  it('-f with an unknown format is a usage error', () => {
    const r = runCli(['generate', example, '-f', 'odt', '-o', '-']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('md, docx');
  });
});
