// The approval block at the end of a plan: 编制 / 审核 / 批准 (prepared, reviewed, approved),
// each with the name and date the plan's `org` gives, and blank cells to sign and date by hand
// where it gives none.
import type { RootContent } from 'mdast';
import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { pick, type Localized } from '../i18n/localized.js';
import type { Plan } from '../plan/schema.js';
import { partHeading } from './director-nodes.js';
import { makeTable, type Cell } from './tables/table.js';

const TEXT = {
  heading: { 'zh-CN': '审批', en: 'Approval' },
  step: { 'zh-CN': '环节', en: 'Step' },
  name: { 'zh-CN': '姓名', en: 'Name' },
  date: { 'zh-CN': '日期', en: 'Date' },
  signature: { 'zh-CN': '签字', en: 'Signature' },
  prepared: { 'zh-CN': '编制', en: 'Prepared' },
  reviewed: { 'zh-CN': '审核', en: 'Reviewed' },
  approved: { 'zh-CN': '批准', en: 'Approved' },
} as const satisfies Record<string, Localized>;

/** The three rows: [step, name, date, signature]; '' where the plan gives nothing, to fill in by hand. */
export function approvalRows(org: Plan['org'], lang: Lang): Cell[][] {
  const date = (iso: string | undefined) => (iso ? formatDate(iso, lang) : '');
  return [
    [pick(lang, TEXT.prepared), org.author ?? '', date(org.date), ''],
    [pick(lang, TEXT.reviewed), org.reviewer ?? '', date(org.reviewed), ''],
    [pick(lang, TEXT.approved), org.approver ?? '', date(org.approved), ''],
  ];
}

export function approvalNodes(plan: Plan, lang: Lang): RootContent[] {
  const headers = [TEXT.step, TEXT.name, TEXT.date, TEXT.signature].map((h) => ({ header: pick(lang, h), keep: true }));
  return [partHeading(pick(lang, TEXT.heading), 'approval'), makeTable(headers, approvalRows(plan.org, lang))];
}
