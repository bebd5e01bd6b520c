// A batch of plans worked on in worker threads (src/commands/generate-pool.ts) gives what the
// same batch gives in one thread: the same documents and chart files, the same messages in the
// order of the plans, the same refusals and exit code.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { assertNoStackTrace, EXAMPLES, runCli, tempDir } from '../helpers.js';

/** Ten plans: eight copies of two examples, one with a problem, one that is not YAML. */
function batch(): string {
  const dir = tempDir('salesplan-workers-');
  const plans = join(dir, 'plans');
  mkdirSync(join(plans, 'east'), { recursive: true });
  for (let i = 0; i < 4; i++) copyFileSync(join(EXAMPLES, 'target-zh.yaml'), join(plans, `t${i}.yaml`));
  for (let i = 0; i < 4; i++) copyFileSync(join(EXAMPLES, 'operations-en.yaml'), join(plans, 'east', `o${i}.yaml`));
  // t5: a revenue that is not a number (a validation error, exit 1); t6: not UTF-8 (unreadable, exit 2).
  writeFileSync(join(plans, 't5.yaml'), readFileSync(join(EXAMPLES, 'target-zh.yaml'), 'utf8').replace(/^( *revenue:) *[\d.]+/m, '$1 很多'));
  writeFileSync(join(plans, 't6.yaml'), Buffer.concat([Buffer.from('salesplan: 1\nkind: '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')]));
  return dir;
}

/** Every file under a folder with its contents (a DOCX as its XML parts, without dates or ids that vary). */
function tree(dir: string, sub = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
    const rel = join(sub, entry.name);
    if (entry.isDirectory()) Object.assign(out, tree(dir, rel));
    else if (rel.endsWith('.docx')) {
      const parts = unzipSync(readFileSync(join(dir, rel)));
      for (const [name, data] of Object.entries(parts)) {
        if (name.endsWith('.xlsx')) continue; // a chart's workbook: a zip with its own dates
        // The docx library numbers bookmarks and drawings with counters that run on for the whole
        // thread, so a document's ids depend on how many came before it in the same thread.
        out[`${rel}!${name}`] = new TextDecoder()
          .decode(data)
          .replace(/rId[a-z0-9_-]{15,}/g, 'rId')
          .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, 'T')
          .replace(/(bookmark(?:Start|End)[^>]*w:id=")\d+/g, '$1N')
          .replace(/(docPr id=")\d+/g, '$1N');
      }
    } else out[rel] = readFileSync(join(dir, rel), 'utf8');
  }
  return out;
}

describe('generate: a batch in worker threads', () => {
  for (const format of ['md', 'docx']) {
    it(`writes what one thread writes (${format}), reports the same, in order, with the same exit code`, () => {
      const dir = batch();
      const run = (workers: string, out: string) =>
        runCli(['generate', join(dir, 'plans'), '-f', format, '-o', `${join(dir, out)}/`], { env: { SALESPLAN_WORKERS: workers, CI: '1' } });
      const one = run('0', 'one');
      const many = run('2', 'many');
      expect(one.status).toBe(2);
      expect(many.status).toBe(2);
      assertNoStackTrace(many.stderr);
      const oneTree = tree(join(dir, 'one'));
      expect(Object.keys(oneTree).filter((f) => f.endsWith(`.${format}`) || f.includes(`.${format}!word/document.xml`))).toHaveLength(8);
      // Compared file by file, so a difference names its file rather than printing every document.
      const manyTree = tree(join(dir, 'many'));
      expect(Object.keys(manyTree).sort()).toEqual(Object.keys(oneTree).sort());
      for (const [name, text] of Object.entries(oneTree)) expect(manyTree[name] === text, name).toBe(true);
      // The messages name the same plans in the same order; only the seconds differ.
      const words = (text: string) => text.replaceAll(join(dir, 'one'), 'OUT').replaceAll(join(dir, 'many'), 'OUT').replace(/[\d.]+ ?(秒|s)(?=[)）])/g, 'N');
      expect(words(many.stderr)).toBe(words(one.stderr));
      expect(many.stderr).toContain('t5.yaml');
      expect(many.stderr).toContain('t6.yaml');
      expect(many.stderr).toMatch(/10 份计划中生成 8 份，2 份有问题未生成/);
    });
  }

  it('refuses an existing document without --force in a worker as in one thread', () => {
    const dir = batch();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 't1.md'), 'mine');
    const r = runCli(['generate', join(dir, 'plans'), '-o', `${out}/`, '--lang', 'en'], { env: { SALESPLAN_WORKERS: '2', CI: '1' } });
    expect(r.status).toBe(2);
    expect(readFileSync(join(out, 't1.md'), 'utf8')).toBe('mine');
    expect(r.stderr).toMatch(/t1\.md/);
    expect(r.stderr).toMatch(/7 of 10 plans written/);
  });
});
