// What the plan loader says about a file's structure and size, in both languages, beside it.
import type { Messages } from '../i18n/localized.js';

export const loadText = {
  moreProblems: {
    'zh-CN': '另有 {count} 个问题未列出。请先修正上面的问题再重新校验。',
    en: '{count} more problems are not listed. Fix the ones above and check again.',
  },
  collectionKey: {
    'zh-CN': '这里用一个列表或一组键值作为键（如 ? [a, b]: 1）。计划文件的键只能是文字，如 revenue:。',
    en: 'A list or a block of keys is used as a key here (as in ? [a, b]: 1). Keys in a plan are words, such as revenue:.',
  },
  unknownTag: {
    'zh-CN': 'YAML 标签 {tag} 不是计划文件格式的一部分，已拒绝。请删掉标签，直接写出数值或文字。',
    en: 'The YAML tag {tag} is not part of the plan format and was refused. Remove the tag and write the value itself.',
  },
  listTooLong: {
    'zh-CN': '这个列表有 {count} 项，超过上限 {max} 项（见 README 的“Limits”一节）。请拆分成几份计划，或合并次要的项目。',
    en: 'This list has {count} entries, more than the limit of {max} (see "Limits" in the README). Split the plan, or merge minor entries.',
  },
  expandedTooLarge: {
    'zh-CN': '计划展开别名（* 引用）后超过上限（{max} 文字或 {nodes} 个值，见 README 的“Limits”一节），已拒绝处理。请直接写出内容，或拆分成几份计划。',
    en: 'Once its aliases (* references) are expanded the plan exceeds the limit ({max} of text or {nodes} values; see "Limits" in the README) and was refused. Write the values out, or split the plan.',
  },
} satisfies Messages;
