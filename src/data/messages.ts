// What salesplan says about the spreadsheets it reads (customer lists, actuals): files it cannot
// read, columns it cannot find, cells that are wrong; in both languages, beside the readers.
// What the actuals themselves say is in actuals-messages.ts.
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
  binary: {
    'zh-CN': '{file} 不是 CSV 文本文件。请在 Excel 中“另存为 CSV”或直接使用 .xlsx 文件。',
    en: '{file} is not a CSV text file. Save it as CSV from Excel, or use the .xlsx file itself.',
  },
  unknownEncoding: {
    'zh-CN': '无法识别 {file} 的编码（既不是 UTF-8 也不是 GBK）。请在 Excel 中另存为“CSV UTF-8”。',
    en: 'The encoding of {file} is neither UTF-8 nor GBK. Save it from Excel as "CSV UTF-8".',
  },
  csvSyntax: {
    'zh-CN': '{file} 不是有效的 CSV：{detail}',
    en: '{file} is not valid CSV: {detail}',
  },
  csvSyntaxShort: {
    'zh-CN': 'CSV 格式错误（引号未闭合或分隔符混乱），请在 Excel 中重新导出。',
    en: 'Malformed CSV (an unclosed quote or mixed separators): export it again from Excel.',
  },
  empty: {
    'zh-CN': '{file} 是空的：需要一行表头和至少一行数据。',
    en: '{file} is empty: it needs a header row and at least one row of data.',
  },
  notXlsx: {
    'zh-CN': '{file} 不是有效的 .xlsx 文件（可能已损坏，或只是改了扩展名）。请在 Excel 中重新保存。',
    en: '{file} is not a valid .xlsx file (it may be damaged, or only renamed). Save it again from Excel.',
  },
  xlsxTooLarge: {
    'zh-CN': '{file} 解压后过大或压缩比异常（疑似压缩炸弹），已拒绝读取。',
    en: '{file} is too large once unpacked, or compressed suspiciously well (a zip bomb): refused.',
  },
  namedColumnMissing: {
    'zh-CN': '{file} 中没有表头为 {column} 的列（{what}）。现有表头：{headers}',
    en: '{file} has no column headed {column} (the {what}). Its headers: {headers}',
  },
  columnsMissing: {
    'zh-CN': '{file} 第 {line} 行的表头中找不到：{missing}。现有表头：{headers}。请改表头，或在计划文件的 columns 中指定列名。',
    en: 'The header row of {file} (line {line}) lacks: {missing}. Its headers: {headers}. Rename a header, or name the column under columns in the plan.',
  },
  notATable: {
    'zh-CN': '{file} 不是表格文件。请给出 CRM 或 Excel 导出的 CSV 或 .xlsx 文件。',
    en: '{file} is not a spreadsheet. Give a CSV or .xlsx exported from the CRM or Excel.',
  },
  whereCell: {
    'zh-CN': '工作表“{sheet}”单元格 {cell}（{header}）',
    en: 'sheet "{sheet}", cell {cell} ({header})',
  },
  whereColumn: {
    'zh-CN': '第 {letter} 列（{header}）',
    en: 'column {letter} ({header})',
  },
  badCells: {
    'zh-CN': '{file} 有 {count} 处数据需要修正。',
    en: '{file} has {count} cells to fix.',
  },
  moreProblems: {
    'zh-CN': '（另有 {count} 处未列出）',
    en: ' ({count} more not listed)',
  },
  noCustomerName: {
    'zh-CN': '客户名称为空。请填写名称，或删除这一行。',
    en: 'the customer name is empty. Fill it in or delete the row.',
  },
  notADate: {
    'zh-CN': '“{value}”不是日期。请写成 2026-11-30 这样的格式。',
    en: '"{value}" is not a date. Write it as 2026-11-30.',
  },
  dateAfterAsOf: {
    'zh-CN': '最近购买日期 {value} 晚于分层基准日 {asOf}。请检查日期，或用 --as-of（计划中为 customers.as_of）设定更晚的基准日。',
    en: 'the last purchase {value} is after the as-of date {asOf}. Check the date, or set a later one with --as-of (customers.as_of in a plan).',
  },
  notACount: {
    'zh-CN': '“{value}”不是订单次数。请填写 0 或正整数。',
    en: '"{value}" is not a number of orders. Write 0 or a whole number.',
  },
  notAnAmount: {
    'zh-CN': '“{value}”不是金额。请填写不小于 0 的数字，如 12800 或 1,280.50。',
    en: '"{value}" is not an amount. Write a number of 0 or more, e.g. 12800 or 1,280.50.',
  },
  duplicateCustomer: {
    'zh-CN': '客户 {name} 在第 {line} 行已出现过，两行会分别计入分层。',
    en: 'customer {name} also appears on line {line}; both rows are tiered separately.',
  },
  noCustomers: {
    'zh-CN': '表中没有客户数据。',
    en: 'the table holds no customers.',
  },
  ole: {
    'zh-CN': '{file} 是旧版 Excel（.xls）格式，或是设置了打开密码的工作簿。请在 Excel 或 WPS 中取消密码、另存为 .xlsx 或 CSV 后重试。',
    en: '{file} is an old Excel (.xls) file, or a workbook with a password. Remove the password and save it as .xlsx or CSV in Excel or WPS, then try again.',
  },
} satisfies Messages;
