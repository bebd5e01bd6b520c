// What salesplan says about the spreadsheets it reads (customer lists, actuals), in both
// languages, beside the readers. The older table.* messages are still in src/i18n/messages.ts.
import type { Messages } from '../i18n/localized.js';

export const dataText = {
  sheetTooBig: {
    'zh-CN': '{file} 的工作表“{sheet}”范围过大（{ref}，{rows} 行 × {columns} 列），超过上限 {max} 个单元格，已拒绝读取。请删掉表格末尾远处的空单元格或格式（Ctrl+End 可以看到表格的真实末尾），或另存为 CSV。',
    en: 'Sheet "{sheet}" of {file} spans too far ({ref}, {rows} rows × {columns} columns), more than the limit of {max} cells, and is not read. Delete the far-away cells or formatting at its end (Ctrl+End shows where Excel thinks it ends), or save it as CSV.',
  },
  delimiter: {
    'zh-CN': '{file}：按表头识别的分隔符为{name}（{mark}），全表按它拆分。',
    en: '{file}: the separator found in the header is {name} ({mark}); the whole file is split on it.',
  },
  delimiterComma: { 'zh-CN': '逗号', en: 'the comma' },
  delimiterSemicolon: { 'zh-CN': '分号', en: 'the semicolon' },
  delimiterTab: { 'zh-CN': '制表符', en: 'the tab' },
  delimiterFullwidthComma: { 'zh-CN': '全角逗号', en: 'the full-width comma' },
  delimiterPipe: { 'zh-CN': '竖线', en: 'the vertical bar' },
  mojibake: {
    'zh-CN': '这个文件按 UTF-8 读取，但文字不像中文（如 {sample}）：它可能是 GBK 编码。若名称显示为乱码，请在 Excel 中另存为“CSV UTF-8”。',
    en: 'this file was read as UTF-8, but its text does not look like it (e.g. {sample}): it may be GBK. If the names look garbled, save it from Excel as "CSV UTF-8".',
  },
  onlyName: {
    'zh-CN': '这一行只有客户名称，没有最近购买日期、订单数和销售额。请补上这些数据，或删除这一行。',
    en: 'this row has only a customer name, no last purchase date, orders or revenue. Fill them in, or delete the row.',
  },
  headersHidden: {
    'zh-CN': '（{count} 列，没有一列是已知的列名，内容不在此列出）',
    en: '({count} columns, none of them a known one; not quoted here)',
  },
  moreWarnings: {
    'zh-CN': '（另有 {count} 条警告未列出）',
    en: ' ({count} more warnings not listed)',
  },
} satisfies Messages;
