// What salesplan says about an actuals file (salesplan review): its rows (src/data/actuals.ts),
// its names and totals against the plan's (src/plan/attainment.ts), its period against the
// plan's (src/commands/review.ts). In both languages; said with say(lang, actualsText.x, params).
import type { Messages } from '../i18n/localized.js';

export const actualsText = {
  invalid: {
    'zh-CN': '实际数据文件 {file} 有错误，请按下方提示修改。',
    en: 'The actuals file {file} has errors: fix them as shown below.',
  },
  badType: {
    'zh-CN': '类别“{value}”无法识别。请写 {choices} 之一。',
    en: 'the type "{value}" is not known. Write one of {choices}.',
  },
  noName: {
    'zh-CN': '名称为空：产品、渠道、人员和指标都要写明名称，与计划文件中的一致。',
    en: 'the name is empty: products, channels, reps and metrics need the name used in the plan.',
  },
  unknownName: {
    'zh-CN': '计划中没有名为{name}的{dimension}。{hint}',
    en: 'The plan has no {dimension} named {name}. {hint}',
  },
  didYouMean: {
    'zh-CN': '是不是{name}？',
    en: 'Did you mean {name}?',
  },
  known: {
    'zh-CN': '计划中的名称：{names}',
    en: 'The plan’s names: {names}',
  },
  twice: {
    'zh-CN': '{name}的实际值给了两次，请只保留一个。',
    en: 'The actual of {name} is given twice: keep one.',
  },
  noTotal: {
    'zh-CN': '实际数据中没有销售总额：请写 total（CSV 中类别为“总计”的一行），或给出全部产品线的实际值。',
    en: 'The actuals give no total: add total (a CSV row of type "total"), or the actual of every product line.',
  },
  missing: {
    'zh-CN': '以下{dimension}没有实际值，表中显示为“未提供”：{names}',
    en: 'No actual for these {dimension}; the table shows them as not reported: {names}',
  },
  periodMismatch: {
    'zh-CN': '实际数据属于 {actual}，而计划期间是 {plan}。请确认选对了文件。',
    en: 'The actuals are for {actual} but the plan is for {plan}. Check you picked the right file.',
  },
} satisfies Messages;

/** Each dimension of the actuals (attainment's Dimension), one of it: "no {dimension} named …". */
export const dimensionName = {
  total: { 'zh-CN': '总额', en: 'total' },
  products: { 'zh-CN': '产品线', en: 'product line' },
  channels: { 'zh-CN': '渠道', en: 'channel' },
  team: { 'zh-CN': '成员', en: 'member' },
  metrics: { 'zh-CN': '指标', en: 'metric' },
} satisfies Messages;

/** The same, several of it: "no actual for these {dimension}". */
export const dimensionNames = {
  total: { 'zh-CN': '总额', en: 'totals' },
  products: { 'zh-CN': '产品线', en: 'product lines' },
  channels: { 'zh-CN': '渠道', en: 'channels' },
  team: { 'zh-CN': '成员', en: 'members' },
  metrics: { 'zh-CN': '指标', en: 'metrics' },
} satisfies Messages;
