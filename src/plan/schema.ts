// The plan format, declared once. Types, defaults, the JSON Schema (`salesplan schema`) and the
// wizard's questions all derive from this file. Descriptions are kept in both languages (the
// `descriptions` registry); the JSON Schema joins them because editors show it to everyone.
import * as z from 'zod';

// Plans are validated once per run: compiling zod's fast paths costs more than it saves.
z.config({ jitless: true });
import type { Localized } from '../i18n/localized.js';
import { METRIC_IDS } from './metrics.js';
import { CHART_IDS } from '../charts/ids.js';

/**
 * Each key's description in both languages, as data: messages and the wizard pick one language
 * from here. The JSON Schema (`salesplan schema`, editors) carries both in one description,
 * "中文 / English", since an editor shows the same schema to every user.
 */
export const descriptions = z.registry<Localized>();

/** Describes a schema in both languages: `.apply(d('中文', 'English'))`. */
const d = (zh: string, en: string) => <S extends z.ZodType>(schema: S): S => {
  const described = schema.describe(`${zh} / ${en}`);
  descriptions.add(described, { 'zh-CN': zh, en });
  return described;
};

/** An amount of money in the plan's `unit`. Never negative. */
const money = (zh: string, en: string) => z.number().nonnegative().apply(d(zh, en));
/** A percentage written as a number: 40 means 40%. */
const percent = (zh: string, en: string) => z.number().min(0).max(100).apply(d(zh, en));
const count = (zh: string, en: string) => z.number().int().nonnegative().apply(d(zh, en));
const text = (zh: string, en: string) => z.string().min(1).apply(d(zh, en));
const textList = (zh: string, en: string) => z.array(z.string().min(1)).apply(d(zh, en));

const KINDS = ['monthly', 'quarterly', 'annual'] as const;
const MONTHLY_STYLES = ['target', 'operations', 'expansion', 'efficiency', 'service'] as const;
export const PRODUCT_ROLES = ['flagship', 'potential', 'new', 'high_margin', 'share', 'service', 'other'] as const;
export const CHANNEL_TYPES = ['direct', 'distributor', 'online', 'new', 'partner', 'other'] as const;
export const RISK_CATEGORIES = [
  'market', 'competition', 'customer', 'collection', 'channel', 'team', 'security', 'cash', 'supply', 'policy', 'other',
] as const;
const LEVELS = ['high', 'medium', 'low'] as const;
const SPLIT_METHODS = ['even', 'weights', 'history'] as const;
const RFM_TIERS = ['core', 'potential', 'regular', 'lapsed'] as const;
export const BUSINESS_CUSTOMERS = ['consumer', 'business', 'both'] as const;
export const BUSINESS_OFFERINGS = ['products', 'services', 'software'] as const;
export const BUSINESS_ROUTES = ['direct', 'distributors', 'mixed'] as const;
const BUDGET_CATEGORIES = ['travel', 'promotion', 'training', 'samples', 'incentive', 'events', 'tools', 'other'] as const;

const isoDate = (zh: string, en: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/).apply(d(zh, en));

const MonthNumber = z.number().int().min(1).max(12);
/**
 * A line of an annual plan that belongs to some months only (an event, a promotion, a trade
 * show): a month plan seeded from the year (--month) keeps it only in those months.
 */
const TaggedText = (zh: string, en: string) =>
  z
    .union([
      z.string().min(1),
      z.strictObject({
        text: text('内容', 'The text'),
        month: z
          .union([MonthNumber, z.array(MonthNumber).min(1)])
          .apply(d('所在月份 1–12，可写多个如 [11, 12]；按月生成月度计划时只带入这些月份', 'Month 1–12, or several as [11, 12]; a month plan seeded from the year keeps it only in those months'))
          .optional(),
        date: isoDate('日期，格式 2027-03-18（决定所在月份）', 'A date, as 2027-03-18 (gives its month)').optional(),
      }),
    ])
    .apply(d(zh, en));
const taggedList = (zh: string, en: string) =>
  z.array(TaggedText(`${zh}；可写成 { text, month } 标明月份`, `${en}; write { text, month } to tie it to months`)).apply(d(zh, en));

const Calendar = z
  .strictObject({
    country: z
      .enum(['CN', 'none'])
      .apply(d('公共假日：CN 按中国法定节假日与调休，none 只按周末；默认中文计划 CN、英文计划 none', "Public holidays: CN for China's holidays and make-up working days, none for weekends only; default CN for Chinese plans, none for English ones"))
      .optional(),
    holidays: z
      .array(z.union([isoDate('日期，格式 2026-10-08', 'A date, as 2026-10-08'), z.strictObject({ date: isoDate('日期，格式 2026-10-08', 'A date, as 2026-10-08'), name: text('名称，如“公司年会”', 'Name, e.g. "Company retreat"').optional() })]))
      .apply(d('公司自定的休息日（不计工作日）', 'Company days off (not working days)'))
      .default([]),
    workdays: z.array(isoDate('日期，格式 2026-10-10', 'A date, as 2026-10-10')).apply(d('额外的工作日（如周末加班日）', 'Extra working days (e.g. a working weekend)')).default([]),
  })
  .apply(d('工作日历：每周进度按工作日分摊目标', 'Working calendar: the weekly pace spreads the target by working days'));

const Org = z
  .strictObject({
    company: text('公司名称', 'Company name').optional(),
    department: text('部门，如“销售部”', 'Department, e.g. "Sales"').optional(),
    author: text('编制人', 'Author of the plan').optional(),
    approver: text('审批人', 'Approver').optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .apply(d('编制日期，格式 2026-11-25', 'Date written, as 2026-11-25'))
      .optional(),
    // The approval block (编制 / 审核 / 批准): the reviewer and the dates of review and approval.
    reviewer: text('审核人', 'Reviewer').optional(),
    reviewed: isoDate('审核日期，格式 2026-11-26', 'Date reviewed, as 2026-11-26').optional(),
    approved: isoDate('批准日期，格式 2026-11-27', 'Date approved, as 2026-11-27').optional(),
  })
  .apply(d('编制单位与人员', 'Who the plan is from'));

/**
 * What the company sells, to whom and how: the templates choose their words by it (a bottled-tea
 * brand gets tastings and shelf space, not white papers and pre-sales engineers). Every key is
 * optional; a plan without it reads as a business selling products directly to businesses.
 */
const Business = z
  .strictObject({
    customers: z
      .enum(BUSINESS_CUSTOMERS)
      .apply(d('客户是谁：consumer 消费者、business 企业客户、both 两者都有；默认 business', 'Who the customers are: consumer, business or both; default business'))
      .optional(),
    offering: z
      .enum(BUSINESS_OFFERINGS)
      .apply(d('卖的是什么：products 实物产品、services 服务、software 软件/订阅；默认 products', 'What is sold: products, services or software (subscriptions); default products'))
      .optional(),
    route: z
      .enum(BUSINESS_ROUTES)
      .apply(d('怎么卖：direct 直销、distributors 经销商/代理、mixed 两者并用；默认 direct', 'How it is sold: direct, through distributors, or mixed; default direct'))
      .optional(),
  })
  .apply(d('业务类型：决定文档用词（如面向消费者的品牌不写白皮书、售前工程师）', 'The kind of business: chooses the wording of the documents (no white papers or pre-sales engineers for a consumer brand)'));

export const Metric = z
  .strictObject({
    id: z
      .enum(METRIC_IDS)
      .apply(d('常用指标的标识（名称与单位自动填写）', 'A well-known metric id (fills in its name and unit)'))
      .optional(),
    name: text('指标名称（未给 id 时必填）', 'Metric name (required when there is no id)').optional(),
    baseline: z.number().apply(d('基线值：上期或当前水平', 'Baseline: last period or current level')).optional(),
    target: z.number().apply(d('本期目标值', 'Target value for this period')),
    unit: text('单位，如 %、分、小时、家', 'Unit, e.g. %, pts, hours').optional(),
    note: text('说明', 'Note').optional(),
  })
  .apply(d('一个具名指标：基线 → 目标', 'A named metric: baseline → target'));

// Issue 11's finance targets, kept together: the gross-profit amount beside the margin, the
// collections (回款) block and a monthly plan's year to date. All optional: a plan without them
// reads as before. How the figures relate (derived or checked) is said in src/plan/derive/.
const Collections = z
  .strictObject({
    amount: money('本期回款额目标', 'Collections target for the period').optional(),
    rate: z
      .number()
      .nonnegative()
      .apply(d('回款率目标：回款额占本期销售额目标的 %（收回往期应收时可超过 100）', 'Collection rate target: collections as % of the revenue target (above 100 when old receivables are collected)'))
      .optional(),
    last_amount: money('上期实际回款额', "Last period's actual collections").optional(),
    last_rate: z.number().nonnegative().apply(d('上期实际回款率，%', "Last period's collection rate, %")).optional(),
    receivables: money('期末应收账款余额目标', 'Receivables outstanding at the end of the period (target)').optional(),
    last_receivables: money('上期末应收账款余额', 'Receivables outstanding at the end of last period').optional(),
    dso: z.number().nonnegative().apply(d('应收账款周转天数（DSO）目标，天', 'Days sales outstanding (DSO) target, days')).optional(),
    last_dso: z.number().nonnegative().apply(d('上期应收账款周转天数，天', "Last period's DSO, days")).optional(),
  })
  .apply(d('回款目标：回款额和/或回款率，可加应收账款余额与周转天数；只给回款率时回款额按销售额目标计算', 'Collections: amount and/or rate, optionally receivables and DSO; a rate alone gives the amount from the revenue target'));

const YearToDate = z
  .strictObject({
    annual: money('全年销售额目标', 'Revenue target of the whole year'),
    actual: money('本年截至上月末的累计实际销售额（1 月计划填 0）', 'Actual revenue this year up to the end of last month (0 for a January plan)'),
  })
  .apply(d('月度计划的年度进度：全年目标、截至上月累计完成，用于计算剩余任务和本月应承担的份额', "A monthly plan's year to date: the annual target and the actual so far, for what remains and this month's part of it"));

const FINANCE_TARGETS = {
  gross_profit: money('毛利额目标；与毛利率同时给出时须一致（销售额 × 毛利率），只给毛利额时毛利率由它算出', 'Gross profit target (amount); with a margin both must agree (revenue × margin); alone, it gives the margin').optional(),
  last_gross_profit: money('上期实际毛利额', "Last period's actual gross profit").optional(),
  collections: Collections.optional(),
  ytd: YearToDate.optional(),
};

export const Targets = z
  .strictObject({
    revenue: money('本期销售总额目标', 'Total revenue target for the period').optional(),
    last_revenue: money('上期实际销售额（用于计算环比增长）', "Last period's actual revenue (for growth)").optional(),
    last_year_revenue: money('去年同期实际销售额（用于计算同比增长）', 'Same period last year (for year-on-year growth)').optional(),
    basis: text('目标制定依据', 'How the target was set').optional(),
    gross_margin: percent('毛利率目标，%', 'Gross margin target, %').optional(),
    market_share_gain: z
      .number()
      .apply(d('市场份额提升，百分点', 'Market share gain, percentage points'))
      .optional(),
    new_customers: z
      .strictObject({
        prospects: count('新增意向客户数', 'New prospects (intent customers)').optional(),
        won: count('成功转化的新客户数', 'New customers won').optional(),
        contract_value: money('新客户合同金额', 'Contract value of new customers').optional(),
      })
      .apply(d('新客户开发目标', 'New-customer targets'))
      .optional(),
    existing_customers: z
      .strictObject({
        upsell: money('老客户增购金额', 'Upsell to existing customers').optional(),
        accounts: count('维护的老客户数', 'Existing accounts served').optional(),
      })
      .apply(d('老客户维护与增购目标（续约率写在 metrics 的 renewal_rate）', 'Existing-customer targets (renewal rate goes in metrics as renewal_rate)'))
      .optional(),
    metrics: z
      .array(Metric)
      .apply(d('其他量化指标：转化率、客单价、NPS、满意度等', 'Other metrics: conversion, AOV, NPS, CSAT …'))
      .default([]),
    ...FINANCE_TARGETS,
  })
  .apply(d('本期目标', 'Targets for the period'));

export const Market = z
  .strictObject({
    trends: textList('宏观环境、政策与行业趋势', 'Environment, policy and industry trends').default([]),
    competitors: textList('竞争对手动态', 'What competitors are doing').default([]),
    segments: textList('客户群体洞察', 'Customer groups and what they need').default([]),
    strengths: textList('我方产品与服务的竞争力', 'Where our products and service win or lose').default([]),
    opportunities: taggedList('机会点：节日、展会、重点行业、合作伙伴', 'Opportunities: holidays, trade shows, verticals, partners').default([]),
  })
  .apply(d('市场研判要点（写入市场分析章节）', 'Market notes (used in the market analysis section)'));

export const Product = z
  .strictObject({
    name: text('产品线名称', 'Product line'),
    role: z
      .enum(PRODUCT_ROLES)
      .apply(d('定位：flagship 主推、potential 潜力、new 新品、high_margin 高毛利、share 份额型、service 服务、other 其他', 'Role: flagship, potential, new, high_margin, share, service, other'))
      .default('other'),
    amount: money('销售额目标', 'Revenue target').optional(),
    share: percent('占总目标的比例，%（与 amount 二选一）', 'Share of the total, % (instead of amount)').optional(),
    last_amount: money('上期实际销售额', "Last period's actual").optional(),
    note: text('说明', 'Note').optional(),
  })
  .apply(d('产品线目标。给 amount 或 share；role 为 other 且都不给时取剩余额', 'A product line. Give amount or share; an "other" line with neither takes the remainder'));

export const Channel = z
  .strictObject({
    name: text('渠道名称', 'Channel name'),
    type: z
      .enum(CHANNEL_TYPES)
      .apply(d('类型：direct 直销、distributor 经销/代理、online 线上、new 新渠道、partner 合作伙伴、other', 'Type: direct, distributor, online, new, partner, other'))
      .default('other'),
    target: money('渠道销售目标', 'Channel revenue target').optional(),
    owner: text('负责人', 'Owner').optional(),
    actions: taggedList('本期行动', 'Actions this period').default([]),
  })
  .apply(d('销售渠道', 'A sales channel'));

export const Region = z
  .strictObject({
    name: text('区域或新市场', 'Region or new market'),
    revenue: money('首期销售额目标', 'First-period revenue target').optional(),
    prospects: count('意向客户数', 'Prospects').optional(),
    won: count('转化客户数', 'Customers won').optional(),
    partners: count('签约渠道伙伴数', 'Channel partners signed').optional(),
    owner: text('负责人', 'Owner').optional(),
    note: text('说明', 'Note').optional(),
  })
  .apply(d('新市场/区域拓展目标', 'A new market or region'));

export const Member = z
  .strictObject({
    name: text('姓名或小组', 'Person or group'),
    role: text('岗位', 'Role').optional(),
    region: text('负责区域', 'Territory').optional(),
    target: money('个人/小组销售目标；不填则平分剩余目标', 'Target; left out, the remainder is split').optional(),
    headcount: z.number().int().positive().apply(d('人数（小组时填写）', 'Headcount, for a group')).default(1),
    weight: z
      .number()
      .nonnegative()
      .apply(d('分配剩余目标的权重（如上年业绩、区域潜力）；不填则按人数平分', 'Weight for splitting the rest of the total (e.g. last year’s sales, territory potential); left out, the rest is split by headcount'))
      .optional(),
    mentor: z.boolean().apply(d('是否担任新人导师（计算导师奖）', 'Mentors new reps (earns the mentor bonus)')).optional(),
    note: text('说明', 'Note').optional(),
  })
  .apply(d('团队成员或小组', 'A team member or group'));

export const Tier = z
  .strictObject({
    name: text('客户层级名称，如“A类 战略客户”', 'Tier name, e.g. "A – strategic"'),
    customers: count('客户数', 'Number of customers').optional(),
    customer_share: percent('占客户数比例，%', 'Share of customers, %').optional(),
    revenue_share: percent('占销售额比例，%', 'Share of revenue, %').optional(),
    service: text('服务模式', 'Service model').optional(),
  })
  .apply(d('客户分层', 'A customer tier'));

export const Risk = z
  .strictObject({
    category: z
      .enum(RISK_CATEGORIES)
      .apply(d('类别：market 市场、competition 竞争、customer 客户、collection 回款、channel 渠道、team 人员、security 信息安全、cash 资金、supply 供应、policy 政策、other', 'Category'))
      .default('other'),
    risk: text('风险描述', 'The risk'),
    warning: text('预警信号', 'Warning sign that it is happening').optional(),
    response: text('应对措施', 'Response').optional(),
    owner: text('责任人', 'Owner').optional(),
    likelihood: z.enum(LEVELS).apply(d('可能性：high、medium、low', 'Likelihood')).optional(),
    impact: z.enum(LEVELS).apply(d('影响：high、medium、low', 'Impact')).optional(),
  })
  .apply(d('风险登记', 'A risk'));

export const BudgetItem = z
  .strictObject({
    name: text('费用项目', 'Expense item'),
    category: z.enum(BUDGET_CATEGORIES).apply(d('类别', 'Category')).optional(),
    amount: money('金额', 'Amount').optional(),
    percent_of_revenue: percent('按销售额目标的比例，%（与 amount 二选一）', 'As % of the revenue target (instead of amount)').optional(),
    share: percent('占预算上限的比例，%（需要 cap）', 'As % of the budget cap (needs a cap)').optional(),
    note: text('说明', 'Note').optional(),
  })
  .apply(d('预算项目：amount、percent_of_revenue、share 三选一', 'A budget line: one of amount, percent_of_revenue, share'));

export const Budget = z
  .strictObject({
    cap: money('预算上限', 'Budget cap').optional(),
    cap_percent_of_revenue: percent('预算上限占销售额目标的比例，%', 'Budget cap as % of the revenue target').optional(),
    items: z.array(BudgetItem).apply(d('预算项目', 'Budget lines')).default([]),
  })
  .apply(d('费用预算', 'Expense budget'));

const ScheduleItem = z
  .strictObject({
    when: z
      .union([z.string().min(1), z.number()])
      .apply(d('时间：日期、日期范围或“第1周”', 'When: a date, a range, or "Week 1"')),
    action: text('工作事项', 'Action'),
    owner: text('负责人', 'Owner').optional(),
    deliverable: text('交付成果', 'Deliverable').optional(),
  })
  .apply(d('进度安排', 'A scheduled action'));

const SectionOverride = z
  .strictObject({
    text: z
      .string()
      .min(1)
      .apply(d('替换该章节自动生成的文字（表格保留）；空行分段，以“- ”开头的行为要点', 'Replaces the generated prose (tables stay); blank lines separate paragraphs, lines starting with "- " are bullets'))
      .optional(),
    bullets: textList('追加到该章节末尾的要点', 'Bullets appended to the section').optional(),
  })
  .apply(d('对某一章节的补充或改写', 'Additions to or a rewrite of one section'));

export const DocxSettings = z
  .strictObject({
    body_font: text('正文中文字体，默认 宋体', 'East-Asian body font; default 宋体 (SimSun)').optional(),
    heading_font: text('标题中文字体，默认 黑体', 'East-Asian heading font; default 黑体 (SimHei)').optional(),
    latin_font: text('正文西文字体，默认 Times New Roman（中文文档）或 Arial（英文文档）', 'Latin body font; default Times New Roman (Chinese) or Arial (English)').optional(),
    latin_heading_font: text('标题西文字体，默认 Arial', 'Latin heading font; default Arial').optional(),
    font_size: z.number().min(8).max(20).apply(d('正文字号（磅），默认 12（小四）；英文文档默认 11', 'Body size in points; default 12 (Chinese) or 11 (English)')).optional(),
    line_spacing: z.number().min(1).max(3).apply(d('行距倍数，默认 1.5；英文文档默认 1.15', 'Line spacing; default 1.5 (Chinese) or 1.15 (English)')).optional(),
    cover: z.boolean().apply(d('是否生成封面，默认是', 'Write a cover page; default true')).optional(),
    toc: z.boolean().apply(d('是否生成目录，默认是', 'Write a table of contents; default true')).optional(),
  })
  .apply(d('DOCX 排版设置（也可用命令行参数）', 'DOCX layout (also settable with flags)'));

const DocumentSetting = z
  .strictObject({
    summary: z.boolean().apply(d('开篇的执行摘要，默认是', 'The executive summary at the top; default true')).optional(),
    actions: z.boolean().apply(d('行动清单（事项、负责人、时间、交付成果），默认是', 'The action list (what, owner, when, deliverable); default true')).optional(),
    approval: z.boolean().apply(d('文末的审批栏（编制 / 审核 / 批准），默认是', 'The approval block at the end (prepared / reviewed / approved); default true')).optional(),
  })
  .apply(d('文档中可关闭的部分（命令行 --no-summary、--no-actions、--no-approval）', 'Parts of the document that can be left out (--no-summary, --no-actions, --no-approval)'));

const ChartsSetting = z
  .union([z.boolean(), z.strictObject(Object.fromEntries(CHART_IDS.map((id) => [id, z.boolean().optional()])) as Record<(typeof CHART_IDS)[number], z.ZodOptional<z.ZodBoolean>>)])
  .apply(d(
    '图表：true/false 开关全部图表（默认开），或按图表 id 逐个开关，如 { weekly: false }（命令行 --no-charts 关闭全部）',
    'Charts: true/false for all of them (default on), or each by its id, as { weekly: false } (--no-charts turns all off)',
  ));

const ReviewItem = z
  .strictObject({
    name: text('指标名称，如“销售额”', 'What was measured, e.g. "Revenue"'),
    target: z.number().apply(d('上期目标', "Last period's target")),
    actual: z.number().apply(d('上期实际', "Last period's actual")),
    unit: text('单位；不填按金额单位', 'Unit; defaults to the money unit').optional(),
  })
  .apply(d('上期目标与实际', 'Last period: target and actual'));

export const Review = z
  .strictObject({
    period: z
      .union([z.string().min(1), z.number().int()])
      .apply(d('回顾的期间；默认为上一期', 'Period reviewed; defaults to the previous one'))
      .optional(),
    items: z.array(ReviewItem).apply(d('上期各项指标的目标与实际', "Last period's targets and actuals")).default([]),
    highlights: textList('上期亮点', 'What went well').default([]),
    problems: textList('存在的问题', 'Problems').default([]),
    improvements: textList('本期改进措施', 'Improvements for this period').default([]),
  })
  .apply(d('上期回顾：用于计算达成率', 'Review of the last period, for attainment'));

const twelve = (zh: string, en: string) =>
  z.array(z.number().nonnegative()).length(12).apply(d(zh, en));

export const Annual = z
  .strictObject({
    split: z
      .enum(SPLIT_METHODS)
      .apply(d(
        '年度目标拆到各月的方法：even 平均、weights 按 month_weights 季节权重、history 按往年各月实际（月销售比重法）；不填则有 history 用 history，有 month_weights 用 weights，否则平均',
        'How the year is split into months: even, weights (month_weights) or history (past monthly actuals); left out, history when given, else weights when given, else even',
      ))
      .optional(),
    month_weights: twelve('1–12 月的权重（季节性），只看比例，如 [8, 6, 9, …]', 'Weights of January to December (seasonality); only their ratios matter').optional(),
    history: z
      .record(z.string().regex(/^\d{4}$/), twelve('该年 1–12 月实际销售额', 'Actual revenue of each month of that year'))
      .apply(d('往年各月实际销售额，键为年份（一到三年），如 2025: [...]', 'Past years’ monthly actuals, keyed by year (one to three years), e.g. 2025: [...]'))
      .optional(),
    month_style: z
      .enum(MONTHLY_STYLES)
      .apply(d('用 --month 由年度计划生成月度计划时的风格，默认 target', 'Style of the month plans seeded with --month; default target'))
      .optional(),
  })
  .apply(d('年度目标分解设置', 'How the annual target is split'));

export const Incentives = z
  .strictObject({
    base_rate: percent('基础提成：销售额的 %，如 2', 'Base commission, % of revenue, e.g. 2'),
    bonuses: z
      .array(
        z.strictObject({
          name: text('加提条件，如“核心客户复购率 > 80%”', 'Condition, e.g. "core-customer repurchase > 80%"'),
          rate: percent('满足条件时提成比例增加的百分点，如 0.5', 'Percentage points added to the commission rate, e.g. 0.5'),
          members: textList('已确定满足条件的成员（可不填）', 'Members known to qualify (optional)').optional(),
        }).apply(d('条件加提', 'A conditional commission increase')),
      )
      .apply(d('条件加提', 'Conditional commission increases'))
      .default([]),
    over_target: z
      .array(
        z.strictObject({
          above: z.number().positive().apply(d('超额门槛：超过目标的 %，如 10 表示超过目标 10% 以上', 'Threshold: % above target, e.g. 10 for more than 10% over')),
          rate: percent('对超出目标部分给予的奖励，%', 'Bonus on the part above target, %'),
        }).apply(d('超额奖励档位', 'An over-target bonus tier')),
      )
      .apply(d('超额奖励：达成超过门槛时，超出目标部分按该档比例奖励（取最高一档）', 'Over-target bonus: above a threshold, the part above target earns that tier’s rate (highest tier reached)'))
      .default([]),
    mentor_share: percent('导师奖：带教成员本人提成的 %，如 5', 'Mentor bonus, % of the mentor’s own commission, e.g. 5').optional(),
    special_share: percent('专项奖（如“核心客户维护之星”）：获奖者提成的 %，如 10', 'Special awards, % of the winner’s commission, e.g. 10').optional(),
    scenarios: z
      .array(z.number().positive().max(1000))
      .min(1)
      .max(5)
      .apply(d('提成测算的达成率情景，%，默认 [100, 115, 125]', 'Attainment scenarios for the commission table, %; default [100, 115, 125]'))
      .default([100, 115, 125]),
    improvement_threshold: percent('达成率低于此值须提交绩效改进计划，默认 80', 'Attainment below which a rep writes an improvement plan; default 80').default(80),
  })
  .apply(d('激励方案：提成比例、条件加提、超额奖励', 'Incentive scheme: commission, conditional increases, over-target bonus'));

const rfmRule = (zh: string, en: string, monetary: boolean) =>
  z
    .strictObject({
      recency: z.number().int().nonnegative().apply(d('最近一次购买距今不超过的天数（R）', 'At most this many days since the last purchase (R)')),
      frequency: count('近 12 个月至少购买次数（F）', 'At least this many orders in the last 12 months (F)'),
      ...(monetary
        ? { monetary: z.number().nonnegative().apply(d('平均订单金额至少为全体平均订单金额的倍数（M）', 'Average order at least this multiple of the overall average order (M)')) }
        : {}),
    })
    .apply(d(zh, en));

export const Customers = z
  .strictObject({
    file: text('客户清单文件（CSV 或 .xlsx），路径相对于计划文件', 'Customer export (CSV or .xlsx), relative to the plan file'),
    as_of: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .apply(d('计算 R 的基准日，默认为计划期间开始的前一天', 'Date R is counted from; default the day before the period starts'))
      .optional(),
    columns: z
      .strictObject({
        customer: text('客户名称列的表头', 'Header of the customer column').optional(),
        last_purchase: text('最近购买日期列的表头', 'Header of the last-purchase-date column').optional(),
        orders: text('近 12 个月订单数列的表头', 'Header of the orders column').optional(),
        revenue: text('近 12 个月销售额列的表头', 'Header of the revenue column').optional(),
      })
      .apply(d('表头与默认名称不同时在此指定', 'Column headers, when they differ from the usual names'))
      .optional(),
    rfm: z
      .strictObject({
        core: rfmRule('核心客户标准，默认 R≤30、F≥4、M≥1.5', 'Core: default R ≤ 30, F ≥ 4, M ≥ 1.5', true).optional(),
        potential: rfmRule('潜力客户标准，默认 R≤60、F≥2、M≥1', 'Potential: default R ≤ 60, F ≥ 2, M ≥ 1', true).optional(),
        regular: rfmRule('一般客户标准，默认 R≤90、F≥1', 'Regular: default R ≤ 90, F ≥ 1', false).optional(),
      })
      .apply(d('RFM 分层标准；其余客户为流失客户', 'RFM thresholds; every other customer is lapsed'))
      .optional(),
    service: z
      .strictObject({
        core: text('核心客户的服务模式', 'Service model for core customers').optional(),
        potential: text('潜力客户的服务模式', 'Service model for potential customers').optional(),
        regular: text('一般客户的服务模式', 'Service model for regular customers').optional(),
        lapsed: text('流失客户的挽回方式', 'How lapsed customers are won back').optional(),
      })
      .apply(d('各层服务模式', 'Service model per tier'))
      .optional(),
  })
  .apply(d('从 CRM 导出的客户清单做 RFM 分层，结果写入客户分层表', 'RFM tiering of a CRM export, shown as the customer-tier table'));

export const Plan = z
  .strictObject({
    salesplan: z.literal(1).apply(d('计划文件格式版本，目前为 1', 'Format version of this file; currently 1')),
    kind: z.enum(KINDS).apply(d('计划类型：monthly 月度、quarterly 季度、annual 年度', 'Kind of plan')).default('monthly'),
    style: z
      .enum(MONTHLY_STYLES)
      .apply(d('月度计划风格：target 目标分解、operations 精细运营、expansion 市场拓展、efficiency 团队效能、service 服务价值', 'Monthly style'))
      .optional(),
    period: z
      .union([z.string().min(1), z.number().int()])
      .apply(d('计划期间：月度 2026-12，季度 2026-Q4，年度 2026', 'Period: 2026-12 (monthly), 2026-Q4 (quarterly), 2026 (annual)')),
    lang: z.enum(['zh-CN', 'en']).apply(d('文档语言', 'Document language')).optional(),
    title: text('文档标题（不填则自动生成）', 'Document title (generated when left out)').optional(),
    org: Org.default({}),
    business: Business.optional(),
    unit: text('金额单位，如 万元、元、USD', 'Money unit, e.g. 万元, 元, USD').optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .apply(d('币种代码，如 CNY、USD', 'Currency code, e.g. CNY, USD'))
      .optional(),
    precision: z
      .number()
      .int()
      .min(0)
      .max(4)
      .apply(d(
        '金额显示与拆分的小数位数。不填则自动：万元、亿元等单位的金额 100 以上取整、100 以下保留 1 位（预算、人均等小额），元与外币（USD、GBP）保留 2 位；提成不填时保留 2 位。拆分（周、月、季度、成员、按比例的产品线与预算）按各部分的大小取位数（860 万元分到各周取整，162 万元分给 4 人各 40.5），各部分之和等于显示的总额',
        'Decimal places of money, shown and split. Left out: for 万元/亿元-style units, whole units from 100 up and one decimal below (budget lines, per-head figures); 2 decimals for 元 and currencies (USD, GBP); commissions 2 decimals. Splits (weeks, months, quarters, reps, product lines and budget lines given as shares) take the places that fit their parts (860 over the weeks in whole units, 162 over 4 reps as 40.5 each), so the parts add up to the total as shown',
      ))
      .optional(),
    calendar: Calendar.optional(),
    focus: z
      .union([z.string().min(1), z.array(z.string().min(1))])
      .apply(d('本期工作重点（开篇段落）', 'Focus of the period (opening paragraph)'))
      .optional(),
    closing: text('结束语（替换自动生成的结语）', 'Closing paragraph (replaces the generated one)').optional(),
    market: Market.optional(),
    targets: Targets.default({ metrics: [] }),
    products: z.array(Product).apply(d('产品线目标', 'Product lines')).default([]),
    channels: z.array(Channel).apply(d('销售渠道', 'Sales channels')).default([]),
    regions: z.array(Region).apply(d('新市场/区域（市场拓展风格）', 'New markets (expansion style)')).default([]),
    team: z.array(Member).apply(d('团队与个人目标', 'Team and per-rep targets')).default([]),
    tiers: z.array(Tier).apply(d('客户分层（服务价值风格）', 'Customer tiers (service style)')).default([]),
    risks: z.array(Risk).apply(d('风险与应对', 'Risks and responses')).default([]),
    budget: Budget.optional(),
    schedule: z.array(ScheduleItem).apply(d('进度安排', 'Schedule')).default([]),
    sections: z
      .record(z.string(), SectionOverride)
      .apply(d('按章节 id 补充或改写内容（章节 id 见 salesplan styles）', 'Per-section additions or rewrites, by section id (see salesplan styles)'))
      .default({}),
    review: Review.optional(),
    annual: Annual.optional(),
    incentives: Incentives.optional(),
    customers: Customers.optional(),
    docx: DocxSettings.optional(),
    charts: ChartsSetting.optional(),
    document: DocumentSetting.optional(),
  })
  .apply(d('salesplan 销售计划文件', 'A salesplan plan file'));

export type PlanInput = z.input<typeof Plan>;
export type Plan = z.output<typeof Plan>;
export type Product = z.output<typeof Product>;
export type Channel = z.output<typeof Channel>;
export type Member = z.output<typeof Member>;
export type Metric = z.output<typeof Metric>;
export type Risk = z.output<typeof Risk>;
export type Tier = z.output<typeof Tier>;
export type Region = z.output<typeof Region>;
export type Market = z.output<typeof Market>;
export type DocxSettings = z.output<typeof DocxSettings>;
export type BudgetItem = z.output<typeof BudgetItem>;
export type ScheduleItem = z.output<typeof ScheduleItem>;
export type TaggedText = z.output<ReturnType<typeof TaggedText>>;
export type DocumentSetting = z.output<typeof DocumentSetting>;
export type Kind = (typeof KINDS)[number];
export type Annual = z.output<typeof Annual>;
export type Incentives = z.output<typeof Incentives>;
export type Customers = z.output<typeof Customers>;
export type Collections = z.output<typeof Collections>;
export type YearToDate = z.output<typeof YearToDate>;
export type Business = z.output<typeof Business>;
export type RfmTierId = (typeof RFM_TIERS)[number];
export type MonthlyStyle = (typeof MONTHLY_STYLES)[number];

/** The JSON Schema of the plan format, for editors (`salesplan schema`, `schema/plan.schema.json`). */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Plan, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, title: 'salesplan plan file' };
}
