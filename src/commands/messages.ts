// What the commands say (beyond the problems they report): outputs written, bad flags, summaries.
// Said with say(lang, commandText.x, params).
import type { Messages } from '../i18n/localized.js';

export const commandText = {
  summaryOk: {
    'zh-CN': '{file}：校验通过。',
    en: '{file}: valid.',
  },
  wrote: {
    'zh-CN': '已生成 {file}',
    en: 'Wrote {file}',
  },
  draftNote: {
    'zh-CN': '草稿模式：缺少的数据以【待填】占位，填好后可用 salesplan lint 检查。',
    en: 'Draft: missing data is shown as [TBD]; fill it in and check with salesplan lint.',
  },
  templateNotFound: {
    'zh-CN': '没有名为 {name} 的内置模板。可用模板：{choices}',
    en: 'There is no built-in template named {name}. Templates: {choices}',
  },
  monthNeedsAnnual: {
    'zh-CN': '--month 只用于年度计划：{file} 是 {kind} 计划。',
    en: '--month is for annual plans: {file} is a {kind} plan.',
  },
  monthNotInYear: {
    'zh-CN': '{month} 不在计划年度 {year} 内。',
    en: '{month} is not in the plan year {year}.',
  },
  badMonth: {
    'zh-CN': '{month} 不是月份。请写成 {example} 或 3 这样的形式。',
    en: '{month} is not a month. Write it as {example} or 3.',
  },
  monthPlanInvalid: {
    'zh-CN': '由年度计划分解出的 {month} 月度计划没有通过校验（见上）。请修改年度计划后重试。',
    en: 'The {month} plan split from the annual plan does not validate (see above). Fix the annual plan and try again.',
  },
  monthPlanToFill: {
    'zh-CN': '{file} 还需补充 {count} 项月度数据后才能生成计划书：',
    en: '{file} needs {count} more figures for its month before its document can be generated:',
  },
  monthDocDraft: {
    'zh-CN': '年度计划没有给出以下 {count} 项月度数据，文档中以【待填】占位（用 --emit-yaml 得到计划文件后补充）：',
    en: 'The annual plan does not give these {count} monthly figures; the document shows [TBD] for them (use --emit-yaml to get the plan file and fill them in):',
  },
  emitYamlNeedsMonth: {
    'zh-CN': '--emit-yaml 需要和 --month 一起使用，如 --month 2027-03 --emit-yaml。',
    en: '--emit-yaml goes with --month, e.g. --month 2027-03 --emit-yaml.',
  },
  monthOneFile: {
    'zh-CN': '--month 一次只能用于一个年度计划文件。',
    en: '--month takes one annual plan file at a time.',
  },
  noPlans: {
    'zh-CN': '没有找到计划文件：{patterns}。请给出 .yaml 文件、文件夹或通配符（如 "plans/**/*.yaml"）。',
    en: 'No plan files found: {patterns}. Give .yaml files, folders or patterns (e.g. "plans/**/*.yaml").',
  },
  batchSummary: {
    'zh-CN': '完成：{total} 份计划全部生成（用时 {seconds} 秒）。',
    en: 'Done: all {total} plans written ({seconds} s).',
  },
  batchSummaryFailed: {
    'zh-CN': '完成：{total} 份计划中生成 {written} 份，{failed} 份有问题未生成（用时 {seconds} 秒）：',
    en: 'Done: {written} of {total} plans written; {failed} had problems and were not ({seconds} s):',
  },
  multipleToStdout: {
    'zh-CN': '多个计划不能同时输出到标准输出（-o -）。请用 -o 指定一个文件夹。',
    en: 'Several plans cannot all go to standard output (-o -). Point -o at a folder.',
  },
  tiersBadRule: {
    'zh-CN': '{flag} 的值 {value} 无效。请写成 {example} 这样的形式（R 天数、F 次数{monetary}）。',
    en: 'The value {value} of {flag} is not valid. Write it like {example} (R days, F orders{monetary}).',
  },
  tiersBadAsOf: {
    'zh-CN': '--as-of 的值 {value} 不是日期。请写成 2026-12-31 这样的形式。',
    en: 'The --as-of value {value} is not a date. Write it as 2026-12-31.',
  },
  tiersPlanInvalid: {
    'zh-CN': '计划文件 {file} 无法读取（见上），无法取用其中的分层设置。',
    en: 'The plan {file} cannot be read (see above), so its tier settings cannot be used.',
  },
  tiersSummary: {
    'zh-CN': '{file}：{customers} 家客户，基准日 {asOf}，全体平均订单金额 {average}。',
    en: '{file}: {customers} customers, as of {asOf}; average order {average}.',
  },
  tiersTitle: {
    'zh-CN': '客户分层（RFM）',
    en: 'Customer tiers (RFM)',
  },
  reviewNeedActuals: {
    'zh-CN': '请用 --actuals 给出实际完成数据（CSV、.xlsx 或 YAML），如 salesplan review plan.yaml --actuals 12月实际.csv。',
    en: 'Give the actual figures with --actuals (CSV, .xlsx or YAML), e.g. salesplan review plan.yaml --actuals actuals.csv.',
  },
  reviewBadGrowth: {
    'zh-CN': '--growth 的值 {value} 无效。请写增长百分比，如 8 或 -5。',
    en: 'The --growth value {value} is not valid. Give a percentage, e.g. 8 or -5.',
  },
  reviewNextInvalid: {
    'zh-CN': '下期计划 {file} 没有通过校验（见上），未写入。',
    en: 'The next plan {file} does not validate (see above), so it was not written.',
  },
  reviewSummaryTotal: {
    'zh-CN': '{period} 销售总额达成率 {attainment}。',
    en: '{period}: {attainment} of the revenue target.',
  },
  reviewSummaryFlagged: {
    'zh-CN': '低于 {threshold} 的项目：{items}',
    en: 'Under {threshold}: {items}',
  },
  reportAndStdout: {
    'zh-CN': '--report {format} 的报告写到标准输出，与 -o -（文档写到标准输出）不能同时使用。请用 -o 指定输出文件。',
    en: 'The --report {format} report goes to standard output, so it cannot be used with -o - (the document to standard output). Name an output file with -o.',
  },
  diffInvalid: {
    'zh-CN': '{files} 未通过校验，无法比较。请先按上面的提示修正（salesplan validate 可单独检查）。',
    en: '{files} does not validate, so the versions cannot be compared. Fix it as shown above (salesplan validate checks it alone).',
  },
  rollupNeedsTwo: {
    'zh-CN': '请给出至少两个团队的计划文件，例如 salesplan rollup team-a.yaml team-b.yaml -o dept.yaml。',
    en: 'Give the plan files of two teams or more, e.g. salesplan rollup team-a.yaml team-b.yaml -o dept.yaml.',
  },
  rollupInvalid: {
    'zh-CN': '{files} 未通过校验，无法汇总。请先按上面的提示修正。',
    en: '{files} does not validate, so the plans cannot be rolled up. Fix it as shown above.',
  },
  rollupConflicts: {
    'zh-CN': '团队计划之间有 {count} 处冲突（见上），未写出部门计划。',
    en: 'The team plans conflict in {count} place(s) (see above); no department plan was written.',
  },
  rollupResultInvalid: {
    'zh-CN': '汇总得到的部门计划未通过校验（见上），未写出。这是 salesplan 的问题，请报告给维护者。',
    en: 'The rolled-up department plan does not validate (see above) and was not written. This is a bug in salesplan: please report it.',
  },
  rollupSumOf: { 'zh-CN': '{count} 个团队计划之和', en: 'the sum of {count} team plans' },
  rollupCheckOk: {
    'zh-CN': '{file} 的数字与各团队计划之和一致。',
    en: 'The figures of {file} are the sum of its teams’ plans.',
  },
  lintDetected: {
    'zh-CN': '识别为{style}（{matched}/{required} 个章节，匹配度 {score}）',
    en: 'read as {style} ({matched}/{required} sections, score {score})',
  },
  lintGiven: {
    'zh-CN': '按{style}检查（{matched}/{required} 个章节）',
    en: 'checked as {style} ({matched}/{required} sections)',
  },
  lintTooManyWarnings: {
    'zh-CN': '警告数 {count} 超过上限 --max-warnings {max}。',
    en: '{count} warnings exceed --max-warnings {max}.',
  },
  lintNoFiles: {
    'zh-CN': '没有找到要检查的文件：{patterns}。支持 .md、.docx、.txt。',
    en: 'No files to check: {patterns}. Supported: .md, .docx, .txt.',
  },
  lintFixDocx: {
    'zh-CN': '--fix 只修改 Markdown 文件，{file} 未改动。',
    en: '--fix edits Markdown files only; {file} was left unchanged.',
  },
  lintFixed: {
    'zh-CN': '已在 {file} 中补上 {count} 个缺少的章节骨架，请填写【待填】处。',
    en: 'Added {count} missing section skeleton(s) to {file}; fill in the [TBD] parts.',
  },
} satisfies Messages;
