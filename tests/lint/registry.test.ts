// The shape of lint's code the architecture issue asks for: each rule in a file named after its
// id, one ordered registry, messages beside their rule in both languages, one list of readers,
// and no language ternaries or imports of the renderers under src/lint/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINT_EXTENSIONS, LINT_READERS, readerFor } from '../../src/lint/readers/index.js';
import { RULES } from '../../src/lint/rules/index.js';
import { ROOT } from '../helpers.js';

const LINT = join(ROOT, 'src', 'lint');
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

describe('lint rules registry', () => {
  it('has one file per rule, named after its id, and nothing else in rules/', () => {
    const names = readdirSync(join(LINT, 'rules')).filter((f) => f !== 'index.ts').map((f) => f.replace(/\.ts$/, '')).sort();
    expect(names).toEqual(RULES.map((r) => r.id).sort());
  });

  it('gives every message of every rule in both languages', () => {
    for (const rule of RULES) {
      expect(Object.keys(rule.messages).length, rule.id).toBeGreaterThan(0);
      for (const [id, text] of Object.entries(rule.messages)) {
        expect(text['zh-CN'], `${rule.id}.${id}`).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en, `${rule.id}.${id}`).toMatch(/^[^\u4e00-\u9fff]*$/);
        // The same placeholders in both languages.
        const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(params(text.en), `${rule.id}.${id}`).toEqual(params(text['zh-CN']));
      }
    }
  });

  it('documents each rule in docs/rules.md, in the registry order', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    const headings = [...doc.matchAll(/^## ([a-z0-9-]+)$/gm)].map((m) => m[1]);
    expect(headings.filter((h) => RULES.some((r) => r.id === h))).toEqual(RULES.map((r) => r.id));
  });
});

describe('lint readers registry', () => {
  it('is the one list of extensions', () => {
    expect(LINT_EXTENSIONS).toEqual(['md', 'markdown', 'docx', 'txt']);
    expect(LINT_READERS.map((r) => r.format)).toEqual(['md', 'docx', 'txt']);
    const command = readFileSync(join(ROOT, 'src', 'commands', 'lint.ts'), 'utf8');
    expect(command).not.toMatch(/'markdown'|'txt'/);
  });

  it('takes a zip as DOCX whatever its name, else goes by extension, else reads text', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(readerFor('plan.txt', zip).format).toBe('docx');
    expect(readerFor('plan.MD', new Uint8Array([35])).format).toBe('md');
    expect(readerFor('plan.markdown', new Uint8Array([35])).format).toBe('md');
    expect(readerFor('plan', new Uint8Array([35])).format).toBe('txt');
  });
});

describe('src/lint/ code', () => {
  const sources = files(LINT).filter((f) => f.endsWith('.ts') && !f.includes(`${join('lint', 'formatters')}`));
  it('compares no language by hand', () => {
    for (const file of sources) expect(readFileSync(file, 'utf8'), relative(ROOT, file)).not.toMatch(/(?:lang|Lang)\s*[!=]==\s*'(?:zh-CN|en)'|'(?:zh-CN|en)'\s*[!=]==/);
  });
  it('never imports the renderers', () => {
    for (const file of files(LINT)) expect(readFileSync(file, 'utf8'), relative(ROOT, file)).not.toMatch(/from '(?:\.\.\/)+render\//);
  });
});
