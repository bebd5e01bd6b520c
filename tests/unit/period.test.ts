import { describe, expect, it } from 'vitest';
import { canonicalPeriod, formatPeriod, parsePeriod, shiftPeriod, weeksOfMonth, type Period } from '../../src/plan/period.js';

describe('periods', () => {
  it.each([
    ['2026-12', 'monthly', '2026-12'],
    ['2026-1', 'monthly', '2026-01'],
    ['2026/03', 'monthly', '2026-03'],
    ['2026年12月', 'monthly', '2026-12'],
    ['2026-Q4', 'quarterly', '2026-Q4'],
    ['2026q1', 'quarterly', '2026-Q1'],
    ['2026年第三季度', 'quarterly', '2026-Q3'],
    [2026, 'annual', '2026'],
    ['2026年', 'annual', '2026'],
  ])('parses %s as %s', (input, kind, canonical) => {
    const p = parsePeriod(input as string | number) as Period;
    expect(p.kind).toBe(kind);
    expect(canonicalPeriod(p)).toBe(canonical);
  });

  it('rejects months outside 1–12 and nonsense', () => {
    expect(parsePeriod('2026-13')).toBe('invalidMonth');
    expect(parsePeriod('2026-00')).toBe('invalidMonth');
    expect(parsePeriod('December')).toBeUndefined();
    expect(parsePeriod('2026-Q5')).toBeUndefined();
  });

  it('formats in both languages', () => {
    const m = parsePeriod('2026-12') as Period;
    expect(formatPeriod(m, 'zh-CN')).toBe('2026年12月');
    expect(formatPeriod(m, 'en')).toBe('December 2026');
    expect(formatPeriod(parsePeriod('2026-Q4') as Period, 'zh-CN')).toBe('2026年第四季度');
    expect(formatPeriod(parsePeriod('2026-Q4') as Period, 'en')).toBe('Q4 2026');
  });

  it('moves across year ends', () => {
    expect(canonicalPeriod(shiftPeriod(parsePeriod('2026-12') as Period, 1))).toBe('2027-01');
    expect(canonicalPeriod(shiftPeriod(parsePeriod('2027-01') as Period, -1))).toBe('2026-12');
    expect(canonicalPeriod(shiftPeriod(parsePeriod('2026-Q1') as Period, -1))).toBe('2025-Q4');
  });

  it('cuts a month into weeks that cover every day once', () => {
    for (let month = 1; month <= 12; month++) {
      const weeks = weeksOfMonth(2026, month);
      expect(weeks[0]!.startDay).toBe(1);
      for (let i = 1; i < weeks.length; i++) expect(weeks[i]!.startDay).toBe(weeks[i - 1]!.endDay + 1);
      expect(weeks.every((w) => w.endDay - w.startDay >= 2)).toBe(true);
    }
    // December 2026 starts on a Tuesday: the first week is 1–6 Dec with four workdays.
    expect(weeksOfMonth(2026, 12)[0]).toMatchObject({ startDay: 1, endDay: 6, workdays: 4 });
    expect(weeksOfMonth(2026, 12).reduce((n, w) => n + w.workdays, 0)).toBe(23);
  });
});
