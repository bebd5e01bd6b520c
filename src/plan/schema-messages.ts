// What the schema says when a plan's value has the wrong shape (issues.ts turns zod's issues
// into these), in both languages, beside the schema they explain.
import type { Messages } from '../i18n/localized.js';

export const schemaText = {
  missingKey: {
    'zh-CN': '缺少必填项 {path}{what}。',
    en: 'Missing required key {path}{what}.',
  },
  missingVersion: {
    'zh-CN': '缺少 salesplan: 1。请在文件第一行写上 salesplan: 1，表明这是 salesplan 计划文件（格式版本 1）。',
    en: 'Missing salesplan: 1. Put salesplan: 1 on the first line to mark this as a salesplan plan file (format version 1).',
  },
  badVersion: {
    'zh-CN': 'salesplan 的值应为 1（计划文件格式版本），实际是 {got}。',
    en: 'salesplan should be 1 (the format version); got {got}.',
  },
  placeholder: {
    'zh-CN': '{path} 还是占位符 {got}，请填入实际数字，例如 500（单位在 unit 中设置）。',
    en: '{path} is still a placeholder, {got}: write the real figure, e.g. 500 (the unit is set in unit).',
  },
  numberWithUnit: {
    'zh-CN': '{path} 应为数字，实际是 {got}。请写成 {number}，并在计划中设置 unit: {unit}。',
    en: '{path} must be a number, got {got}. Write {number} and set unit: {unit} in the plan.',
  },
  numberWithPercent: {
    'zh-CN': '{path} 应为数字，实际是 {got}。百分比直接写数字：{number}（表示 {number}%）。',
    en: '{path} must be a number, got {got}. Write percentages as plain numbers: {number} (meaning {number}%).',
  },
  numberWithCommas: {
    'zh-CN': '{path} 应为数字，实际是 {got}。请去掉千位分隔符，写成 {number}。',
    en: '{path} must be a number, got {got}. Leave out the thousands separators: {number}.',
  },
  expectedNumber: {
    'zh-CN': '{path} 应为数字，实际是 {got}。',
    en: '{path} must be a number, got {got}.',
  },
  expectedInteger: {
    'zh-CN': '{path} 应为整数，实际是 {got}。',
    en: '{path} must be a whole number, got {got}.',
  },
  expectedText: {
    'zh-CN': '{path} 应为文字，实际是 {got}。',
    en: '{path} must be text, got {got}.',
  },
  expectedList: {
    'zh-CN': '{path} 应为列表（每项另起一行，以“- ”开头），实际是 {got}。',
    en: '{path} must be a list (one item per line, each starting with "- "), got {got}.',
  },
  expectedBlock: {
    'zh-CN': '{path} 应为一组“键: 值”（换行缩进后书写），实际是 {got}。',
    en: '{path} must be a block of "key: value" lines (indented on the lines below), got {got}.',
  },
  expectedOther: {
    'zh-CN': '{path} 的类型不对：应为 {expected}，实际是 {got}。',
    en: '{path} has the wrong type: expected {expected}, got {got}.',
  },
  negativeMoney: {
    'zh-CN': '{path} 不能为负数（实际是 {got}）。金额和数量都应大于或等于 0。',
    en: '{path} cannot be negative (got {got}). Amounts and counts are 0 or more.',
  },
  mustBePositive: {
    'zh-CN': '{path} 应大于 0（实际是 {got}）。',
    en: '{path} must be greater than 0 (got {got}).',
  },
  tooSmall: {
    'zh-CN': '{path} 不能小于 {min}（实际是 {got}）。',
    en: '{path} must be at least {min} (got {got}).',
  },
  percentOver100: {
    'zh-CN': '{path} 是百分比，不能超过 100（实际是 {got}）。',
    en: '{path} is a percentage and cannot exceed 100 (got {got}).',
  },
  tooBig: {
    'zh-CN': '{path} 不能大于 {max}（实际是 {got}）。',
    en: '{path} must be at most {max} (got {got}).',
  },
  emptyText: {
    'zh-CN': '{path} 不能为空。请填写内容，或删除这一行。',
    en: '{path} cannot be empty. Fill it in or delete the line.',
  },
  unknownKey: {
    'zh-CN': '未知的键 {key}{where}。',
    en: 'Unknown key {key}{where}.',
  },
  didYouMean: {
    'zh-CN': '是不是想写 {suggestion}？',
    en: 'Did you mean {suggestion}?',
  },
  allowedKeys: {
    'zh-CN': '这里可以用的键：{keys}。',
    en: 'Keys allowed here: {keys}.',
  },
  invalidChoice: {
    'zh-CN': '{path} 的值 {got} 无效，可选值：{choices}。',
    en: '{path} has an invalid value {got}; choose one of: {choices}.',
  },
  invalidDate: {
    'zh-CN': '{path} 应为日期，格式如 2026-11-25，实际是 {got}。',
    en: '{path} must be a date written as 2026-11-25, got {got}.',
  },
  invalidCurrency: {
    'zh-CN': '{path} 应为三个大写字母的币种代码，如 CNY、USD，实际是 {got}。',
    en: '{path} must be a three-letter currency code such as CNY or USD, got {got}.',
  },
  invalidGeneric: {
    'zh-CN': '{path} 的值 {got} 无效{what}。',
    en: '{path} has an invalid value {got}{what}.',
  },
} satisfies Messages;
