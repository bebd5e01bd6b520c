// -f pdf: through LibreOffice where it is installed (not on the CI machine: .ci/run does not
// install it, see README), and a clear refusal, with nothing written, where it is not.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoStackTrace, EXAMPLES, runCli, tempDir } from '../helpers.js';

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
const pdftotext = spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' }).stdout.trim();

describe('-f pdf', () => {
  it.skipIf(!soffice)('writes the plan as a PDF through LibreOffice, Chinese text and all', () => {
    const out = join(tempDir(), 'plan.pdf');
    const r = runCli(['generate', join(EXAMPLES, 'target-zh.yaml'), '-f', 'pdf', '-o', out]);
    expect(r.status).toBe(0);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (pdftotext) expect(spawnSync(pdftotext, [out, '-'], { encoding: 'utf8' }).stdout).toContain('2026 年 12 月销售工作计划');
  }, 120_000);

  it('without LibreOffice says how to get it and that -f docx needs none, and writes nothing', () => {
    const out = join(tempDir(), 'plan.pdf');
    // PATH is an empty folder: no soffice there (node itself is run by its full path).
    const r = runCli(['generate', join(EXAMPLES, 'target-zh.yaml'), '-f', 'pdf', '-o', out, '--lang', 'en'], { env: { PATH: tempDir(), SALESPLAN_SOFFICE: undefined } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('-f pdf needs LibreOffice');
    expect(r.stderr).toContain('-f docx needs no LibreOffice');
    expect(existsSync(out)).toBe(false);
    assertNoStackTrace(r.stderr);
  });

  it('refuses a SALESPLAN_SOFFICE that cannot be run', () => {
    const r = runCli(['generate', join(EXAMPLES, 'target-zh.yaml'), '-f', 'pdf', '-o', join(tempDir(), 'plan.pdf')], { env: { SALESPLAN_SOFFICE: '/nonexistent/soffice' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('SALESPLAN_SOFFICE 指向的 /nonexistent/soffice 不存在或不能运行');
  });
});
