// Working days with China's public holidays and make-up working days (chinese-days for published
// years, the statutory days derived from the lunar calendar for later ones), checked against
// weekly pace tables worked out by hand from the State Council's 2026 arrangement.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { isPublished, monthCalendar, statutoryHolidays } from '../../src/plan/calendar.js';
import type { DerivedPlan } from '../../src/plan/derive.js';
import { validateText } from '../../src/plan/validate.js';
import { examplePath } from '../examples.js';

/** examples/target-zh.yaml moved to `period` with a revenue of `revenue` (and a calendar block). */
async function monthly(period: string, revenue: number, calendar?: Record<string, unknown>) {
  const doc = parseDocument(readFileSync(examplePath('target-zh.yaml'), 'utf8'));
  doc.set('period', period);
  doc.setIn(['targets', 'revenue'], revenue);
  // One product line carries the whole target, so only the weekly pace is in question.
  doc.set('products', doc.createNode([{ name: '全部产品', role: 'flagship', amount: revenue }]));
  doc.deleteIn(['channels']);
  doc.deleteIn(['team']);
  doc.deleteIn(['budget']);
  if (calendar) doc.set('calendar', doc.createNode(calendar));
  const v = await validateText(doc.toString(), examplePath('target-zh.yaml'));
  expect(v.valid, v.diagnostics.map((d) => d.message).join('\n')).toBeDefined();
  return v;
}
const table = (d: DerivedPlan) => d.weeks.map((w) => ({
  days: `${w.startDay}-${w.endDay}`, workdays: w.workdays, target: w.target?.toString(),
  holidays: w.holidays.map((h) => h['zh-CN']).join('、'), makeUp: w.makeUpDays,
}));

describe('October 2026: National Day', () => {
  it('1–7 October off, Saturday 10 October worked; 18 working days', async () => {
    const v = await monthly('2026-10', 900);
    expect(v.valid!.derived.calendar).toEqual({ source: 'official', year: 2026 });
    // 1–4 Oct: Thu–Sun, all holiday. 5–11: 5–7 holiday, 8–9 work, Sat 10 make-up. Then three full weeks.
    // 900 over 0 + 3 + 5 + 5 + 5 = 18 days: 150, 250, 250, 250.
    expect(table(v.valid!.derived)).toEqual([
      { days: '1-4', workdays: 0, target: undefined, holidays: '国庆节', makeUp: 0 },
      { days: '5-11', workdays: 3, target: '150', holidays: '国庆节', makeUp: 1 },
      { days: '12-18', workdays: 5, target: '250', holidays: '', makeUp: 0 },
      { days: '19-25', workdays: 5, target: '250', holidays: '', makeUp: 0 },
      { days: '26-31', workdays: 5, target: '250', holidays: '', makeUp: 0 },
    ]);
    const md = renderMarkdown(buildDocument(v.valid!, { today: '2026-09-20' }));
    expect(md).toMatch(/\| 第1周 +\| 10月1日—10月4日 +\| +0 \| 国庆节 +\| +— \|/);
    expect(md).toMatch(/\| 第2周 +\| 10月5日—10月11日 +\| +3 \| 国庆节；调休上班1天 +\| +150 \|/);
  });
});

describe('February 2026: Spring Festival and its make-up Saturdays', () => {
  it('15–23 February off, Saturdays 14 and 28 February worked; the festival week gets no target', async () => {
    const v = await monthly('2026-02', 800);
    // 1 Feb is a Sunday, so 1–8 is the first week. 9–15: five days and Sat 14; 16–22: all holiday;
    // 23–28: Mon 23 holiday, 24–27 and Sat 28. 800 over 5 + 6 + 0 + 5 = 16 days: 250, 300, —, 250.
    expect(table(v.valid!.derived)).toEqual([
      { days: '1-8', workdays: 5, target: '250', holidays: '', makeUp: 0 },
      { days: '9-15', workdays: 6, target: '300', holidays: '春节', makeUp: 1 },
      { days: '16-22', workdays: 0, target: undefined, holidays: '春节', makeUp: 0 },
      { days: '23-28', workdays: 5, target: '250', holidays: '春节', makeUp: 1 },
    ]);
  });
});

describe('February 2027: not published yet, estimated from the lunar calendar', () => {
  it('除夕 to 初三 (5–8 February) off, no make-up days; the document says it is estimated', async () => {
    expect(isPublished(2027)).toBe(false);
    const spring = [...statutoryHolidays(2027)].filter(([, n]) => n['zh-CN'] === '春节').map(([date]) => date);
    expect(spring).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    const v = await monthly('2027-02', 900);
    expect(v.valid!.derived.calendar).toEqual({ source: 'estimated', year: 2027 });
    // 1–7: Mon–Thu work, Fri 5 off; 8–14: Mon 8 off, 9–12 work; then 5 and 5. 900 over 18 days: 200, 200, 250, 250.
    expect(table(v.valid!.derived)).toEqual([
      { days: '1-7', workdays: 4, target: '200', holidays: '春节', makeUp: 0 },
      { days: '8-14', workdays: 4, target: '200', holidays: '春节', makeUp: 0 },
      { days: '15-21', workdays: 5, target: '250', holidays: '', makeUp: 0 },
      { days: '22-28', workdays: 5, target: '250', holidays: '', makeUp: 0 },
    ]);
    const md = renderMarkdown(buildDocument(v.valid!, { today: '2026-12-20' }));
    expect(md).toContain('2027年的放假安排尚未公布');
    const en = renderMarkdown(buildDocument({ ...v.valid!, lang: 'en' }, { today: '2026-12-20' }));
    expect(en).toContain('holiday arrangement for 2027 has not been published yet');
  });
});

describe('a plan\'s own calendar', () => {
  it('adds company days off and working days, or keeps to weekends only', async () => {
    const v = await monthly('2026-12', 860, { holidays: [{ date: '2026-12-31', name: '年终盘点' }], workdays: ['2026-12-26'] });
    const weeks = v.valid!.derived.weeks;
    expect(weeks.at(-1)).toMatchObject({ startDay: 28, endDay: 31, workdays: 3 });
    expect(weeks.at(-1)!.holidays.map((h) => h['zh-CN'])).toEqual(['年终盘点']);
    expect(weeks.find((w) => w.startDay <= 26 && w.endDay >= 26)!.workdays).toBe(6);
    const plain = await monthly('2026-10', 900, { country: 'none' });
    expect(plain.valid!.derived.calendar!.source).toBe('weekends');
    expect(plain.valid!.derived.weeks.reduce((n, w) => n + w.workdays, 0)).toBe(22);
  });

  it('refuses a date that does not exist', async () => {
    const doc = parseDocument(readFileSync(examplePath('target-zh.yaml'), 'utf8'));
    doc.set('calendar', doc.createNode({ holidays: ['2026-02-30'] }));
    const v = await validateText(doc.toString(), examplePath('target-zh.yaml'));
    expect(v.valid).toBeUndefined();
    expect(v.diagnostics.map((d) => d.code)).toContain('calendar-bad-date');
  });

  it('reads the official data for every day of 2026', () => {
    const work = Array.from({ length: 12 }, (_, m) => monthCalendar(2026, m + 1, { country: 'CN', holidays: [], workdays: [] }).days.filter((d) => d.work).length);
    // 2026: 261 weekdays − 19 holidays on weekdays (1–2 Jan, 16–20 and 23 Feb, 6 Apr, 1, 4, 5 May,
    // 19 Jun, 25 Sep, 1, 2, 5, 6, 7 Oct) + 6 make-up days (4 Jan, 14 and 28 Feb, 9 May, 20 Sep, 10 Oct).
    expect(work.reduce((a, b) => a + b, 0)).toBe(248);
  });
});
