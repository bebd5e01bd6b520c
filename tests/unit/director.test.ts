// The director's pages as data (action rows, approval rows, summary moves and risks), the month
// tags of annual plan lines, and the language helpers English documents from Chinese data need.
import { describe, expect, it } from 'vitest';
import { actionRows } from '../../src/document/actions.js';
import { approvalRows } from '../../src/document/approval.js';
import { hasOtherLanguageText } from '../../src/document/language-note.js';
import { topRisks } from '../../src/document/summary.js';
import { joinSeparator } from '../../src/document/templates/engine.js';
import { countOf, NOUNS } from '../../src/i18n/plural.js';
import { explainedUnit } from '../../src/i18n/units.js';
import { Plan } from '../../src/plan/schema.js';
import { monthsInText, taggedMonths } from '../../src/plan/tagged.js';

const plan = (extra: Record<string, unknown> = {}) => Plan.parse({ salesplan: 1, period: '2026-12', ...extra });

describe('month tags of annual lines', () => {
  it('take the given month, then a date, then the months the text names', () => {
    expect(taggedMonths({ text: '大促', month: [11, 12] })).toEqual([11, 12]);
    expect(taggedMonths({ text: '展会', month: 4 })).toEqual([4]);
    expect(taggedMonths({ text: '展会', date: '2027-05-18' })).toEqual([5]);
    expect(taggedMonths('春节后装修季（3—5 月）')).toEqual([3, 4, 5]);
    expect(taggedMonths('“双十一”“双十二”大促')).toEqual([11, 12]);
    expect(taggedMonths('长租公寓品牌年度集中采购')).toBeUndefined();
    expect(monthsInText('每季度更新一次')).toEqual([]);
    expect(monthsInText('10月上旬')).toEqual([10]);
  });
});

describe('action list rows', () => {
  it('come from the schedule and channel actions, blank where the plan names no owner or deadline', () => {
    const rows = actionRows(plan({
      schedule: [{ when: '12月1日', action: '启动会', owner: '陈立峰' }],
      channels: [{ name: '电商', actions: ['大促', { text: '展会', date: '2026-12-19' }] }],
    }));
    expect(rows).toEqual([
      ['启动会', '陈立峰', '12月1日', ''],
      ['大促', '', '', ''],
      ['展会', '', '2026-12-19', ''],
    ]);
  });
});

describe('approval rows', () => {
  it('give names and dates from org and leave the rest blank to sign', () => {
    const rows = approvalRows({ author: '陈立峰', reviewer: '李婷', approver: '周海燕', approved: '2026-11-30' }, 'zh-CN');
    expect(rows).toEqual([
      ['编制', '陈立峰', '', ''],
      ['审核', '李婷', '', ''],
      ['批准', '周海燕', '2026年11月30日', ''],
    ]);
    expect(approvalRows({}, 'en').map((r) => r[0])).toEqual(['Prepared', 'Reviewed', 'Approved']);
  });
});

describe('summary risks', () => {
  it('are the highest rated first, plan order among equals', () => {
    const risks = topRisks(plan({ risks: [
      { risk: 'a', likelihood: 'low', impact: 'low' },
      { risk: 'b', likelihood: 'high', impact: 'high' },
      { risk: 'c' },
      { risk: 'd', likelihood: 'medium', impact: 'high' },
    ] }));
    expect(risks.map((r) => r.risk)).toEqual(['b', 'd', 'a']);
  });
});

describe('English documents from Chinese data', () => {
  it('join lists with the document language separator', () => {
    expect(joinSeparator('en', undefined)).toBe(', ');
    expect(joinSeparator('en', '、')).toBe(', ');
    expect(joinSeparator('en', '；')).toBe('; ');
    expect(joinSeparator('zh-CN', undefined)).toBe('、');
    expect(joinSeparator('zh-CN', '; ')).toBe('；');
    expect(joinSeparator('en', ' / ')).toBe(' / ');
  });

  it('count with singular and plural', () => {
    expect(countOf('en', 1, NOUNS.reps)).toBe('1 rep');
    expect(countOf('en', 5, NOUNS.people)).toBe('5 people');
    expect(countOf('en', '1', NOUNS.people)).toBe('1 person');
    expect(countOf('zh-CN', 5, NOUNS.people)).toBe('5人');
  });

  it('explain 万元 with the currency, once, in English only', () => {
    expect(explainedUnit('en', '万元', undefined)).toBe('万元 (10,000 yuan, CNY)');
    expect(explainedUnit('zh-CN', '万元', undefined)).toBe('万元');
    expect(explainedUnit('en', 'GBP', 'GBP')).toBe('GBP');
  });

  it('notice user text in the other language', () => {
    expect(hasOtherLanguageText(plan({ products: [{ name: 'S9 人脸锁' }] }), 'en')).toBe(true);
    expect(hasOtherLanguageText(plan({ products: [{ name: 'S9 Face lock' }] }), 'en')).toBe(false);
    expect(hasOtherLanguageText(plan({ products: [{ name: 'Face recognition lock' }] }), 'zh-CN')).toBe(true);
    // A model name is not a sentence in another language.
    expect(hasOtherLanguageText(plan({ products: [{ name: 'S9 Pro' }] }), 'zh-CN')).toBe(false);
    expect(hasOtherLanguageText(plan({ products: [{ name: 'S9' }, { name: 'C2 猫眼' }] }), 'zh-CN')).toBe(false);
  });
});
