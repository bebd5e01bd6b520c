// The action list: what, owner, deadline, deliverable — every scheduled item and every channel
// action the plan names, in that order. A cell the plan leaves open stays blank, to be agreed;
// nothing is filled in for it.
import type { RootContent } from 'mdast';
import type { Lang } from '../i18n/lang.js';
import { pick, type Localized } from '../i18n/localized.js';
import type { Plan } from '../plan/schema.js';
import { taggedText } from '../plan/tagged.js';
import { partHeading, plain } from './director-nodes.js';
import { makeTable, type Cell } from './tables/table.js';

const TEXT = {
  heading: { 'zh-CN': '行动清单', en: 'Action list' },
  lead: {
    'zh-CN': '下表汇总本计划写明的工作事项；计划未写明负责人或完成时间的，表中留空，待确认后填写。',
    en: 'The actions this plan names. Where it names no owner or deadline the cell is blank, to be agreed.',
  },
  what: { 'zh-CN': '事项', en: 'Action' },
  owner: { 'zh-CN': '负责人', en: 'Owner' },
  deadline: { 'zh-CN': '完成时间', en: 'Deadline' },
  deliverable: { 'zh-CN': '交付成果', en: 'Deliverable' },
} as const satisfies Record<string, Localized>;

/** The rows of the action list: [what, owner, deadline, deliverable], '' where the plan is silent. */
export function actionRows(plan: Plan): Cell[][] {
  const rows: Cell[][] = plan.schedule.map((s) => [s.action, s.owner ?? '', String(s.when), s.deliverable ?? '']);
  for (const channel of plan.channels) {
    for (const action of channel.actions) {
      const date = typeof action === 'string' ? undefined : action.date;
      rows.push([taggedText(action), channel.owner ?? '', date ?? '', '']);
    }
  }
  return rows;
}

export function actionNodes(plan: Plan, lang: Lang): RootContent[] {
  const rows = actionRows(plan);
  if (rows.length === 0) return [];
  return [
    partHeading(pick(lang, TEXT.heading), 'actions'),
    { type: 'paragraph', children: [plain(pick(lang, TEXT.lead))] },
    makeTable(
      [
        { header: pick(lang, TEXT.what) }, { header: pick(lang, TEXT.owner), keep: true },
        { header: pick(lang, TEXT.deadline), keep: true }, { header: pick(lang, TEXT.deliverable), keep: true },
      ],
      rows,
    ),
  ];
}
