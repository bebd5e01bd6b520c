// Every command that reports problems writes every format of the shared formatters: SARIF checked
// against the official 2.1.0 schema, GitHub annotations, JSON; and documents go through the writer
// table (unknown formats are refused with the table's choices).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { assertNoStackTrace, EXAMPLES, ROOT, runCli, tempDir } from '../helpers.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
const { $schema: _draft, id: _id, ...body } = schema;
// The schema's patterns predate Unicode-mode regular expressions.
const validateSarif = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, validateFormats: false, logger: false }).compile(body);

interface Sarif {
  version: string;
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string }> } };
    results: Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }>;
  }>;
}

function expectSarif(stdout: string): Sarif {
  const sarif = JSON.parse(stdout) as Sarif;
  const ok = validateSarif(sarif);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  expect(sarif.version).toBe('2.1.0');
  for (const r of sarif.runs[0]!.results) expect(sarif.runs[0]!.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  return sarif;
}

function badPlan(): string {
  const dir = tempDir();
  const file = join(dir, 'bad.yaml');
  writeFileSync(file, 'salesplan: 1\nperiod: 2026-12\nstyle: target\ntargets:\n  revenue: -5\n');
  return file;
}

describe('validate --format', () => {
  it('sarif: SARIF 2.1.0 on stdout, each problem at its line and column', () => {
    const r = runCli(['validate', badPlan(), '--format', 'sarif', '--lang', 'en']);
    expect(r.status).toBe(1);
    const sarif = expectSarif(r.stdout);
    const negative = sarif.runs[0]!.results.find((x) => x.ruleId === 'negative')!;
    expect(negative.level).toBe('error');
    expect(negative.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 5, startColumn: 12 });
    expect(negative.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/bad\.yaml$/);
    expect(r.stderr).toBe('');
  });

  it('github: one workflow command per problem', () => {
    const r = runCli(['validate', badPlan(), '--format', 'github', '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=.*bad\.yaml,line=5,col=12.*,title=salesplan \(negative\)::/m);
  });

  it('json: the shape scripts were written against, valid files included', () => {
    const r = runCli(['validate', join(EXAMPLES, 'target-zh.yaml'), badPlan(), '--format', 'json']);
    expect(r.status).toBe(1);
    const data = JSON.parse(r.stdout) as { version: number; files: Array<Record<string, unknown>> };
    expect(data.version).toBe(1);
    expect(data.files[0]).toMatchObject({ valid: true, readable: true, errorCount: 0, diagnostics: [] });
    expect(data.files[1]).toMatchObject({ valid: false, errorCount: 1, diagnostics: [{ code: 'negative', severity: 'error', line: 5, column: 12, path: 'targets.revenue' }] });
  });

  it('an unreadable file among several is a result of its own', () => {
    const dir = tempDir();
    const r = runCli(['validate', join(EXAMPLES, 'target-zh.yaml'), join(dir, 'missing.yaml'), '--format', 'sarif']);
    expect(r.status).toBe(2);
    const sarif = expectSarif(r.stdout);
    expect(sarif.runs[0]!.results.map((x) => x.ruleId)).toEqual(['unreadable']);
  });

  it('text is still accepted as the name of the stylish report', () => {
    const r = runCli(['validate', badPlan(), '--format', 'text']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:5:12 +错误/);
  });
});

describe('--report on the commands that also write a document', () => {
  it('generate: the validation step as SARIF, and nothing written', () => {
    const plan = badPlan();
    const out = join(tempDir(), 'plan.md');
    const r = runCli(['generate', plan, '-o', out, '--report', 'sarif']);
    expect(r.status).toBe(1);
    expect(expectSarif(r.stdout).runs[0]!.results[0]!.ruleId).toBe('negative');
    expect(existsSync(out)).toBe(false);
  });

  it('generate: a machine report and the document cannot share stdout', () => {
    const r = runCli(['generate', join(EXAMPLES, 'target-zh.yaml'), '-o', '-', '--report', 'json', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot be used with -o -');
    assertNoStackTrace(r.stderr);
  });

  it('generate: a valid plan gives an empty report and its document', () => {
    const out = join(tempDir(), 'plan.md');
    const r = runCli(['generate', join(EXAMPLES, 'target-zh.yaml'), '-o', out, '--report', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ valid: true, diagnostics: [] });
    expect(existsSync(out)).toBe(true);
  });

  it('tiers: problems in the customer list as GitHub annotations', () => {
    const out = join(tempDir(), 'tiers.md');
    const r = runCli(['tiers', join(ROOT, 'tests/fixtures/bad/customers/bad-cells.csv'), '--as-of', '2026-12-31', '--report', 'github', '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=.*bad-cells\.csv,line=3,col=16/m);
  });

  it('review: problems in the actuals as SARIF', () => {
    const out = join(tempDir(), 'review.md');
    const r = runCli(['review', join(EXAMPLES, 'target-zh.yaml'), '--actuals', join(ROOT, 'tests/fixtures/bad/actuals/unknown-name.csv'), '-o', out, '--report', 'sarif']);
    expect(r.status).toBe(1);
    const results = expectSarif(r.stdout).runs[0]!.results;
    expect(results.some((x) => x.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('unknown-name.csv') && x.locations[0]!.physicalLocation.region.startLine === 3)).toBe(true);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the writer table', () => {
  it('refuses an unknown format with the formats there are', () => {
    const r = runCli(['generate', join(EXAMPLES, 'target-zh.yaml'), '-f', 'odt', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Unknown format "odt". Choose one of: md, docx, pdf, xlsx.');
  });

  it('names the formats in help from the table', () => {
    expect(runCli(['generate', '--help', '--lang', 'en']).stdout).toContain('output format: md, docx, pdf or xlsx');
    expect(runCli(['review', '--help']).stdout).toContain('回顾文档格式：md、docx、pdf 或 xlsx');
  });

  it('accepts markdown for md and takes the extension from the table', () => {
    const dir = tempDir();
    const plan = join(dir, 'p.yaml');
    writeFileSync(plan, readFileSync(join(EXAMPLES, 'target-zh.yaml')));
    expect(runCli(['generate', plan, '-f', 'markdown']).status).toBe(0);
    expect(existsSync(join(dir, 'p.md'))).toBe(true);
    expect(runCli(['generate', plan, '-f', 'docx']).status).toBe(0);
    expect(readFileSync(join(dir, 'p.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(runCli(['generate', plan, '-f', 'xlsx']).status).toBe(0);
    expect(readFileSync(join(dir, 'p.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });
});
