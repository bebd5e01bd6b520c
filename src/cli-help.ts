// Every word of salesplan's command line in both languages: each command's description, its
// arguments and flags, its examples, commander's own headings and errors. cli.ts declares the
// commands and says these; nothing here runs. Plain object literals only: this file is loaded
// for `salesplan --version` too, so it must cost nothing to evaluate.
import type { Localized } from './i18n/localized.js';

type Texts = Readonly<Record<string, Localized>>;
/** A command's help: its description, arguments, flags by name, and its example command lines. */
type CommandHelp = Texts & { readonly description: Localized; readonly examples?: never };
type Examples = Localized<readonly string[]>;

/** Flags several commands share, said the same way everywhere. */
export const commonHelp = {
  lang: { 'zh-CN': '文档和提示的语言：zh-CN 或 en', en: 'language of the document and messages: zh-CN or en' },
  force: { 'zh-CN': '覆盖已存在的输出文件', en: 'overwrite an existing output file' },
  quiet: { 'zh-CN': '只输出错误', en: 'print errors only' },
  plans: { 'zh-CN': '计划文件（YAML）', en: 'plan files (YAML)' },
} as const satisfies Texts;

/** Argument names as usage lines and errors show them. */
export const argNames = {
  file: { 'zh-CN': '[文件]', en: '[file]' },
  plans: { 'zh-CN': '<计划文件...>', en: '<plans...>' },
  plan: { 'zh-CN': '<计划文件>', en: '<plan.yaml>' },
  markdown: { 'zh-CN': '<Markdown文件>', en: '<plan.md>' },
  files: { 'zh-CN': '<文件...>', en: '<files...>' },
  customers: { 'zh-CN': '<客户清单>', en: '<customers>' },
  style: { 'zh-CN': '[风格]', en: '[style]' },
  oldPlan: { 'zh-CN': '<旧版本>', en: '<old.yaml>' },
  newPlan: { 'zh-CN': '<新版本>', en: '<new.yaml>' },
} as const satisfies Texts;

export const programHelp = {
  description: { 'zh-CN': '销售计划工具：用 YAML 描述计划，校验数字，生成 Markdown/DOCX 计划书，检查已有计划。', en: 'Sales plans from a YAML file: validated figures, Markdown and DOCX documents, checks of existing plans.' },
  version: { 'zh-CN': '显示版本号', en: 'print the version' },
  help: { 'zh-CN': '显示帮助', en: 'show help' },
  usage: { 'zh-CN': '[选项] [命令]', en: '[options] [command]' },
  commandUsage: { 'zh-CN': '[选项]', en: '[options]' },
  examples: { 'zh-CN': '示例', en: 'Examples' },
  helpAfterError: { 'zh-CN': '（加 --help 查看用法）', en: '(add --help for usage)' },
} as const satisfies Texts;

/** Commander's headings, by the English title commander passes to `styleTitle`. */
export const titles: Readonly<Record<string, Localized>> = {
  'Usage:': { 'zh-CN': '用法：', en: 'Usage:' },
  'Options:': { 'zh-CN': '选项：', en: 'Options:' },
  'Arguments:': { 'zh-CN': '参数：', en: 'Arguments:' },
  'Commands:': { 'zh-CN': '命令：', en: 'Commands:' },
  'Global Options:': { 'zh-CN': '全局选项：', en: 'Global options:' },
};

/** The value a flag takes, as its help line shows it (`--output <文件>`), by the English placeholder. */
export const placeholders: Readonly<Record<string, Localized>> = {
  '12 numbers': { 'zh-CN': '12 个数', en: '12 numbers' },
  'R,F,M': { 'zh-CN': 'R,F,M', en: 'R,F,M' },
  'R,F': { 'zh-CN': 'R,F', en: 'R,F' },
  amount: { 'zh-CN': '金额', en: 'amount' },
  'amount|rate%': { 'zh-CN': '金额|回款率%', en: 'amount|rate%' },
  date: { 'zh-CN': '日期', en: 'date' },
  dir: { 'zh-CN': '文件夹', en: 'dir' },
  file: { 'zh-CN': '文件', en: 'file' },
  font: { 'zh-CN': '字体', en: 'font' },
  format: { 'zh-CN': '格式', en: 'format' },
  'id=target[:baseline]': { 'zh-CN': 'id=目标[:基线]', en: 'id=target[:baseline]' },
  kind: { 'zh-CN': '类型', en: 'kind' },
  lang: { 'zh-CN': '语言', en: 'lang' },
  month: { 'zh-CN': '月份', en: 'month' },
  mode: { 'zh-CN': '画法', en: 'mode' },
  'old.yaml': { 'zh-CN': '旧版本', en: 'old.yaml' },
  'new.yaml': { 'zh-CN': '新版本', en: 'new.yaml' },
  'dept.yaml': { 'zh-CN': '部门计划', en: 'dept.yaml' },
  n: { 'zh-CN': '数', en: 'n' },
  'name:amount': { 'zh-CN': '名称:金额', en: 'name:amount' },
  'name:amount[:role]': { 'zh-CN': '名称:金额[:定位]', en: 'name:amount[:role]' },
  'name:customers%:revenue%[:service]': { 'zh-CN': '名称:客户占比%:销售额占比%[:服务模式]', en: 'name:customers%:revenue%[:service]' },
  'name:revenue[:prospects:won]': { 'zh-CN': '名称:销售额[:意向客户:转化客户]', en: 'name:revenue[:prospects:won]' },
  name: { 'zh-CN': '名称', en: 'name' },
  'name[:target[:role]]': { 'zh-CN': '姓名[:目标[:岗位]]', en: 'name[:target[:role]]' },
  'name[:target[:type]]': { 'zh-CN': '名称[:目标[:类型]]', en: 'name[:target[:type]]' },
  pct: { 'zh-CN': '百分比', en: 'pct' },
  period: { 'zh-CN': '期间', en: 'period' },
  'plan.yaml': { 'zh-CN': '计划文件', en: 'plan.yaml' },
  plan: { 'zh-CN': '计划文件', en: 'plan' },
  pt: { 'zh-CN': '磅', en: 'pt' },
  'risk|warning|response[|owner]': { 'zh-CN': '风险|预警信号|应对措施[|责任人]', en: 'risk|warning|response[|owner]' },
  style: { 'zh-CN': '风格', en: 'style' },
  unit: { 'zh-CN': '单位', en: 'unit' },
};

/** What commander adds after a flag's description. */
export const extraHelp = {
  default: { 'zh-CN': '默认：{value}', en: 'default: {value}' },
  choices: { 'zh-CN': '可选：{values}', en: 'one of: {values}' },
  open: { 'zh-CN': '（', en: ' (' },
  close: { 'zh-CN': '）', en: ')' },
  separator: { 'zh-CN': '；', en: '; ' },
  listSeparator: { 'zh-CN': '、', en: ', ' },
  /** Between two sentences. */
  sentence: { 'zh-CN': '', en: ' ' },
} as const satisfies Texts;

/** Command-line errors, by commander's error code; the same ones for errors salesplan adds. */
export const cliErrors = {
  unknownOption: { 'zh-CN': '没有选项 {flag}。', en: 'There is no option {flag}.' },
  unknownCommand: { 'zh-CN': '没有命令 {name}。', en: 'There is no command {name}.' },
  didYouMean: { 'zh-CN': '是不是 {suggestion}？', en: 'Did you mean {suggestion}?' },
  commandList: { 'zh-CN': '可用的命令：{commands}。', en: 'The commands are: {commands}.' },
  missingArgument: { 'zh-CN': '缺少参数 {name}。', en: 'The argument {name} is missing.' },
  optionMissingArgument: { 'zh-CN': '选项 {flag} 需要一个值。', en: 'The option {flag} needs a value.' },
  excessArguments: { 'zh-CN': '参数太多：{command} 需要 {expected} 个，收到 {got} 个。', en: 'Too many arguments: {command} takes {expected} and got {got}.' },
  invalidChoice: { 'zh-CN': '选项 {flag} 的值 {value} 无效，可选：{choices}。', en: 'The value {value} of {flag} is not one of {choices}.' },
  invalidArgument: { 'zh-CN': '选项 {flag} 的值 {value} 无效：{reason}', en: 'The value {value} of {flag} is invalid: {reason}' },
  needsOption: { 'zh-CN': '选项 {flag} 只能与 {needs} 一起使用（单独使用不起作用）。', en: 'The option {flag} works only with {needs} (alone it does nothing).' },
  other: { 'zh-CN': '命令行有误：{detail}', en: 'The command line is wrong: {detail}' },
  internal: {
    'zh-CN': 'salesplan 内部错误（这是程序的问题，不是你的文件的问题）：{message}\n请把这条信息和使用的命令报告给维护者。',
    en: 'salesplan internal error (a bug in the program, not in your file): {message}\nPlease report this message and the command you ran.',
  },
  interrupted: { 'zh-CN': '已中断，未写入任何文件。', en: 'Interrupted; nothing was written.' },
  /** A batch stopped part way: what was finished stays, and says how much. */
  interruptedAfter: { 'zh-CN': '已中断：已写完的 {files}保留，未写完的没有写入。', en: 'Interrupted: the {files} already finished stay; nothing unfinished was written.' },
  unknownStyle: {
    'zh-CN': '未知的风格 {style}。可选：{choices}。',
    en: 'Unknown style {style}. Choose one of: {choices}.',
  },
  unknownLang: {
    'zh-CN': '未知的语言 {lang}。可选：zh-CN、en。',
    en: 'Unknown language {lang}. Choose zh-CN or en.',
  },
} as const satisfies Texts;

/** The DOCX layout flags, shared by generate, convert and review. */
export const docxHelp = {
  referenceDocx: { 'zh-CN': 'DOCX：采用这个 Word 文档的样式（字体、字号、颜色、标题样式）', en: 'DOCX: take the styles (fonts, sizes, colours, headings) of this Word document' },
  bodyFont: { 'zh-CN': 'DOCX：正文中文字体（默认 宋体）', en: 'DOCX: East-Asian body font (default 宋体, SimSun)' },
  headingFont: { 'zh-CN': 'DOCX：标题中文字体（默认 黑体）', en: 'DOCX: East-Asian heading font (default 黑体, SimHei)' },
  latinFont: { 'zh-CN': 'DOCX：正文西文字体', en: 'DOCX: Latin body font' },
  fontSize: { 'zh-CN': 'DOCX：正文字号（磅，8–20）', en: 'DOCX: body size in points (8–20)' },
  lineSpacing: { 'zh-CN': 'DOCX：行距倍数（1–3）', en: 'DOCX: line spacing (1–3)' },
  noCover: { 'zh-CN': 'DOCX：不生成封面', en: 'DOCX: no cover page' },
  noToc: { 'zh-CN': 'DOCX：不生成目录', en: 'DOCX: no table of contents' },
} as const satisfies Texts;

export const newHelp = {
  description: { 'zh-CN': '向导：一步步回答问题，生成可直接使用的计划文件', en: 'wizard: answer questions step by step and get a plan file that validates' },
  file: { 'zh-CN': '保存的文件名（默认 plan-<期间>.yaml）', en: 'file to save (default plan-<period>.yaml)' },
  from: { 'zh-CN': '以已有计划为起点（期间顺延一期，其余答案预先填好）', en: 'start from an existing plan (period moved on, every answer pre-filled)' },
  actuals: { 'zh-CN': '与 --from 同用：上期实际完成数据（CSV、.xlsx 或 YAML），作为上期实际与各产品线上期金额', en: "with --from: the old period's actual figures (CSV, .xlsx or YAML), taken as last period's revenue and the lines' last amounts" },
  yes: { 'zh-CN': '不提问：未给出的答案采用默认值', en: 'ask nothing: take the defaults for answers not given' },
  force: { 'zh-CN': '覆盖已存在的文件', en: 'overwrite an existing file' },
  generate: { 'zh-CN': '保存后立即生成计划书', en: 'write the document right after saving' },
  kind: { 'zh-CN': '计划类型', en: 'kind of plan' },
  style: { 'zh-CN': '风格：target、operations、expansion、efficiency、service', en: 'style: target, operations, expansion, efficiency, service' },
  period: { 'zh-CN': '期间，如 2026-12', en: 'period, e.g. 2026-12' },
  company: { 'zh-CN': '公司名称', en: 'company' },
  department: { 'zh-CN': '部门', en: 'department' },
  author: { 'zh-CN': '编制人', en: 'author' },
  unit: { 'zh-CN': '金额单位，如 万元', en: 'money unit, e.g. USD' },
  revenue: { 'zh-CN': '销售总额目标（可带单位，如 500万元）', en: 'revenue target (a unit may follow, e.g. 500000 USD)' },
  lastRevenue: { 'zh-CN': '上期实际销售额', en: "last period's actual revenue" },
  prospects: { 'zh-CN': '新增意向客户数', en: 'new prospects' },
  won: { 'zh-CN': '转化新客户数', en: 'new customers won' },
  contractValue: { 'zh-CN': '新客户合同金额', en: 'new-customer contract value' },
  upsell: { 'zh-CN': '老客户增购金额', en: 'upsell to existing customers' },
  history: { 'zh-CN': '年度计划：上年 1–12 月实际销售额，逗号分隔', en: 'annual plans: last year’s monthly actuals, comma-separated' },
  lastTarget: { 'zh-CN': '季度计划：上期销售额目标', en: "quarterly plans: last period's revenue target" },
  baseRate: { 'zh-CN': '季度计划：基础提成比例（%）', en: 'quarterly plans: base commission (%)' },
  grossProfit: { 'zh-CN': '毛利额目标', en: 'gross profit target (amount)' },
  collections: { 'zh-CN': '回款目标：金额，或写 95% 表示回款率', en: 'collections target: an amount, or a rate such as 95%' },
  ytdAnnual: { 'zh-CN': '月度计划：全年销售额目标（年度进度）', en: 'monthly plans: the annual revenue target (year to date)' },
  ytdActual: { 'zh-CN': '月度计划：本年截至上月末累计完成', en: 'monthly plans: actual revenue this year to the end of last month' },
  metric: { 'zh-CN': '指标（可重复），如 renewal_rate=85:78', en: 'a metric (repeatable), e.g. renewal_rate=85:78' },
  product: { 'zh-CN': '产品线（可重复），金额可写 40% 表示占比', en: 'a product line (repeatable); the amount may be a share such as 40%' },
  channel: { 'zh-CN': '渠道（可重复）', en: 'a channel (repeatable)' },
  member: { 'zh-CN': '团队成员（可重复）', en: 'a team member (repeatable)' },
  tier: { 'zh-CN': '客户层级（可重复）', en: 'a customer tier (repeatable)' },
  region: { 'zh-CN': '新区域（可重复）', en: 'a new region (repeatable)' },
  risk: { 'zh-CN': '风险（可重复）', en: 'a risk (repeatable)' },
  budgetItem: { 'zh-CN': '预算项目（可重复）', en: 'a budget line (repeatable)' },
} as const satisfies CommandHelp;

export const chartsHelp = {
  mode: { 'zh-CN': '图表画法：svg（Markdown 默认，图表文件写在文档旁）、mermaid（Markdown 中的 Mermaid 文本）、native（DOCX 默认，Word 原生图表）、image（PNG 图片：DOCX 中代替原生图表，Markdown 中代替 SVG 文件，供不显示它们的阅读器）', en: 'how charts are drawn: svg (Markdown default, files beside the document), mermaid (Mermaid text in the Markdown), native (DOCX default, Word charts), image (PNG pictures instead of Word charts in DOCX, or of SVG files beside a Markdown file, for readers that show neither)' },
  none: { 'zh-CN': '不生成图表', en: 'no charts' },
} as const satisfies Texts;

export const generateHelp = {
  description: { 'zh-CN': '校验计划并生成计划书（默认 Markdown，与计划同名）', en: 'validate a plan and write its document (Markdown by default, named after the plan)' },
  format: { 'zh-CN': '输出格式：', en: 'output format: ' },
  report: { 'zh-CN': '问题报告格式', en: 'format of the problem report' },
  output: { 'zh-CN': '输出文件、文件夹，或 - 表示标准输出', en: 'output file, folder, or - for standard output' },
  style: { 'zh-CN': '覆盖计划中的风格', en: "override the plan's style" },
  draft: { 'zh-CN': '草稿：缺少的数据以【待填】占位，而不是报错', en: 'draft: missing data becomes [TBD] placeholders instead of errors' },
  templates: { 'zh-CN': '使用自己的模板文件夹（结构同 templates/）', en: 'use your own template folder (laid out like templates/)' },
  month: { 'zh-CN': '年度计划：生成其中一个月的计划（如 2027-03）', en: 'annual plans: the plan of one month of the year (e.g. 2027-03)' },
  emitYaml: { 'zh-CN': '与 --month 一起用：写出该月的计划文件（YAML），而不是计划书', en: "with --month: write that month's plan file (YAML) instead of its document" },
  noSummary: { 'zh-CN': '不写开篇的执行摘要', en: 'leave out the executive summary' },
  noActions: { 'zh-CN': '不写行动清单', en: 'leave out the action list' },
  noApproval: { 'zh-CN': '不写文末的审批栏', en: 'leave out the approval block' },
} as const satisfies CommandHelp;

export const convertHelp = {
  description: { 'zh-CN': '把 Markdown 计划转换为 DOCX（任何 Markdown，包括 generate 生成的）', en: 'convert a Markdown plan to DOCX (any Markdown, including what generate writes)' },
  file: { 'zh-CN': 'Markdown 文件', en: 'a Markdown file' },
  output: { 'zh-CN': '输出文件，或 - 表示标准输出（默认与输入同名的 .docx）', en: 'output file, or - for standard output (default: the input name with .docx)' },
  noNumber: { 'zh-CN': '不给没有编号的标题添加编号', en: 'do not number headings that have no numbers' },
} as const satisfies CommandHelp;

export const validateHelp = {
  description: { 'zh-CN': '只校验计划文件：格式与数字一致性', en: 'check plan files only: format and consistency of the figures' },
  format: { 'zh-CN': '报告格式（text 即 stylish）', en: 'report format (text is stylish)' },
  style: { 'zh-CN': '按指定风格校验', en: 'check against this style' },
  draft: { 'zh-CN': '允许缺少风格所需的数据', en: 'allow data the style needs to be missing' },
} as const satisfies CommandHelp;

export const lintHelp = {
  description: { 'zh-CN': '检查已有的计划（.md、.docx、.txt）：缺少的章节、未填的占位符、对不上的数字', en: 'check existing plans (.md, .docx, .txt): missing sections, unfilled placeholders, figures that do not add up' },
  files: { 'zh-CN': '文件、文件夹或通配符（如 "plans/**/*.docx"）', en: 'files, folders or glob patterns (e.g. "plans/**/*.docx")' },
  format: { 'zh-CN': '报告格式', en: 'report format' },
  style: { 'zh-CN': '按指定风格检查（默认自动识别）', en: 'check as this style (detected by default)' },
  kind: { 'zh-CN': '只在这类计划的风格中识别', en: 'detect among the styles of this kind only' },
  config: { 'zh-CN': '配置文件（默认从文件所在目录向上查找 .salesplanrc.yaml）', en: 'config file (default: the nearest .salesplanrc.yaml above each file)' },
  maxWarnings: { 'zh-CN': '警告超过该数量时以退出码 1 结束', en: 'exit with 1 when there are more warnings than this' },
  fix: { 'zh-CN': '在 Markdown 中补上缺少章节的骨架（不修改 DOCX）', en: 'add skeletons of missing sections to Markdown files (DOCX are never edited)' },
  quiet: { 'zh-CN': '只报告错误', en: 'report errors only' },
} as const satisfies CommandHelp;

export const reviewHelp = {
  description: { 'zh-CN': '计划执行回顾：对照实际完成数据计算总额、产品线、渠道、人员与指标的达成率和差距，标出低于改进门槛的项目', en: 'review a period against its plan: attainment and gap for the total, product lines, channels, reps and metrics, with what is under the improvement threshold flagged' },
  file: { 'zh-CN': '计划文件', en: 'the plan file' },
  actuals: { 'zh-CN': '实际完成数据：CSV、.xlsx 或 YAML', en: 'the actual figures: CSV, .xlsx or YAML' },
  format: { 'zh-CN': '回顾文档格式：', en: 'format of the review document: ' },
  report: { 'zh-CN': '问题报告格式', en: 'format of the problem report' },
  output: { 'zh-CN': '回顾文档（默认 <计划>-review.md），或 - 表示标准输出', en: 'the review document (default <plan>-review.md), or - for standard output' },
  next: { 'zh-CN': '同时写出下期计划文件（默认 plan-<下期>.yaml）', en: "also write the next period's plan file (default plan-<next period>.yaml)" },
  growth: { 'zh-CN': '与 --next 一起用：下期目标在本期基础上增长的百分比，如 8', en: 'with --next: growth of the next targets in %, e.g. 8' },
  fromActuals: { 'zh-CN': '与 --next 一起用：以本期实际（而非目标）为基数', en: "with --next: grow from this period's actuals instead of its targets" },
  templates: { 'zh-CN': '使用自己的模板文件夹', en: 'use your own template folder' },
  force: { 'zh-CN': '覆盖已存在的输出文件', en: 'overwrite existing output files' },
} as const satisfies CommandHelp;

export const tiersHelp = {
  description: { 'zh-CN': '客户 RFM 分层：读取 CRM 导出的客户清单（CSV 或 .xlsx），按最近购买、频次、金额分为核心、潜力、一般、流失四层', en: 'RFM tiers of a CRM export (CSV or .xlsx): core, potential, regular and lapsed customers by recency, frequency and order size' },
  file: { 'zh-CN': '客户清单：CSV（UTF-8 或 GBK）或 .xlsx', en: 'customer list: CSV (UTF-8 or GBK) or .xlsx' },
  asOf: { 'zh-CN': '计算 R 的基准日（默认今天；给了 --plan 时为计划期间开始的前一天）', en: 'the date R is counted from (default today; with --plan, the day before the period starts)' },
  plan: { 'zh-CN': '使用计划文件中 customers 的列名、分层标准与服务模式', en: "use the plan's customers settings: columns, thresholds, service models" },
  core: { 'zh-CN': '核心客户标准，默认 30,4,1.5', en: 'core tier, default 30,4,1.5' },
  potential: { 'zh-CN': '潜力客户标准，默认 60,2,1', en: 'potential tier, default 60,2,1' },
  regular: { 'zh-CN': '一般客户标准，默认 90,1', en: 'regular tier, default 90,1' },
  unit: { 'zh-CN': '金额单位（用于表头）', en: 'money unit (for the headers)' },
  list: { 'zh-CN': '同时列出每位客户的层级', en: "also list every customer's tier" },
  format: { 'zh-CN': '输出格式：text、md、json、csv（每位客户一行），或 xlsx（工作簿，需 -o）', en: 'output format: text, md, json, csv (a row per customer), or xlsx (a workbook; needs -o)' },
  report: { 'zh-CN': '问题报告格式（json、sarif、github 写到标准输出，需与 -o 一起用）', en: 'format of the problem report (json, sarif and github go to standard output: use with -o)' },
  output: { 'zh-CN': '写入文件（默认输出到屏幕）', en: 'write to a file (default: the screen)' },
} as const satisfies CommandHelp;

export const stylesHelp = {
  description: { 'zh-CN': '列出计划风格与类型及其章节提纲', en: 'list the plan styles and kinds with their outlines' },
  style: { 'zh-CN': '只显示这个风格', en: 'show only this style' },
  format: { 'zh-CN': '输出格式', en: 'output format' },
} as const satisfies CommandHelp;

export const schemaHelp = {
  description: { 'zh-CN': '输出计划文件格式的 JSON Schema（供编辑器补全与检查）', en: 'print the JSON Schema of the plan format (for editors)' },
} as const satisfies CommandHelp;

export const diffHelp = {
  description: { 'zh-CN': '比较计划的两个版本：数字（总额、产品线、渠道、人员、月份、预算、指标）与文字的变化；相同退出码 0，不同为 1', en: 'compare two versions of a plan: figures (total, product lines, channels, reps, months, budget, metrics) and text; exit 0 when equal, 1 when different' },
  old: { 'zh-CN': '旧版本', en: 'the old version' },
  new: { 'zh-CN': '新版本', en: 'the new version' },
  format: { 'zh-CN': '输出格式：table（终端表格）、md（变更说明）、json', en: 'output format: table (terminal), md (a change note), json' },
  output: { 'zh-CN': '写入文件（默认输出到屏幕）', en: 'write to a file (default: the screen)' },
} as const satisfies CommandHelp;

export const rollupHelp = {
  description: { 'zh-CN': '部门汇总：把各团队同一期间的计划相加为部门计划；--check 核对已有部门计划与各团队之和', en: "a department's plan as the sum of its teams' plans of one period; --check compares an existing department plan with that sum" },
  plans: { 'zh-CN': '团队计划文件（YAML）', en: 'team plan files (YAML)' },
  output: { 'zh-CN': '部门计划文件（默认输出到屏幕）', en: 'the department plan (default: the screen)' },
  check: { 'zh-CN': '核对这个部门计划的数字是否等于各团队之和（不同时退出码 1）', en: "check that this department plan's figures are the sum of the teams' (exit 1 when not)" },
  department: { 'zh-CN': '部门名称', en: 'department' },
  author: { 'zh-CN': '编制人', en: 'author' },
} as const satisfies CommandHelp;

export const templatesHelp = {
  description: { 'zh-CN': '列出内置模板、输出某个模板，或查看计划提供给模板的数据', en: 'list the built-in templates, print one, or show the data a plan gives them' },
  print: { 'zh-CN': '输出一个内置模板，如 target/market', en: 'print a built-in template, e.g. target/market' },
  data: { 'zh-CN': '输出该计划提供给模板的数据（JSON）', en: 'print the data this plan gives templates (JSON)' },
  eject: { 'zh-CN': '把全部内置模板写入这个文件夹（结构即 --templates 所用），以便修改', en: 'write every built-in template into this folder (laid out as --templates reads it), to edit' },
} as const satisfies CommandHelp;

/** Each command's example command lines, in the reader's language (file names too). */
export const examples = {
  new: {
    'zh-CN': [
      'salesplan new',
      'salesplan new --from plan-2026-11.yaml',
      'salesplan new plan.yaml --yes --style target --revenue 500 --product "主推产品:300:flagship" --product "其他:200:other" …',
    ],
    en: [
      'salesplan new --lang en',
      'salesplan new --from plan-2026-11.yaml',
      'salesplan new plan.yaml --yes --lang en --unit USD --style target --revenue 500000 --product "Flagship:300000:flagship" --product "Others:200000:other" …',
    ],
  },
  generate: {
    'zh-CN': [
      'salesplan generate examples/target-zh.yaml -o plan.md',
      'salesplan generate examples/annual-zh.yaml --month 2027-03 --emit-yaml',
      'salesplan generate examples/target-zh.yaml -f docx -o plan.docx',
      'salesplan generate plan.yaml -f docx --reference-docx 公司模板.docx',
      'salesplan generate plan.yaml -o - --lang en',
      'salesplan generate plan.yaml --draft --force',
    ],
    en: [
      'salesplan generate examples/operations-en.yaml -o plan.md',
      'salesplan generate examples/annual-zh.yaml --month 2027-03 --emit-yaml --lang en',
      'salesplan generate examples/operations-en.yaml -f docx -o plan.docx',
      'salesplan generate plan.yaml -f docx --reference-docx company-template.docx',
      'salesplan generate plan.yaml -o - --lang en',
      'salesplan generate plan.yaml --draft --force',
    ],
  },
  convert: {
    'zh-CN': ['salesplan convert plan.md -o plan.docx', 'salesplan convert 月度计划.md --reference-docx 公司模板.docx'],
    en: ['salesplan convert plan.md -o plan.docx', 'salesplan convert monthly-plan.md --reference-docx company-template.docx'],
  },
  validate: {
    'zh-CN': ['salesplan validate plan.yaml', 'salesplan validate plans/*.yaml --format json'],
    en: ['salesplan validate plan.yaml', 'salesplan validate plans/*.yaml --format json'],
  },
  lint: {
    'zh-CN': ['salesplan lint 12月计划.docx', 'salesplan lint "plans/**/*.md" --format sarif > lint.sarif', 'salesplan lint plan.md --style target --fix'],
    en: ['salesplan lint december-plan.docx', 'salesplan lint "plans/**/*.md" --format sarif > lint.sarif', 'salesplan lint plan.md --style target --fix'],
  },
  review: {
    'zh-CN': [
      'salesplan review examples/target-zh.yaml --actuals examples/actuals-2026-12.csv',
      'salesplan review plan.yaml --actuals 实际.xlsx -f docx -o 12月回顾.docx',
      'salesplan review plan.yaml --actuals actuals.yaml --next --growth 8',
    ],
    en: [
      'salesplan review examples/target-zh.yaml --actuals examples/actuals-2026-12.csv --lang en',
      'salesplan review plan.yaml --actuals actuals.xlsx -f docx -o december-review.docx',
      'salesplan review plan.yaml --actuals actuals.yaml --next --growth 8',
    ],
  },
  tiers: {
    'zh-CN': ['salesplan tiers examples/customers.csv --as-of 2026-12-31', 'salesplan tiers 客户导出.xlsx --plan plan.yaml --list', 'salesplan tiers customers.csv --format csv -o 客户分层.csv'],
    en: ['salesplan tiers examples/customers.csv --as-of 2026-12-31', 'salesplan tiers crm-export.xlsx --plan plan.yaml --list', 'salesplan tiers customers.csv --format csv -o customer-tiers.csv'],
  },
  styles: {
    'zh-CN': ['salesplan styles', 'salesplan styles service --lang en'],
    en: ['salesplan styles --lang en', 'salesplan styles service --lang en'],
  },
  schema: {
    'zh-CN': ['salesplan schema > plan.schema.json'],
    en: ['salesplan schema > plan.schema.json'],
  },
  templates: {
    'zh-CN': ['salesplan templates', 'salesplan templates --eject 我的模板/', 'salesplan templates --print target/market', 'salesplan templates --data plan.yaml'],
    en: ['salesplan templates --lang en', 'salesplan templates --eject my-templates/ --lang en', 'salesplan templates --print target/market --lang en', 'salesplan templates --data plan.yaml --lang en'],
  },
  diff: {
    'zh-CN': ['salesplan diff examples/versions/plan-v1.yaml examples/versions/plan-v2.yaml', 'salesplan diff v1.yaml v2.yaml --format md -o 变更说明.md'],
    en: ['salesplan diff examples/versions/plan-v1.yaml examples/versions/plan-v2.yaml', 'salesplan diff v1.yaml v2.yaml --format md -o change-note.md'],
  },
  rollup: {
    'zh-CN': ['salesplan rollup examples/teams/team-*.yaml --department 华东销售部 -o dept.yaml', 'salesplan rollup examples/teams/team-*.yaml --check examples/teams/department.yaml'],
    en: ['salesplan rollup examples/teams/team-*.yaml --department "East China Sales" -o dept.yaml', 'salesplan rollup examples/teams/team-*.yaml --check examples/teams/department.yaml'],
  },
} as const satisfies Readonly<Record<string, Examples>>;
