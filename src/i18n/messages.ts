import { schemaText } from '../plan/schema-messages.js';
import { yamlText } from '../plan/yaml-messages.js';

// Every message salesplan prints, in both languages. Wording lives here, apart from the logic
// that decides to say it (as ESLint's messageIds do), so the two languages stay in step.

export const messages = {
  // ── YAML (plan/yaml-messages.ts), schema (plan/schema-messages.ts), checks
  //    (plan/checks/messages.ts) and files (io/messages.ts) live beside their owners; YAML and
  //    schema ones are still looked up here by id ('yaml.syntax') for callers not yet on say().

  // ── spreadsheets: customer lists and actuals ─────────────────────────────
  'table.binary': {
    'zh-CN': '{file} 不是 CSV 文本文件。请在 Excel 中“另存为 CSV”或直接使用 .xlsx 文件。',
    en: '{file} is not a CSV text file. Save it as CSV from Excel, or use the .xlsx file itself.',
  },
  'table.unknownEncoding': {
    'zh-CN': '无法识别 {file} 的编码（既不是 UTF-8 也不是 GBK）。请在 Excel 中另存为“CSV UTF-8”。',
    en: 'The encoding of {file} is neither UTF-8 nor GBK. Save it from Excel as "CSV UTF-8".',
  },
  'table.csvSyntax': {
    'zh-CN': '{file} 不是有效的 CSV：{detail}',
    en: '{file} is not valid CSV: {detail}',
  },
  'table.csvSyntaxShort': {
    'zh-CN': 'CSV 格式错误（引号未闭合或分隔符混乱），请在 Excel 中重新导出。',
    en: 'Malformed CSV (an unclosed quote or mixed separators): export it again from Excel.',
  },
  'table.empty': {
    'zh-CN': '{file} 是空的：需要一行表头和至少一行数据。',
    en: '{file} is empty: it needs a header row and at least one row of data.',
  },
  'table.notXlsx': {
    'zh-CN': '{file} 不是有效的 .xlsx 文件（可能已损坏，或只是改了扩展名）。请在 Excel 中重新保存。',
    en: '{file} is not a valid .xlsx file (it may be damaged, or only renamed). Save it again from Excel.',
  },
  'table.xlsxTooLarge': {
    'zh-CN': '{file} 解压后过大或压缩比异常（疑似压缩炸弹），已拒绝读取。',
    en: '{file} is too large once unpacked, or compressed suspiciously well (a zip bomb): refused.',
  },
  'table.namedColumnMissing': {
    'zh-CN': '{file} 中没有表头为 {column} 的列（{what}）。现有表头：{headers}',
    en: '{file} has no column headed {column} (the {what}). Its headers: {headers}',
  },
  'table.columnsMissing': {
    'zh-CN': '{file} 第 {line} 行的表头中找不到：{missing}。现有表头：{headers}。请改表头，或在计划文件的 columns 中指定列名。',
    en: 'The header row of {file} (line {line}) lacks: {missing}. Its headers: {headers}. Rename a header, or name the column under columns in the plan.',
  },
  'table.notATable': {
    'zh-CN': '{file} 不是表格文件。请给出 CRM 或 Excel 导出的 CSV 或 .xlsx 文件。',
    en: '{file} is not a spreadsheet. Give a CSV or .xlsx exported from the CRM or Excel.',
  },
  'table.whereCell': {
    'zh-CN': '工作表“{sheet}”单元格 {cell}（{header}）',
    en: 'sheet "{sheet}", cell {cell} ({header})',
  },
  'table.whereColumn': {
    'zh-CN': '第 {letter} 列（{header}）',
    en: 'column {letter} ({header})',
  },
  'table.badCells': {
    'zh-CN': '{file} 有 {count} 处数据需要修正。',
    en: '{file} has {count} cells to fix.',
  },
  'table.moreProblems': {
    'zh-CN': '（另有 {count} 处未列出）',
    en: ' ({count} more not listed)',
  },
  'table.noCustomerName': {
    'zh-CN': '客户名称为空。请填写名称，或删除这一行。',
    en: 'the customer name is empty. Fill it in or delete the row.',
  },
  'table.notADate': {
    'zh-CN': '“{value}”不是日期。请写成 2026-11-30 这样的格式。',
    en: '"{value}" is not a date. Write it as 2026-11-30.',
  },
  'table.dateAfterAsOf': {
    'zh-CN': '最近购买日期 {value} 晚于分层基准日 {asOf}。请检查日期，或用 --as-of（计划中为 customers.as_of）设定更晚的基准日。',
    en: 'the last purchase {value} is after the as-of date {asOf}. Check the date, or set a later one with --as-of (customers.as_of in a plan).',
  },
  'table.notACount': {
    'zh-CN': '“{value}”不是订单次数。请填写 0 或正整数。',
    en: '"{value}" is not a number of orders. Write 0 or a whole number.',
  },
  'table.notAnAmount': {
    'zh-CN': '“{value}”不是金额。请填写不小于 0 的数字，如 12800 或 1,280.50。',
    en: '"{value}" is not an amount. Write a number of 0 or more, e.g. 12800 or 1,280.50.',
  },
  'table.duplicateCustomer': {
    'zh-CN': '客户 {name} 在第 {line} 行已出现过，两行会分别计入分层。',
    en: 'customer {name} also appears on line {line}; both rows are tiered separately.',
  },
  'table.noCustomers': {
    'zh-CN': '表中没有客户数据。',
    en: 'the table holds no customers.',
  },
  // ── actuals (salesplan review) ───────────────────────────────────────────
  'actuals.invalid': {
    'zh-CN': '实际数据文件 {file} 有错误，请按下方提示修改。',
    en: 'The actuals file {file} has errors: fix them as shown below.',
  },
  'actuals.badType': {
    'zh-CN': '类别“{value}”无法识别。请写 {choices} 之一。',
    en: 'the type "{value}" is not known. Write one of {choices}.',
  },
  'actuals.noName': {
    'zh-CN': '名称为空：产品、渠道、人员和指标都要写明名称，与计划文件中的一致。',
    en: 'the name is empty: products, channels, reps and metrics need the name used in the plan.',
  },
  'actuals.unknownName': {
    'zh-CN': '计划中没有名为{name}的{dimension}。{hint}',
    en: 'The plan has no {dimension} named {name}. {hint}',
  },
  'actuals.didYouMean': {
    'zh-CN': '是不是{name}？',
    en: 'Did you mean {name}?',
  },
  'actuals.known': {
    'zh-CN': '计划中的名称：{names}',
    en: 'The plan’s names: {names}',
  },
  'actuals.twice': {
    'zh-CN': '{name}的实际值给了两次，请只保留一个。',
    en: 'The actual of {name} is given twice: keep one.',
  },
  'actuals.noTotal': {
    'zh-CN': '实际数据中没有销售总额：请写 total（CSV 中类别为“总计”的一行），或给出全部产品线的实际值。',
    en: 'The actuals give no total: add total (a CSV row of type "total"), or the actual of every product line.',
  },
  'actuals.missing': {
    'zh-CN': '以下{dimension}没有实际值，表中显示为“未提供”：{names}',
    en: 'No actual for these {dimension}; the table shows them as not reported: {names}',
  },
  'actuals.periodMismatch': {
    'zh-CN': '实际数据属于 {actual}，而计划期间是 {plan}。请确认选对了文件。',
    en: 'The actuals are for {actual} but the plan is for {plan}. Check you picked the right file.',
  },
  'actuals.dim.total': { 'zh-CN': '总额', en: 'total' },
  'actuals.dim.products': { 'zh-CN': '产品线', en: 'product line' },
  'actuals.dim.channels': { 'zh-CN': '渠道', en: 'channel' },
  'actuals.dim.team': { 'zh-CN': '成员', en: 'member' },
  'actuals.dim.metrics': { 'zh-CN': '指标', en: 'metric' },
  'actuals.dims.total': { 'zh-CN': '总额', en: 'totals' },
  'actuals.dims.products': { 'zh-CN': '产品线', en: 'product lines' },
  'actuals.dims.channels': { 'zh-CN': '渠道', en: 'channels' },
  'actuals.dims.team': { 'zh-CN': '成员', en: 'members' },
  'actuals.dims.metrics': { 'zh-CN': '指标', en: 'metrics' },

  // ── DOCX ─────────────────────────────────────────────────────────────────
  'docx.notDocx': {
    'zh-CN': '{file} 不是有效的 Word 文档（.docx）。请在 Word 或 WPS 中另存为 .docx 格式后重试。',
    en: '{file} is not a valid Word document (.docx). Save it as .docx from Word or WPS and try again.',
  },
  'docx.ole': {
    'zh-CN': '{file} 是旧版 Word（.doc）格式，或是设置了打开密码的文档（Word 把加密的文档存成这种格式）。请在 Word 或 WPS 中取消密码、另存为 .docx 后重试。',
    en: '{file} is an old Word (.doc) file, or a document with a password (Word saves encrypted documents in that format). Remove the password and save it as .docx in Word or WPS, then try again.',
  },
  'docx.damaged': {
    'zh-CN': '{file} 已损坏或不完整（可能在下载、复制或同步时中断）。请重新导出，或从原处重新复制一份。',
    en: '{file} is damaged or incomplete (a download, copy or sync may have been cut short). Export it again, or copy it again from where it came from.',
  },
  'docx.tooLarge': {
    'zh-CN': '{file} 解压后过大或结构异常（可能是压缩炸弹），已拒绝处理。',
    en: '{file} is too large once uncompressed, or malformed (it may be a zip bomb), and was refused.',
  },
  'docx.noStyles': {
    'zh-CN': '{file} 中没有样式定义（word/styles.xml），无法作为参考模板。请用 Word 或 WPS 另存一份 .docx 作为模板。',
    en: '{file} has no style definitions (word/styles.xml) to take styles from. Save a .docx from Word or WPS to use as the reference.',
  },
  'docx.noDocument': {
    'zh-CN': '{file} 中没有正文部分（word/document.xml），不是完整的 Word 文档。',
    en: '{file} has no document body (word/document.xml): it is not a complete Word document.',
  },

  // ── lint ─────────────────────────────────────────────────────────────────
  'lint.detected': {
    'zh-CN': '识别为{style}（{matched}/{required} 个章节，匹配度 {score}）',
    en: 'read as {style} ({matched}/{required} sections, score {score})',
  },
  'lint.given': {
    'zh-CN': '按{style}检查（{matched}/{required} 个章节）',
    en: 'checked as {style} ({matched}/{required} sections)',
  },
  'lint.tooManyWarnings': {
    'zh-CN': '警告数 {count} 超过上限 --max-warnings {max}。',
    en: '{count} warnings exceed --max-warnings {max}.',
  },
  'lint.noFiles': {
    'zh-CN': '没有找到要检查的文件：{patterns}。支持 .md、.docx、.txt。',
    en: 'No files to check: {patterns}. Supported: .md, .docx, .txt.',
  },
  'table.ole': {
    'zh-CN': '{file} 是旧版 Excel（.xls）格式，或是设置了打开密码的工作簿。请在 Excel 或 WPS 中取消密码、另存为 .xlsx 或 CSV 后重试。',
    en: '{file} is an old Excel (.xls) file, or a workbook with a password. Remove the password and save it as .xlsx or CSV in Excel or WPS, then try again.',
  },
  'lint.fixDocx': {
    'zh-CN': '--fix 只修改 Markdown 文件，{file} 未改动。',
    en: '--fix edits Markdown files only; {file} was left unchanged.',
  },
  'lint.fixed': {
    'zh-CN': '已在 {file} 中补上 {count} 个缺少的章节骨架，请填写【待填】处。',
    en: 'Added {count} missing section skeleton(s) to {file}; fill in the [TBD] parts.',
  },
  'lint.paragraph': {
    'zh-CN': '第 {n} 段',
    en: 'paragraph {n}',
  },

  // ── wizard ───────────────────────────────────────────────────────────────
  'wizard.welcome': { 'zh-CN': '新建销售计划。按 Enter 采用默认值，Ctrl-C 或 Esc 随时退出（不会写入任何文件）。', en: 'A new sales plan. Press Enter to take the default; Ctrl-C or Esc quits at any point (nothing is written).' },
  'wizard.kind': { 'zh-CN': '计划类型', en: 'Kind of plan' },
  'wizard.style': { 'zh-CN': '计划风格', en: 'Style' },
  'wizard.period': { 'zh-CN': '计划期间（如 {example}）', en: 'Period (e.g. {example})' },
  'wizard.company': { 'zh-CN': '公司名称（可留空）', en: 'Company (may be left empty)' },
  'wizard.department': { 'zh-CN': '部门（可留空）', en: 'Department (may be left empty)' },
  'wizard.author': { 'zh-CN': '编制人（可留空）', en: 'Author (may be left empty)' },
  'wizard.unit': { 'zh-CN': '金额单位', en: 'Money unit' },
  'wizard.unitOther': { 'zh-CN': '其他单位', en: 'Another unit' },
  'wizard.unitCustom': { 'zh-CN': '输入金额单位', en: 'Money unit' },
  'wizard.revenue': { 'zh-CN': '本期销售总额目标（{unit}）', en: 'Revenue target for the period ({unit})' },
  'wizard.lastRevenue': { 'zh-CN': '上期实际销售额（{unit}，可留空）', en: "Last period's actual revenue ({unit}, may be left empty)" },
  'wizard.growth': { 'zh-CN': '→ 目标比上期 {growth}（{amount}）', en: '→ the target is {growth} on last period ({amount})' },
  'wizard.prospects': { 'zh-CN': '新增意向客户数', en: 'New prospects' },
  'wizard.won': { 'zh-CN': '其中转化为新客户的数量', en: 'Of them, new customers won' },
  'wizard.contractValue': { 'zh-CN': '新客户合同金额（{unit}）', en: 'Contract value of new customers ({unit})' },
  'wizard.upsell': { 'zh-CN': '老客户增购金额（{unit}）', en: 'Upsell to existing customers ({unit})' },
  'wizard.metricTarget': { 'zh-CN': '{name}：本期目标（{unit}）', en: '{name}: target ({unit})' },
  'wizard.metricBaseline': { 'zh-CN': '{name}：上期或当前水平（可留空）', en: '{name}: last period or current level (may be left empty)' },
  'wizard.addProduct': { 'zh-CN': '添加一条产品线？', en: 'Add a product line?' },
  'wizard.productName': { 'zh-CN': '产品线名称', en: 'Product line' },
  'wizard.productRole': { 'zh-CN': '定位', en: 'Role' },
  'wizard.productAmount': { 'zh-CN': '销售额目标（{unit}；也可输入 40% 表示占总目标的比例），剩余 {rest}', en: 'Target ({unit}; or e.g. 40% of the total), {rest} left' },
  'wizard.allocated': { 'zh-CN': '→ 已分配 {done}，剩余 {rest}', en: '→ {done} allocated, {rest} left' },
  'wizard.remainderAsOther': { 'zh-CN': '把剩余的 {rest} 作为“其他产品”？', en: 'Put the remaining {rest} under "Other products"?' },
  'wizard.otherProducts': { 'zh-CN': '其他产品', en: 'Other products' },
  'wizard.addChannel': { 'zh-CN': '添加一个销售渠道？', en: 'Add a sales channel?' },
  'wizard.channelName': { 'zh-CN': '渠道名称', en: 'Channel' },
  'wizard.channelType': { 'zh-CN': '渠道类型', en: 'Type' },
  'wizard.channelTarget': { 'zh-CN': '渠道目标（{unit}，可留空），剩余 {rest}', en: 'Channel target ({unit}, may be left empty), {rest} left' },
  'wizard.addMember': { 'zh-CN': '添加一名团队成员或小组？', en: 'Add a team member or group?' },
  'wizard.memberName': { 'zh-CN': '姓名或小组名', en: 'Name or group' },
  'wizard.memberRole': { 'zh-CN': '岗位（可留空）', en: 'Role (may be left empty)' },
  'wizard.memberTarget': { 'zh-CN': '个人目标（{unit}，留空则平分剩余目标），剩余 {rest}', en: 'Target ({unit}; empty to share the remainder), {rest} left' },
  'wizard.perCapita': { 'zh-CN': '→ {count} 人，人均 {value}', en: '→ {count} people, {value} per head' },
  'wizard.addTier': { 'zh-CN': '添加一个客户层级？', en: 'Add a customer tier?' },
  'wizard.tierName': { 'zh-CN': '层级名称（如“A类 战略客户”）', en: 'Tier name (e.g. "A – strategic")' },
  'wizard.tierCustomerShare': { 'zh-CN': '占客户数的比例（%）', en: 'Share of customers (%)' },
  'wizard.tierRevenueShare': { 'zh-CN': '占销售额的比例（%）', en: 'Share of revenue (%)' },
  'wizard.tierService': { 'zh-CN': '服务模式', en: 'Service model' },
  'wizard.addRegion': { 'zh-CN': '添加一个新区域或新市场？', en: 'Add a new region or market?' },
  'wizard.regionName': { 'zh-CN': '区域名称', en: 'Region' },
  'wizard.regionRevenue': { 'zh-CN': '首期销售额目标（{unit}）', en: 'First-period revenue ({unit})' },
  'wizard.regionProspects': { 'zh-CN': '意向客户数（可留空）', en: 'Prospects (may be left empty)' },
  'wizard.regionWon': { 'zh-CN': '转化客户数（可留空）', en: 'Customers won (may be left empty)' },
  'wizard.addRisk': { 'zh-CN': '添加一项风险？', en: 'Add a risk?' },
  'wizard.riskCategory': { 'zh-CN': '风险类别', en: 'Category' },
  'wizard.riskText': { 'zh-CN': '风险描述', en: 'The risk' },
  'wizard.riskWarning': { 'zh-CN': '预警信号（出现什么情况说明风险正在发生）', en: 'Warning sign (what shows it is happening)' },
  'wizard.riskResponse': { 'zh-CN': '应对措施', en: 'Response' },
  'wizard.riskOwner': { 'zh-CN': '责任人（可留空）', en: 'Owner (may be left empty)' },
  'wizard.addBudget': { 'zh-CN': '添加一项费用预算？', en: 'Add a budget line?' },
  'wizard.budgetName': { 'zh-CN': '费用项目', en: 'Expense' },
  'wizard.budgetAmount': { 'zh-CN': '金额（{unit}）', en: 'Amount ({unit})' },
  'wizard.budgetRatio': { 'zh-CN': '→ 预算合计 {total}，占销售额目标 {ratio}', en: '→ budget {total}, {ratio} of the revenue target' },
  'wizard.output': { 'zh-CN': '保存为', en: 'Save as' },
  'wizard.overwrite': { 'zh-CN': '{file} 已存在，覆盖？', en: '{file} exists. Overwrite it?' },
  'wizard.summary': { 'zh-CN': '计划摘要', en: 'Summary' },
  'wizard.confirm': { 'zh-CN': '保存这份计划？', en: 'Save this plan?' },
  'wizard.generate': { 'zh-CN': '现在生成计划书？', en: 'Write the document now?' },
  'wizard.generateNone': { 'zh-CN': '暂不生成', en: 'Not now' },
  'wizard.saved': { 'zh-CN': '已保存 {file}。修改后可运行：salesplan generate {file}', en: 'Saved {file}. After editing it, run: salesplan generate {file}' },
  'wizard.notSaved': { 'zh-CN': '未保存。', en: 'Not saved.' },
  'wizard.needFlags': { 'zh-CN': '无法提问（没有终端或使用了 --yes），而以下信息没有默认值：{flags}。请用这些参数提供，或在终端中运行 salesplan new 逐项回答。', en: 'Nothing can be asked (no terminal, or --yes), and these have no default: {flags}. Give them as flags, or run salesplan new in a terminal to answer them.' },
  'wizard.required': { 'zh-CN': '请填写这一项。', en: 'This one is needed.' },
  'wizard.overRemaining': { 'zh-CN': '超过了剩余的 {rest}。', en: 'That is more than the {rest} left.' },
  'wizard.badPeriod': { 'zh-CN': '请写成 {example} 的形式。', en: 'Write it as {example}.' },
  'wizard.badFlag': { 'zh-CN': '参数 {flag} 的值 {value} 无法识别，格式应为 {format}。', en: 'The value {value} of {flag} cannot be read; the format is {format}.' },
  'wizard.exists': { 'zh-CN': '{file} 已存在，未覆盖。加 --force 覆盖，或换一个文件名。', en: '{file} exists and was not overwritten. Add --force, or choose another name.' },

  // ── CLI ──────────────────────────────────────────────────────────────────
  'cli.fixAbove': {
    'zh-CN': '请修正以上错误后重试。',
    en: 'Fix the errors above and try again.',
  },
  'cli.internalError': {
    'zh-CN': 'salesplan 内部错误（这是程序的问题，不是你的文件的问题）：{message}\n请把这条信息和使用的命令报告给维护者。',
    en: 'salesplan internal error (a bug in the program, not in your file): {message}\nPlease report this message and the command you ran.',
  },
  'cli.interrupted': {
    'zh-CN': '已中断，未写入任何文件。',
    en: 'Interrupted; nothing was written.',
  },
  'cli.unknownStyle': {
    'zh-CN': '未知的风格 {style}。可选：{choices}。',
    en: 'Unknown style {style}. Choose one of: {choices}.',
  },
  'cli.unknownLang': {
    'zh-CN': '未知的语言 {lang}。可选：zh-CN、en。',
    en: 'Unknown language {lang}. Choose zh-CN or en.',
  },
  'cli.templateError': {
    'zh-CN': '模板 {file} 有错误：{detail}',
    en: 'The template {file} has an error: {detail}',
  },
  'cli.templateAccess': {
    'zh-CN': '模板 {file} 试图访问对象的内部属性 {property}，已拒绝。模板只能使用计划数据（salesplan templates --data 计划.yaml 可查看）。',
    en: 'The template {file} tries to reach the object internal {property}, which is refused. Templates may use only the plan data (see salesplan templates --data plan.yaml).',
  },
  'cli.templateDirMissing': {
    'zh-CN': '模板文件夹 {dir} 不存在。',
    en: 'The template folder {dir} does not exist.',
  },
  'wizard.history': {
    'zh-CN': '{year} 年 1–12 月的实际销售额（{unit}，12 个数，用逗号分隔；用于按月销售比重拆分全年目标，不填则每月平均）',
    en: 'Actual revenue of each month of {year} ({unit}; twelve numbers separated by commas; used to split the year by its seasons — leave empty for an even split)',
  },
  'wizard.historyBad': {
    'zh-CN': '请填写 12 个不小于 0 的数字，用逗号分隔，如 480, 410, 640, …',
    en: 'Give twelve numbers of 0 or more, separated by commas, e.g. 480, 410, 640, …',
  },
  'wizard.lastTarget': {
    'zh-CN': '上期销售额目标（{unit}，用于现状诊断中的达成率）',
    en: "Last period's revenue target ({unit}, for the attainment in the diagnosis)",
  },
  'wizard.lastAttainment': {
    'zh-CN': '上期达成率 {attainment}',
    en: 'Last period: {attainment} of target',
  },
  'wizard.baseRate': {
    'zh-CN': '基础提成比例（销售额的 %）',
    en: 'Base commission (% of revenue)',
  },
  'wizard.incentivesDefaults': {
    'zh-CN': '超额奖励（超目标 10% 以上 +0.5%、20% 以上 +1%）、导师奖 5%、专项奖 10% 已按常用方案填入，可在文件的 incentives 中修改。',
    en: 'Over-target bonuses (+0.5% above 10% over target, +1% above 20%), a 5% mentor bonus and 10% special awards are filled in as a common scheme; change them under incentives in the file.',
  },
  ...prefixed('yaml', yamlText),
  ...prefixed('schema', schemaText),
} as const satisfies Record<string, { 'zh-CN': string; en: string }>;

export type MessageId = keyof typeof messages;

/** An owner's messages under the ids the catalogue used for them ('yaml.syntax'), for callers still on t(). */
function prefixed<P extends string, M extends Record<string, { 'zh-CN': string; en: string }>>(prefix: P, block: M): { [K in keyof M & string as `${P}.${K}`]: M[K] } {
  return Object.fromEntries(Object.entries(block).map(([key, text]) => [`${prefix}.${key}`, text])) as { [K in keyof M & string as `${P}.${K}`]: M[K] };
}
