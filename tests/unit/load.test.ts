import { describe, expect, it } from 'vitest';
import { loadPlanText } from '../../src/plan/load.js';
import { basePlan, validatePlan } from '../plan-fixture.js';

const load = (text: string, lang = 'zh-CN') => loadPlanText(text, 'p.yaml', { lang });

describe('loader: YAML problems', () => {
  it('points at a syntax error and explains it', async () => {
    const r = load('salesplan: 1\nperiod: 2026-12\n  style: target\n');
    expect(r.plan).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', line: 2 });
    expect(r.diagnostics[0]!.message).toContain('缩进');
  });

  it('reports a duplicate key with its name', async () => {
    const r = load('salesplan: 1\nperiod: 2026-12\nperiod: 2027-01\n', 'en');
    expect(r.diagnostics[0]).toMatchObject({ code: 'duplicate-key', line: 3 });
    expect(r.diagnostics[0]!.message).toContain('"period"');
  });

  it('refuses an empty file and a file that is not a mapping', async () => {
    expect(load('').diagnostics[0]!.code).toBe('empty-file');
    expect(load('# only a comment\n').diagnostics[0]!.code).toBe('empty-file');
    expect(load('- a\n- b\n').diagnostics[0]!.code).toBe('not-a-plan');
  });

  it('refuses alias bombs before expanding them', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    expect(() => load(lines.join('\n'))).toThrow(/别名/);
  });
});

describe('loader: schema problems in the user’s terms', () => {
  it('explains a placeholder left in a number', async () => {
    const r = load('salesplan: 1\nstyle: target\nperiod: 2026-12\ntargets:\n  revenue: XX万元\n');
    const d = r.diagnostics.find((x) => x.path?.join('.') === 'targets.revenue')!;
    expect(d).toMatchObject({ code: 'placeholder', line: 5, column: 12 });
  });

  it('suggests the number and the unit for "500万元"', async () => {
    const r = load('salesplan: 1\nstyle: target\nperiod: 2026-12\ntargets:\n  revenue: 500万元\n', 'en');
    expect(r.diagnostics[0]!.message).toBe('targets.revenue must be a number, got "500万元". Write 500 and set unit: 万元 in the plan.');
  });

  it('suggests a plain number for "40%" and for "1,200"', async () => {
    const r = load('salesplan: 1\nperiod: 2026-12\nproducts:\n  - name: A\n    share: 40%\n  - name: B\n    amount: "1,200"\n', 'en');
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'products[0].share must be a number, got "40%". Write percentages as plain numbers: 40 (meaning 40%).',
      'products[1].amount must be a number, got "1,200". Leave out the thousands separators: 1200.',
    ]);
  });

  it('points at an unknown key and suggests the right one', async () => {
    const r = load('salesplan: 1\nperiod: 2026-12\ntargets:\n  last_revenu: 450\n', 'en');
    expect(r.diagnostics[0]).toMatchObject({ code: 'unknown-key', line: 4, column: 3, endColumn: 14 });
    expect(r.diagnostics[0]!.message).toContain('Did you mean "last_revenue"?');
  });

  it('maps a Chinese key to the English one', async () => {
    const r = load('salesplan: 1\nperiod: 2026-12\n产品: []\n');
    expect(r.diagnostics[0]!.message).toContain('「products」');
  });

  it('suggests an enum value', async () => {
    const r = load('salesplan: 1\nperiod: 2026-12\nstyle: servce\n', 'en');
    expect(r.diagnostics[0]!.message).toContain('Did you mean "service"?');
  });

  it('names a missing required key and what it is for', async () => {
    const r = load('salesplan: 1\nproducts:\n  - amount: 5\n', 'en');
    const messages = r.diagnostics.map((d) => d.message);
    expect(messages).toContain('Missing required key period (Period: 2026-12 (monthly), 2026-Q4 (quarterly), 2026 (annual)).');
    expect(messages).toContain('Missing required key products[0].name (Product line).');
  });

  it('asks for the format version', async () => {
    expect(load('period: 2026-12\n').diagnostics[0]!.code).toBe('missing-key');
    expect(load('salesplan: 2\nperiod: 2026-12\n').diagnostics[0]!.code).toBe('bad-version');
  });

  it('refuses negative money and percentages over 100', async () => {
    const r = load('salesplan: 1\nperiod: 2026-12\ntargets:\n  revenue: -1\n  gross_margin: 120\n');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['negative', 'percent-over-100']);
  });

  it('writes messages in the plan’s own language when --lang is absent', async () => {
    const r = loadPlanText('salesplan: 1\nlang: en\nperiod: 2026-12\ntargets:\n  revenue: abc\n', 'p.yaml');
    expect(r.lang).toBe('en');
    expect(r.diagnostics[0]!.message).toMatch(/^targets.revenue must be a number/);
  });
});

describe('a valid plan', () => {
  it('loads with no diagnostics', async () => {
    expect((await validatePlan(basePlan())).diagnostics).toEqual([]);
  });
});
