// Lint's results through the shared formatters (src/report/formatters/): SARIF validated against
// the official SARIF 2.1.0 schema, GitHub annotations escaped, JSON complete.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { lintFailure, lintReport, lintRules } from '../../src/commands/lint.js';
import type { FileReport } from '../../src/report/diagnostic.js';
import { formatGithub } from '../../src/report/formatters/github.js';
import { formatJson } from '../../src/report/formatters/json.js';
import { formatSarif } from '../../src/report/formatters/sarif.js';
import type { FormatContext } from '../../src/report/formatters/types.js';
import type { Lang } from '../../src/i18n/lang.js';
import { lintMarkdown } from './helpers.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;

const outcomes: FileReport[] = [
  lintReport({ ...lintMarkdown('# 计划\n\n## 一、本月销售目标与分解\n\n目标XX万元，50%,\n', { style: 'target' }), file: 'plans/12月.md' }, 'zh-CN'),
  lintFailure('plans/broken.docx', 'plans/broken.docx 不是有效的 Word 文档（.docx）。'),
];
const context = (lang: Lang): FormatContext => ({ lang, color: new Chalk({ level: 0 }), version: '0.1.0', rules: lintRules(lang) });

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    const sarif = JSON.parse(formatSarif(outcomes, context('zh-CN'))) as { runs: Array<{ results: unknown[] }> };
    const { $schema: _draft, id: _id, ...body } = schema;
    // The schema's patterns predate Unicode-mode regular expressions.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, validateFormats: false, logger: false });
    const validate = ajv.compile(body);
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(3);
  });

  it('points each result at its rule, file and region', () => {
    const sarif = JSON.parse(formatSarif(outcomes, context('en')));
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'placeholder');
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'plans/12月.md', index: 0 }, region: { startLine: 5, startColumn: 3, endColumn: 7 } });
    expect(sarif.runs[0].tool.driver.rules[result.ruleIndex].id).toBe('placeholder');
  });
});

describe('GitHub annotations', () => {
  it('writes one workflow command per problem, escaped', () => {
    const text = formatGithub(outcomes);
    expect(text).toContain('::error file=plans/12月.md,line=5,col=3,endColumn=7,title=salesplan (placeholder)::');
    expect(text).toMatch(/::warning file=plans\/12月\.md,line=1,col=1,title=salesplan \(six-parts\)::/);
    expect(text).toContain('::error file=plans/broken.docx,title=salesplan (unreadable)::');
    expect(formatGithub([lintFailure('a,b:c.md', '100% bad\nline')])).toBe('::error file=a%2Cb%3Ac.md,title=salesplan (unreadable)::100%25 bad%0Aline');
  });
});

describe('JSON', () => {
  it('lists each file with its plans and messages', () => {
    const data = JSON.parse(formatJson(outcomes));
    expect(data.files[0]).toMatchObject({ file: 'plans/12月.md', readable: true, format: 'md', plans: [{ style: 'target', given: true }] });
    expect(data.files[1]).toMatchObject({ readable: false, errorCount: 1 });
  });
});
