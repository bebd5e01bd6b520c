// Consistency warnings a manager wants before the boss sees the plan, and values refused because
// they cannot be what the author meant (issue 11, deliverable 7).
import { readFileSync } from 'node:fs';
import { parseDocument, type Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateText } from '../../src/plan/validate.js';
import { examplePath } from '../examples.js';

async function codes(file: string, edit: (doc: Document) => void, raw?: (text: string) => string) {
  const doc = parseDocument(readFileSync(examplePath(file), 'utf8'));
  edit(doc);
  const text = raw ? raw(doc.toString()) : doc.toString();
  const v = await validateText(text, examplePath(file));
  return { v, codes: v.diagnostics.map((d) => `${d.severity}:${d.code}`) };
}

describe('consistency', () => {
  it('warns when the product lines\' last_amounts do not add up to last_revenue (82 + 52 + 33 + 15 + 12 = 194, not 196)', async () => {
    const { v, codes: c } = await codes('service-zh.yaml', (doc) => doc.setIn(['products', 4, 'last_amount'], 12));
    expect(c).toContain('warning:last-amounts-vs-last-revenue');
    expect(v.diagnostics.find((d) => d.code === 'last-amounts-vs-last-revenue')!.message).toContain('194万元');
  });

  it('warns when some lines alone already exceed last_revenue', async () => {
    const { codes: c } = await codes('service-zh.yaml', (doc) => {
      doc.deleteIn(['products', 4, 'last_amount']);
      doc.setIn(['products', 0, 'last_amount'], 190);
    });
    expect(c).toContain('warning:last-amounts-vs-last-revenue');
  });

  it('says nothing when they agree (the example as shipped)', async () => {
    const { codes: c } = await codes('service-zh.yaml', () => {});
    expect(c).toEqual([]);
  });

  it('warns about a renewal rate over 100%', async () => {
    const { codes: c } = await codes('operations-zh.yaml', (doc) => {
      doc.setIn(['targets', 'metrics'], doc.createNode([{ id: 'renewal_rate', baseline: 90, target: 105 }]));
    });
    expect(c).toContain('warning:rate-over-100');
  });
});

describe('refused values', () => {
  it('refuses a date that does not exist: 2026-02-30', async () => {
    const { v, codes: c } = await codes('target-zh.yaml', (doc) => doc.setIn(['org', 'date'], '2026-02-30'));
    expect(c).toContain('error:impossible-date');
    expect(v.valid).toBeUndefined();
  });

  it('refuses the year 0000 in a period', async () => {
    const { v, codes: c } = await codes('target-zh.yaml', (doc) => doc.set('period', '0000-01'));
    expect(c).toContain('error:period-format');
    expect(v.valid).toBeUndefined();
  });

  it('refuses an integer too large to be held exactly instead of printing it rounded', async () => {
    const { v, codes: c } = await codes('target-zh.yaml', () => {}, (text) => text.replace(/^(\s*revenue:) .*$/m, '$1 123456789012345678901234567890'));
    expect(c).toContain('error:number-too-large');
    expect(v.valid).toBeUndefined();
  });
});
