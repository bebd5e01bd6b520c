// What the consistency checks say, in both languages, beside the checks (as ESLint's
// meta.messages): amounts that do not add up, periods, styles, annual and incentive settings.
import type { Messages } from '../../i18n/localized.js';

export const checkText = {
  periodFormat: {
    'zh-CN': '期间 {got} 与计划类型 {kind} 不符：{kind} 计划的期间应写成 {example}。',
    en: 'The period {got} does not fit a {kind} plan: write it as {example}.',
  },
  periodMonth: {
    'zh-CN': '期间 {got} 中的月份无效，应为 01 到 12。',
    en: 'The month in {got} is not valid: it must be 01 to 12.',
  },
  styleMissing: {
    'zh-CN': '月度计划需要选择风格：style: {choices}。运行 salesplan styles 查看各风格的提纲。',
    en: 'A monthly plan needs a style: style: {choices}. Run salesplan styles to see their outlines.',
  },
  styleNotForKind: {
    'zh-CN': '{kind} 计划不使用 style（风格只适用于月度计划），请删除 style 这一行。',
    en: 'A {kind} plan has no style (styles are for monthly plans): delete the style line.',
  },
  kindNotAvailable: {
    'zh-CN': '计划类型 {kind} 尚未支持。目前可用：{choices}。',
    en: 'The kind {kind} is not available yet. Available: {choices}.',
  },
  needsRevenueForShares: {
    'zh-CN': '{path} 按比例给出（share），但没有总目标 targets.revenue，无法换算金额。请填写 targets.revenue。',
    en: '{path} is given as a share, but there is no total (targets.revenue) to take it from. Add targets.revenue.',
  },
  productAmountAndShare: {
    'zh-CN': '产品线 {name} 同时写了 amount 和 share，只保留一个。',
    en: 'Product line {name} has both amount and share: keep one.',
  },
  productNoAmount: {
    'zh-CN': '产品线 {name} 没有 amount 或 share。请填写其中一个；若它是“其他产品”，设置 role: other 即可自动取剩余额。',
    en: 'Product line {name} has neither amount nor share. Give one; for "other products", set role: other and it takes the remainder.',
  },
  productRemainderTwice: {
    'zh-CN': '只能有一个产品线自动取剩余额（role: other 且不写金额），现在有 {count} 个。',
    en: 'Only one product line can take the remainder (role: other with no amount); there are {count}.',
  },
  productsExceedTotal: {
    'zh-CN': '各产品线目标合计 {sum}，超过总目标 {total}（多出 {diff}）。请调整产品线目标或总目标。',
    en: 'The product lines add up to {sum}, more than the total {total} (by {diff}). Adjust the product targets or the total.',
  },
  productsBelowTotal: {
    'zh-CN': '各产品线目标合计 {sum}，比总目标 {total} 少 {diff}。请补齐差额，或添加 {name: 其他产品, role: other}（不写金额）自动承接剩余额。',
    en: 'The product lines add up to {sum}, {diff} short of the total {total}. Add the difference, or add {name: Other, role: other} with no amount to take the remainder.',
  },
  sharesOver100: {
    'zh-CN': '{what}的占比合计 {sum}%，超过 100%。请调整各项占比。',
    en: 'The shares of {what} add up to {sum}%, over 100%. Adjust them.',
  },
  partsExceedTotal: {
    'zh-CN': '{what}合计 {sum}，超过总目标 {total}（多出 {diff}）。',
    en: '{what} add up to {sum}, more than the total {total} (by {diff}).',
  },
  partsBelowTotal: {
    'zh-CN': '{what}合计 {sum}，比总目标 {total} 少 {diff}，差额未分配到任何人或渠道。',
    en: '{what} add up to {sum}, {diff} short of the total {total}; the gap is not assigned.',
  },
  teamNoRemainder: {
    'zh-CN': '团队中已写目标的成员合计 {sum}，已达到总目标 {total}，未写目标的成员 {names} 将分到 0。请为他们填写目标或调整总额。',
    en: 'Team members with targets already add up to {sum}, the whole total {total}; {names} would get nothing. Give them targets or adjust.',
  },
  budgetOverCap: {
    'zh-CN': '预算项目合计 {sum}，超过预算上限 {cap}（多出 {diff}）。',
    en: 'The budget lines add up to {sum}, over the cap {cap} (by {diff}).',
  },
  budgetItemNoAmount: {
    'zh-CN': '预算项目 {name} 没有金额：请填写 amount、percent_of_revenue 或 share 其中之一。',
    en: 'Budget line {name} has no amount: give one of amount, percent_of_revenue or share.',
  },
  budgetItemTwoAmounts: {
    'zh-CN': '预算项目 {name} 同时写了 {keys}，只保留一个。',
    en: 'Budget line {name} has {keys}: keep one.',
  },
  budgetShareNoCap: {
    'zh-CN': '预算项目 {name} 按上限比例（share）给出，但没有预算上限。请填写 budget.cap 或 budget.cap_percent_of_revenue。',
    en: 'Budget line {name} is a share of the cap, but there is no cap. Add budget.cap or budget.cap_percent_of_revenue.',
  },
  budgetCapTwice: {
    'zh-CN': '预算上限同时写了 cap 和 cap_percent_of_revenue，只保留一个。',
    en: 'The budget has both cap and cap_percent_of_revenue: keep one.',
  },
  riskNoResponse: {
    'zh-CN': '风险 {risk} 没有应对措施。请填写 response：一旦出现预警，谁做什么。',
    en: 'Risk {risk} has no response. Add response: who does what when the warning sign appears.',
  },
  metricNoName: {
    'zh-CN': '指标缺少名称：请填写 id（常用指标，见 salesplan schema）或 name。',
    en: 'A metric has no name: give an id (a well-known metric, see salesplan schema) or a name.',
  },
  metricTwice: {
    'zh-CN': '指标 {id} 出现了两次，只保留一个。',
    en: 'The metric {id} appears twice: keep one.',
  },
  wonOverProspects: {
    'zh-CN': '新客户转化数 {won} 多于意向客户数 {prospects}，请确认。',
    en: 'New customers won ({won}) exceed the prospects ({prospects}): check the figures.',
  },
  requiredData: {
    'zh-CN': '{style}风格的“{section}”需要 {key}（{what}）。请在计划中补充，或加 --draft 生成带【待填】占位的草稿。',
    en: 'The "{section}" section of the {style} style needs {key} ({what}). Add it to the plan, or use --draft for a skeleton with [TBD] placeholders.',
  },
  unknownSection: {
    'zh-CN': 'sections 中的 {id} 不是{style}风格的章节。可用的章节 id：{ids}。',
    en: '{id} in sections is not a section of the {style} style. Section ids: {ids}.',
  },
  customersFile: {
    'zh-CN': '客户清单 {file} 无法使用：{detail}',
    en: 'The customer list {file} cannot be used: {detail}',
  },
  customersFileCells: {
    'zh-CN': '有 {count} 处数据需要修正（见下方该文件的报告）。',
    en: '{count} cells need fixing (see that file’s report below).',
  },
  annualNotAnnual: {
    'zh-CN': 'annual 设置只用于年度计划（kind: annual），本计划是 {kind}，它不会被使用。',
    en: 'annual settings are for annual plans (kind: annual); this plan is {kind}, so they are not used.',
  },
  splitNeedsWeights: {
    'zh-CN': 'split: weights 需要 month_weights（1–12 月的 12 个权重）。',
    en: 'split: weights needs month_weights (twelve weights, January to December).',
  },
  splitNeedsHistory: {
    'zh-CN': 'split: history 需要 history（往年各月实际销售额，如 2025: [12 个数]）。',
    en: 'split: history needs history (past years’ monthly actuals, e.g. 2025: [twelve numbers]).',
  },
  weightsAllZero: {
    'zh-CN': 'month_weights 全为 0，无法按权重拆分。请至少给一个月大于 0 的权重。',
    en: 'month_weights are all 0, so nothing can be weighted. Give at least one month a weight above 0.',
  },
  historyTooLong: {
    'zh-CN': 'history 给了 {count} 年，月销售比重法取一到三年的平均。请只保留最近三年。',
    en: 'history gives {count} years; the month-share method averages one to three. Keep the latest three.',
  },
  historyYearEmpty: {
    'zh-CN': '{year} 年各月实际合计为 0，无法计算月销售比重。请填写实际数，或删除这一年。',
    en: 'The months of {year} add up to 0, so they give no shares. Fill them in or remove the year.',
  },
  historyNotPast: {
    'zh-CN': 'history 中的 {year} 年不早于计划年度 {plan}。history 应是往年的实际数。',
    en: 'history year {year} is not before the plan year {plan}: history holds past years’ actuals.',
  },
  teamWeightMissing: {
    'zh-CN': '部分成员给了 weight，以下成员没有：{names}。按权重分配时，每位未定目标的成员都需要 weight（或给出 target）。',
    en: 'Some members have a weight and these do not: {names}. When splitting by weight, every member without a target needs one (or a target).',
  },
  bonusUnknownMember: {
    'zh-CN': '加提条件中的成员 {name} 不在 team 中。{hint}',
    en: 'The bonus names {name}, who is not in team. {hint}',
  },
  overTargetTwice: {
    'zh-CN': '超额奖励档位 above: {above} 重复。每个门槛只写一次。',
    en: 'The over-target tier above: {above} is given twice. Give each threshold once.',
  },
  mentorNoShare: {
    'zh-CN': '有成员标记为导师（mentor: true），但 incentives 中没有 mentor_share，导师奖按 0 计算。',
    en: 'Some members are mentors (mentor: true) but incentives has no mentor_share, so the mentor bonus is 0.',
  },
  reviewTargetZero: {
    'zh-CN': '回顾项目 {name} 的目标为 0，无法计算达成率。',
    en: 'Review item {name} has a target of 0, so attainment cannot be computed.',
  },
  calendarEstimated: {
    'zh-CN': '{year} 年的放假安排尚未公布（日历数据到 {last} 年为止）：逐周进度的工作日按法定节日估算，调休上班日未计入，计划书会注明。国务院公布安排后请更新 salesplan 并重新生成。',
    en: "China's holiday arrangement for {year} is not published yet (the calendar data ends with {last}): the working days of the weekly pace are estimated from the statutory holidays, without make-up working days, and the document says so. Update salesplan and generate again once it is published.",
  },
  calendarBadDate: {
    'zh-CN': '日历中的日期 {got} 不存在，请检查年月日。',
    en: 'The calendar date {got} does not exist: check the year, month and day.',
  },
  lastAmountsNotTotal: {
    'zh-CN': '各产品线上期实际（last_amount）合计 {sum}，与上期实际销售额 last_revenue {total} 不一致：增长率会按两套基数计算。请核对两处数字。',
    en: "The product lines' last-period actuals (last_amount) add up to {sum}, not last_revenue {total}: growth would be measured from two different bases. Check both figures.",
  },
  lastAmountsOverTotal: {
    'zh-CN': '部分产品线的上期实际（last_amount）合计 {sum}，已超过上期实际销售额 last_revenue {total}。请核对。',
    en: "Some product lines' last-period actuals (last_amount) already add up to {sum}, more than last_revenue {total}. Check the figures.",
  },
  rateOver100: {
    'zh-CN': '续约率 {value}% 超过 100%：续约的客户不会多于到期的客户。请核对。',
    en: 'A renewal rate of {value}% is over 100%: no more customers can renew than are due. Check the figure.',
  },
  impossibleDate: {
    'zh-CN': '日期 {got} 不存在，请检查年月日。',
    en: 'The date {got} does not exist: check the year, month and day.',
  },
  periodYear: {
    'zh-CN': '期间 {got} 的年份不合理，请写成如 2026-12 的四位年份。',
    en: 'The year of the period {got} is not a real one: write a four-digit year, e.g. 2026-12.',
  },
  numberTooLarge: {
    'zh-CN': '{path} 的数字太大，超出了能精确保存的范围（约 9 千万亿），写出来会被悄悄四舍五入。请换用更大的金额单位（如 万元、亿元）。',
    en: 'The number at {path} is too large to be held exactly (beyond about 9 quadrillion) and would print silently rounded. Use a larger money unit.',
  },
} satisfies Messages;
