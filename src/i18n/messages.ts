// Every message salesplan prints, in both languages. Wording lives here, apart from the logic
// that decides to say it (as ESLint's messageIds do), so the two languages stay in step.

export const messages = {
  // ── files ────────────────────────────────────────────────────────────────
  'io.notFound': {
    'zh-CN': '找不到文件 {file}。请检查路径和文件名是否正确。',
    en: 'File not found: {file}. Check the path and the file name.',
  },
  'io.isDirectory': {
    'zh-CN': '{file} 是一个文件夹，不是文件。请给出文件路径，例如 {file}/plan.yaml。',
    en: '{file} is a folder, not a file. Give the path of a file, e.g. {file}/plan.yaml.',
  },
  'io.tooLarge': {
    'zh-CN': '{file} 太大（{size}），超过上限 {max}。销售计划文件通常只有几十 KB，请确认选对了文件。',
    en: '{file} is too large ({size}; the limit is {max}). Plan files are usually a few kilobytes: check it is the right file.',
  },
  'io.binary': {
    'zh-CN': '{file} 不是文本文件（含有二进制内容），可能选错了文件：计划文件是用文本编辑器保存的 YAML，待检查的计划是 Markdown、DOCX 或纯文本。',
    en: '{file} is not a text file (it holds binary data); it may be the wrong file: a plan file is YAML saved from a text editor, and plans to check are Markdown, DOCX or plain text.',
  },
  'io.notUtf8': {
    'zh-CN': '{file} 不是 UTF-8 编码（可能是 GBK）。请在编辑器中以 UTF-8 编码另存后重试。',
    en: '{file} is not UTF-8 (it may be GBK). Save it as UTF-8 in your editor and try again.',
  },
  'io.noPermission': {
    'zh-CN': '没有权限访问 {file}。请检查文件权限。',
    en: 'No permission to access {file}. Check its permissions.',
  },
  'io.noSpace': {
    'zh-CN': '磁盘空间不足，无法写入 {file}。',
    en: 'No space left on the disk to write {file}.',
  },
  'io.cannotRead': {
    'zh-CN': '无法读取 {file}：{reason}',
    en: 'Cannot read {file}: {reason}',
  },
  'io.outputIsInput': {
    'zh-CN': '输出文件 {file} 就是输入文件，不能覆盖。请用 -o 指定另一个文件名。',
    en: 'The output {file} is the input file and will not be overwritten. Choose another name with -o.',
  },
  'io.noOutputDir': {
    'zh-CN': '输出文件夹 {dir} 不存在。请先创建它，或用 -o 指定已有的文件夹。',
    en: 'The output folder {dir} does not exist. Create it first, or point -o at an existing folder.',
  },
  'io.outputIsDirectory': {
    'zh-CN': '输出路径 {file} 是一个文件夹。请给出文件名，例如 {file}/plan.md。',
    en: 'The output path {file} is a folder. Give a file name, e.g. {file}/plan.md.',
  },
  'io.exists': {
    'zh-CN': '{file} 已存在，未覆盖。如需覆盖请加 --force，或用 -o 指定新文件名。',
    en: '{file} already exists and was not overwritten. Add --force to overwrite it, or choose another name with -o.',
  },
  'io.cannotWrite': {
    'zh-CN': '无法写入 {file}：没有写权限。请换一个文件夹，或检查权限。',
    en: 'Cannot write {file}: permission denied. Choose another folder or check its permissions.',
  },
  'io.cannotWriteReason': {
    'zh-CN': '无法写入 {file}：{reason}',
    en: 'Cannot write {file}: {reason}',
  },

  // ── YAML ─────────────────────────────────────────────────────────────────
  'yaml.syntax': {
    'zh-CN': 'YAML 格式错误：{detail}。请检查缩进（用空格，不用 Tab）、冒号后的空格和引号是否成对。',
    en: 'YAML syntax error: {detail}. Check the indentation (spaces, not tabs), the space after each colon, and that quotes are closed.',
  },
  'yaml.duplicateKey': {
    'zh-CN': '键 {key} 重复出现。同一层级中每个键只能写一次，请删除或合并其中一个。',
    en: 'The key {key} appears twice at the same level. Keep one of them.',
  },
  'yaml.indentAfterValue': {
    'zh-CN': '第 {line} 行已经写了值，下一行却多了缩进。同一层级的键要左对齐；如果下一行是新的键，请删掉它前面多余的空格。',
    en: 'Line {line} already has a value, but the next line is indented further. Keys at the same level line up; if the next line is a new key, remove the extra spaces before it.',
  },
  'yaml.badIndent': {
    'zh-CN': '缩进不一致：同一层级的键或列表项（- 开头）必须从同一列开始。',
    en: 'Inconsistent indentation: keys or list items ("- ") at the same level must start in the same column.',
  },
  'yaml.unclosedQuote': {
    'zh-CN': '引号没有闭合：以 " 或 \' 开始的文字，要在同一行用同样的引号结束。',
    en: 'A quote is not closed: text that starts with " or \' must end with the same quote.',
  },
  'yaml.unclosedBracket': {
    'zh-CN': '方括号 [ ] 或花括号 { } 没有闭合。',
    en: 'A bracket [ ] or brace { } is not closed.',
  },
  'yaml.missingColon': {
    'zh-CN': '这一行缺少冒号：应写成“键: 值”，冒号为半角“:”，后面留一个空格。',
    en: 'This line has no colon: write "key: value", with a space after the colon.',
  },
  'yaml.reservedStart': {
    'zh-CN': '值不能以 @、` 等符号开头：请给这个值加上引号，例如 "@值"。',
    en: 'A value cannot start with @ or `: put it in quotes, e.g. "@value".',
  },
  'yaml.badEscape': {
    'zh-CN': '双引号里的反斜杠 \\ 写法不对：改用单引号，或去掉反斜杠。',
    en: 'A backslash \\ inside double quotes is not valid: use single quotes or remove the backslash.',
  },
  'yaml.tab': {
    'zh-CN': 'YAML 缩进不能使用 Tab 键，请改用空格。',
    en: 'YAML indentation cannot use tabs: use spaces.',
  },
  'yaml.multipleDocuments': {
    'zh-CN': '文件中有多个 YAML 文档（用 --- 分隔）。一个计划文件只能有一个计划，请拆分成多个文件。',
    en: 'The file holds several YAML documents (separated by ---). Put one plan in each file.',
  },
  'yaml.aliasBomb': {
    'zh-CN': '文件中的 YAML 别名（* 引用）展开后过大，已拒绝处理。计划文件不需要别名，请直接写出内容。',
    en: 'The YAML aliases (* references) in this file expand to too much data, so it was refused. Plans need no aliases: write the values out.',
  },
  'yaml.tooDeep': {
    'zh-CN': '文件嵌套层级过深，已拒绝处理。计划文件最多只有四五层缩进。',
    en: 'The file is nested too deeply and was refused. A plan has at most four or five levels of indentation.',
  },
  'yaml.empty': {
    'zh-CN': '文件是空的。可以运行 salesplan new 生成一个计划，或复制 examples/ 中的示例。',
    en: 'The file is empty. Run salesplan new to write a plan, or copy one from examples/.',
  },
  'yaml.notAMap': {
    'zh-CN': '这不是一个计划文件：顶层应是“键: 值”形式，例如 salesplan: 1、period: 2026-12。',
    en: 'This is not a plan file: its top level should be "key: value" lines such as salesplan: 1 and period: 2026-12.',
  },

  // ── schema ───────────────────────────────────────────────────────────────
  'schema.missingKey': {
    'zh-CN': '缺少必填项 {path}{what}。',
    en: 'Missing required key {path}{what}.',
  },
  'schema.missingVersion': {
    'zh-CN': '缺少 salesplan: 1。请在文件第一行写上 salesplan: 1，表明这是 salesplan 计划文件（格式版本 1）。',
    en: 'Missing salesplan: 1. Put salesplan: 1 on the first line to mark this as a salesplan plan file (format version 1).',
  },
  'schema.badVersion': {
    'zh-CN': 'salesplan 的值应为 1（计划文件格式版本），实际是 {got}。',
    en: 'salesplan should be 1 (the format version); got {got}.',
  },
  'schema.placeholder': {
    'zh-CN': '{path} 还是占位符 {got}，请填入实际数字，例如 500（单位在 unit 中设置）。',
    en: '{path} is still a placeholder, {got}: write the real figure, e.g. 500 (the unit is set in unit).',
  },
  'schema.numberWithUnit': {
    'zh-CN': '{path} 应为数字，实际是 {got}。请写成 {number}，并在计划中设置 unit: {unit}。',
    en: '{path} must be a number, got {got}. Write {number} and set unit: {unit} in the plan.',
  },
  'schema.numberWithPercent': {
    'zh-CN': '{path} 应为数字，实际是 {got}。百分比直接写数字：{number}（表示 {number}%）。',
    en: '{path} must be a number, got {got}. Write percentages as plain numbers: {number} (meaning {number}%).',
  },
  'schema.numberWithCommas': {
    'zh-CN': '{path} 应为数字，实际是 {got}。请去掉千位分隔符，写成 {number}。',
    en: '{path} must be a number, got {got}. Leave out the thousands separators: {number}.',
  },
  'schema.expectedNumber': {
    'zh-CN': '{path} 应为数字，实际是 {got}。',
    en: '{path} must be a number, got {got}.',
  },
  'schema.expectedInteger': {
    'zh-CN': '{path} 应为整数，实际是 {got}。',
    en: '{path} must be a whole number, got {got}.',
  },
  'schema.expectedText': {
    'zh-CN': '{path} 应为文字，实际是 {got}。',
    en: '{path} must be text, got {got}.',
  },
  'schema.expectedList': {
    'zh-CN': '{path} 应为列表（每项另起一行，以“- ”开头），实际是 {got}。',
    en: '{path} must be a list (one item per line, each starting with "- "), got {got}.',
  },
  'schema.expectedBlock': {
    'zh-CN': '{path} 应为一组“键: 值”（换行缩进后书写），实际是 {got}。',
    en: '{path} must be a block of "key: value" lines (indented on the lines below), got {got}.',
  },
  'schema.expectedOther': {
    'zh-CN': '{path} 的类型不对：应为 {expected}，实际是 {got}。',
    en: '{path} has the wrong type: expected {expected}, got {got}.',
  },
  'schema.negativeMoney': {
    'zh-CN': '{path} 不能为负数（实际是 {got}）。金额和数量都应大于或等于 0。',
    en: '{path} cannot be negative (got {got}). Amounts and counts are 0 or more.',
  },
  'schema.mustBePositive': {
    'zh-CN': '{path} 应大于 0（实际是 {got}）。',
    en: '{path} must be greater than 0 (got {got}).',
  },
  'schema.tooSmall': {
    'zh-CN': '{path} 不能小于 {min}（实际是 {got}）。',
    en: '{path} must be at least {min} (got {got}).',
  },
  'schema.percentOver100': {
    'zh-CN': '{path} 是百分比，不能超过 100（实际是 {got}）。',
    en: '{path} is a percentage and cannot exceed 100 (got {got}).',
  },
  'schema.tooBig': {
    'zh-CN': '{path} 不能大于 {max}（实际是 {got}）。',
    en: '{path} must be at most {max} (got {got}).',
  },
  'schema.emptyText': {
    'zh-CN': '{path} 不能为空。请填写内容，或删除这一行。',
    en: '{path} cannot be empty. Fill it in or delete the line.',
  },
  'schema.unknownKey': {
    'zh-CN': '未知的键 {key}{where}。',
    en: 'Unknown key {key}{where}.',
  },
  'schema.didYouMean': {
    'zh-CN': '是不是想写 {suggestion}？',
    en: 'Did you mean {suggestion}?',
  },
  'schema.allowedKeys': {
    'zh-CN': '这里可以用的键：{keys}。',
    en: 'Keys allowed here: {keys}.',
  },
  'schema.invalidChoice': {
    'zh-CN': '{path} 的值 {got} 无效，可选值：{choices}。',
    en: '{path} has an invalid value {got}; choose one of: {choices}.',
  },
  'schema.invalidDate': {
    'zh-CN': '{path} 应为日期，格式如 2026-11-25，实际是 {got}。',
    en: '{path} must be a date written as 2026-11-25, got {got}.',
  },
  'schema.invalidCurrency': {
    'zh-CN': '{path} 应为三个大写字母的币种代码，如 CNY、USD，实际是 {got}。',
    en: '{path} must be a three-letter currency code such as CNY or USD, got {got}.',
  },
  'schema.invalidGeneric': {
    'zh-CN': '{path} 的值 {got} 无效{what}。',
    en: '{path} has an invalid value {got}{what}.',
  },

  // ── consistency checks ───────────────────────────────────────────────────
  'check.periodFormat': {
    'zh-CN': '期间 {got} 与计划类型 {kind} 不符：{kind} 计划的期间应写成 {example}。',
    en: 'The period {got} does not fit a {kind} plan: write it as {example}.',
  },
  'check.periodMonth': {
    'zh-CN': '期间 {got} 中的月份无效，应为 01 到 12。',
    en: 'The month in {got} is not valid: it must be 01 to 12.',
  },
  'check.styleMissing': {
    'zh-CN': '月度计划需要选择风格：style: {choices}。运行 salesplan styles 查看各风格的提纲。',
    en: 'A monthly plan needs a style: style: {choices}. Run salesplan styles to see their outlines.',
  },
  'check.styleNotForKind': {
    'zh-CN': '{kind} 计划不使用 style（风格只适用于月度计划），请删除 style 这一行。',
    en: 'A {kind} plan has no style (styles are for monthly plans): delete the style line.',
  },
  'check.kindNotAvailable': {
    'zh-CN': '计划类型 {kind} 尚未支持。目前可用：{choices}。',
    en: 'The kind {kind} is not available yet. Available: {choices}.',
  },
  'check.needsRevenueForShares': {
    'zh-CN': '{path} 按比例给出（share），但没有总目标 targets.revenue，无法换算金额。请填写 targets.revenue。',
    en: '{path} is given as a share, but there is no total (targets.revenue) to take it from. Add targets.revenue.',
  },
  'check.productAmountAndShare': {
    'zh-CN': '产品线 {name} 同时写了 amount 和 share，只保留一个。',
    en: 'Product line {name} has both amount and share: keep one.',
  },
  'check.productNoAmount': {
    'zh-CN': '产品线 {name} 没有 amount 或 share。请填写其中一个；若它是“其他产品”，设置 role: other 即可自动取剩余额。',
    en: 'Product line {name} has neither amount nor share. Give one; for "other products", set role: other and it takes the remainder.',
  },
  'check.productRemainderTwice': {
    'zh-CN': '只能有一个产品线自动取剩余额（role: other 且不写金额），现在有 {count} 个。',
    en: 'Only one product line can take the remainder (role: other with no amount); there are {count}.',
  },
  'check.productsExceedTotal': {
    'zh-CN': '各产品线目标合计 {sum}，超过总目标 {total}（多出 {diff}）。请调整产品线目标或总目标。',
    en: 'The product lines add up to {sum}, more than the total {total} (by {diff}). Adjust the product targets or the total.',
  },
  'check.productsBelowTotal': {
    'zh-CN': '各产品线目标合计 {sum}，比总目标 {total} 少 {diff}。请补齐差额，或添加 {name: 其他产品, role: other}（不写金额）自动承接剩余额。',
    en: 'The product lines add up to {sum}, {diff} short of the total {total}. Add the difference, or add {name: Other, role: other} with no amount to take the remainder.',
  },
  'check.sharesOver100': {
    'zh-CN': '{what}的占比合计 {sum}%，超过 100%。请调整各项占比。',
    en: 'The shares of {what} add up to {sum}%, over 100%. Adjust them.',
  },
  'check.partsExceedTotal': {
    'zh-CN': '{what}合计 {sum}，超过总目标 {total}（多出 {diff}）。',
    en: '{what} add up to {sum}, more than the total {total} (by {diff}).',
  },
  'check.partsBelowTotal': {
    'zh-CN': '{what}合计 {sum}，比总目标 {total} 少 {diff}，差额未分配到任何人或渠道。',
    en: '{what} add up to {sum}, {diff} short of the total {total}; the gap is not assigned.',
  },
  'check.teamNoRemainder': {
    'zh-CN': '团队中已写目标的成员合计 {sum}，已达到总目标 {total}，未写目标的成员 {names} 将分到 0。请为他们填写目标或调整总额。',
    en: 'Team members with targets already add up to {sum}, the whole total {total}; {names} would get nothing. Give them targets or adjust.',
  },
  'check.budgetOverCap': {
    'zh-CN': '预算项目合计 {sum}，超过预算上限 {cap}（多出 {diff}）。',
    en: 'The budget lines add up to {sum}, over the cap {cap} (by {diff}).',
  },
  'check.budgetItemNoAmount': {
    'zh-CN': '预算项目 {name} 没有金额：请填写 amount、percent_of_revenue 或 share 其中之一。',
    en: 'Budget line {name} has no amount: give one of amount, percent_of_revenue or share.',
  },
  'check.budgetItemTwoAmounts': {
    'zh-CN': '预算项目 {name} 同时写了 {keys}，只保留一个。',
    en: 'Budget line {name} has {keys}: keep one.',
  },
  'check.budgetShareNoCap': {
    'zh-CN': '预算项目 {name} 按上限比例（share）给出，但没有预算上限。请填写 budget.cap 或 budget.cap_percent_of_revenue。',
    en: 'Budget line {name} is a share of the cap, but there is no cap. Add budget.cap or budget.cap_percent_of_revenue.',
  },
  'check.budgetCapTwice': {
    'zh-CN': '预算上限同时写了 cap 和 cap_percent_of_revenue，只保留一个。',
    en: 'The budget has both cap and cap_percent_of_revenue: keep one.',
  },
  'check.riskNoResponse': {
    'zh-CN': '风险 {risk} 没有应对措施。请填写 response：一旦出现预警，谁做什么。',
    en: 'Risk {risk} has no response. Add response: who does what when the warning sign appears.',
  },
  'check.metricNoName': {
    'zh-CN': '指标缺少名称：请填写 id（常用指标，见 salesplan schema）或 name。',
    en: 'A metric has no name: give an id (a well-known metric, see salesplan schema) or a name.',
  },
  'check.metricTwice': {
    'zh-CN': '指标 {id} 出现了两次，只保留一个。',
    en: 'The metric {id} appears twice: keep one.',
  },
  'check.wonOverProspects': {
    'zh-CN': '新客户转化数 {won} 多于意向客户数 {prospects}，请确认。',
    en: 'New customers won ({won}) exceed the prospects ({prospects}): check the figures.',
  },
  'check.requiredData': {
    'zh-CN': '{style}风格的“{section}”需要 {key}（{what}）。请在计划中补充，或加 --draft 生成带【待填】占位的草稿。',
    en: 'The "{section}" section of the {style} style needs {key} ({what}). Add it to the plan, or use --draft for a skeleton with [TBD] placeholders.',
  },
  'check.unknownSection': {
    'zh-CN': 'sections 中的 {id} 不是{style}风格的章节。可用的章节 id：{ids}。',
    en: '{id} in sections is not a section of the {style} style. Section ids: {ids}.',
  },
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
  'check.customersFile': {
    'zh-CN': '客户清单 {file} 无法使用：{detail}',
    en: 'The customer list {file} cannot be used: {detail}',
  },
  'check.customersFileCells': {
    'zh-CN': '有 {count} 处数据需要修正（见下方该文件的报告）。',
    en: '{count} cells need fixing (see that file’s report below).',
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
  'check.annualNotAnnual': {
    'zh-CN': 'annual 设置只用于年度计划（kind: annual），本计划是 {kind}，它不会被使用。',
    en: 'annual settings are for annual plans (kind: annual); this plan is {kind}, so they are not used.',
  },
  'check.splitNeedsWeights': {
    'zh-CN': 'split: weights 需要 month_weights（1–12 月的 12 个权重）。',
    en: 'split: weights needs month_weights (twelve weights, January to December).',
  },
  'check.splitNeedsHistory': {
    'zh-CN': 'split: history 需要 history（往年各月实际销售额，如 2025: [12 个数]）。',
    en: 'split: history needs history (past years’ monthly actuals, e.g. 2025: [twelve numbers]).',
  },
  'check.weightsAllZero': {
    'zh-CN': 'month_weights 全为 0，无法按权重拆分。请至少给一个月大于 0 的权重。',
    en: 'month_weights are all 0, so nothing can be weighted. Give at least one month a weight above 0.',
  },
  'check.historyTooLong': {
    'zh-CN': 'history 给了 {count} 年，月销售比重法取一到三年的平均。请只保留最近三年。',
    en: 'history gives {count} years; the month-share method averages one to three. Keep the latest three.',
  },
  'check.historyYearEmpty': {
    'zh-CN': '{year} 年各月实际合计为 0，无法计算月销售比重。请填写实际数，或删除这一年。',
    en: 'The months of {year} add up to 0, so they give no shares. Fill them in or remove the year.',
  },
  'check.historyNotPast': {
    'zh-CN': 'history 中的 {year} 年不早于计划年度 {plan}。history 应是往年的实际数。',
    en: 'history year {year} is not before the plan year {plan}: history holds past years’ actuals.',
  },
  'check.teamWeightMissing': {
    'zh-CN': '部分成员给了 weight，以下成员没有：{names}。按权重分配时，每位未定目标的成员都需要 weight（或给出 target）。',
    en: 'Some members have a weight and these do not: {names}. When splitting by weight, every member without a target needs one (or a target).',
  },
  'check.bonusUnknownMember': {
    'zh-CN': '加提条件中的成员 {name} 不在 team 中。{hint}',
    en: 'The bonus names {name}, who is not in team. {hint}',
  },
  'check.overTargetTwice': {
    'zh-CN': '超额奖励档位 above: {above} 重复。每个门槛只写一次。',
    en: 'The over-target tier above: {above} is given twice. Give each threshold once.',
  },
  'check.mentorNoShare': {
    'zh-CN': '有成员标记为导师（mentor: true），但 incentives 中没有 mentor_share，导师奖按 0 计算。',
    en: 'Some members are mentors (mentor: true) but incentives has no mentor_share, so the mentor bonus is 0.',
  },
  'check.reviewTargetZero': {
    'zh-CN': '回顾项目 {name} 的目标为 0，无法计算达成率。',
    en: 'Review item {name} has a target of 0, so attainment cannot be computed.',
  },

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
  'lint.missingSection': {
    'zh-CN': '缺少{style}计划的“{section}”章节（第{position}部分，应写明：{summary}）。',
    en: 'The "{section}" section of a {style} plan is missing (part {position}; it covers {summary}).',
  },
  'lint.missingPart': {
    'zh-CN': '计划缺少“{part}”部分（{hint}）：每份销售计划都应包含市场分析、销售方式、客户管理、销量任务、考核时间和总结六部分。',
    en: 'The plan has no "{part}" part ({hint}): every sales plan needs market analysis, how we sell, customer management, targets, review dates and a review of last period.',
  },
  'lint.placeholder': {
    'zh-CN': '占位符 {text} 尚未填写，请填入实际内容。',
    en: 'The placeholder {text} has not been filled in.',
  },
  'lint.emptySection': {
    'zh-CN': '章节“{section}”没有内容。',
    en: 'The section "{section}" is empty.',
  },
  'lint.sharesOver100': {
    'zh-CN': '“{what}”中的占比合计 {sum}%，超过 100%。',
    en: 'The shares in "{what}" add up to {sum}%, more than 100%.',
  },
  'lint.tableTotal': {
    'zh-CN': '表格“{column}”列的合计行为 {total}，但各行相加为 {sum}。',
    en: 'The total row of the "{column}" column says {total}, but the rows add up to {sum}.',
  },
  'lint.listOverTotal': {
    'zh-CN': '列出的各项金额合计 {sum}{unit}，超过上文的总额 {total}{unit}。',
    en: 'The amounts listed add up to {sum} {unit}, more than the total of {total} {unit} stated above.',
  },
  'lint.targetWithoutNumber': {
    'zh-CN': '目标章节“{section}”中没有任何数字：目标需要量化（金额、数量或百分比）。',
    en: 'The target section "{section}" contains no number: targets need figures (amounts, counts or percentages).',
  },
  'lint.riskWithoutResponse': {
    'zh-CN': '风险“{risk}”没有应对措施。',
    en: 'The risk "{risk}" has no response.',
  },
  'lint.risksWithoutResponses': {
    'zh-CN': '风险章节“{section}”列出了风险，但没有写任何应对措施。',
    en: 'The risk section "{section}" lists risks but no responses.',
  },
  'lint.duplicateSection': {
    'zh-CN': '章节“{section}”重复出现（第一次在第 {first} 行）。',
    en: 'The section "{section}" appears twice (first at line {first}).',
  },
  'lint.detected': {
    'zh-CN': '识别为{style}（{matched}/{required} 个章节，匹配度 {score}）',
    en: 'read as {style} ({matched}/{required} sections, score {score})',
  },
  'lint.given': {
    'zh-CN': '按{style}检查（{matched}/{required} 个章节）',
    en: 'checked as {style} ({matched}/{required} sections)',
  },
  'lint.clean': {
    'zh-CN': '没有发现问题。',
    en: 'No problems found.',
  },
  'lint.summary': {
    'zh-CN': '{files} 个文件：{errors} 个错误，{warnings} 个警告。',
    en: '{files} file(s): {errors} error(s), {warnings} warning(s).',
  },
  'lint.tooManyWarnings': {
    'zh-CN': '警告数 {count} 超过上限 --max-warnings {max}。',
    en: '{count} warnings exceed --max-warnings {max}.',
  },
  'lint.noFiles': {
    'zh-CN': '没有找到要检查的文件：{patterns}。支持 .md、.docx、.txt。',
    en: 'No files to check: {patterns}. Supported: .md, .docx, .txt.',
  },
  'lint.emptyFile': {
    'zh-CN': '{file} 是空的，没有可检查的内容。',
    en: '{file} is empty: there is nothing to check.',
  },
  'table.ole': {
    'zh-CN': '{file} 是旧版 Excel（.xls）格式，或是设置了打开密码的工作簿。请在 Excel 或 WPS 中取消密码、另存为 .xlsx 或 CSV 后重试。',
    en: '{file} is an old Excel (.xls) file, or a workbook with a password. Remove the password and save it as .xlsx or CSV in Excel or WPS, then try again.',
  },
  'lint.oldDoc': {
    'zh-CN': '{file} 是旧版 Word 格式（.doc），请在 Word 或 WPS 中另存为 .docx 后再检查。',
    en: '{file} is an old Word file (.doc): save it as .docx in Word or WPS, then check it.',
  },
  'lint.fixDocx': {
    'zh-CN': '--fix 只修改 Markdown 文件，{file} 未改动。',
    en: '--fix edits Markdown files only; {file} was left unchanged.',
  },
  'lint.fixed': {
    'zh-CN': '已在 {file} 中补上 {count} 个缺少的章节骨架，请填写【待填】处。',
    en: 'Added {count} missing section skeleton(s) to {file}; fill in the [TBD] parts.',
  },
  'lint.configError': {
    'zh-CN': '配置文件 {file} 有误：{detail}',
    en: 'The config file {file} has a problem: {detail}',
  },
  'lint.unknownRule': {
    'zh-CN': '未知的规则 {rule}。可用规则：{rules}。',
    en: 'Unknown rule {rule}. Rules: {rules}.',
  },
  'lint.paragraph': {
    'zh-CN': '第 {n} 段',
    en: 'paragraph {n}',
  },

  // ── CLI ──────────────────────────────────────────────────────────────────
  'cli.summaryOk': {
    'zh-CN': '{file}：校验通过。',
    en: '{file}: valid.',
  },
  'cli.summaryCounts': {
    'zh-CN': '共 {errors} 个错误，{warnings} 个警告。',
    en: '{errors} error(s), {warnings} warning(s).',
  },
  'cli.wrote': {
    'zh-CN': '已生成 {file}',
    en: 'Wrote {file}',
  },
  'cli.draftNote': {
    'zh-CN': '草稿模式：缺少的数据以【待填】占位，填好后可用 salesplan lint 检查。',
    en: 'Draft: missing data is shown as [TBD]; fill it in and check with salesplan lint.',
  },
  'cli.fixAbove': {
    'zh-CN': '请修正以上错误后重试。',
    en: 'Fix the errors above and try again.',
  },
  'cli.internalError': {
    'zh-CN': 'salesplan 内部错误（这是程序的问题，不是你的文件的问题）：{message}\n请把这条信息和使用的命令报告给维护者。',
    en: 'salesplan internal error (a bug in the program, not in your file): {message}\nPlease report this message and the command you ran.',
  },
  'cli.unknownStyle': {
    'zh-CN': '未知的风格 {style}。可选：{choices}。',
    en: 'Unknown style {style}. Choose one of: {choices}.',
  },
  'cli.unknownFormat': {
    'zh-CN': '未知的输出格式 {format}。可选：{choices}。',
    en: 'Unknown format {format}. Choose one of: {choices}.',
  },
  'cli.unknownLang': {
    'zh-CN': '未知的语言 {lang}。可选：zh-CN、en。',
    en: 'Unknown language {lang}. Choose zh-CN or en.',
  },
  'cli.templateNotFound': {
    'zh-CN': '没有名为 {name} 的内置模板。可用模板：{choices}',
    en: 'There is no built-in template named {name}. Templates: {choices}',
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
  'cli.monthNeedsAnnual': {
    'zh-CN': '--month 只用于年度计划：{file} 是 {kind} 计划。',
    en: '--month is for annual plans: {file} is a {kind} plan.',
  },
  'cli.monthNotInYear': {
    'zh-CN': '{month} 不在计划年度 {year} 内。',
    en: '{month} is not in the plan year {year}.',
  },
  'cli.badMonth': {
    'zh-CN': '{month} 不是月份。请写成 {example} 或 3 这样的形式。',
    en: '{month} is not a month. Write it as {example} or 3.',
  },
  'cli.monthPlanInvalid': {
    'zh-CN': '由年度计划分解出的 {month} 月度计划没有通过校验（见上）。请修改年度计划后重试。',
    en: 'The {month} plan split from the annual plan does not validate (see above). Fix the annual plan and try again.',
  },
  'cli.monthPlanToFill': {
    'zh-CN': '{file} 还需补充 {count} 项月度数据后才能生成计划书：',
    en: '{file} needs {count} more figures for its month before its document can be generated:',
  },
  'cli.monthDocDraft': {
    'zh-CN': '年度计划没有给出以下 {count} 项月度数据，文档中以【待填】占位（用 --emit-yaml 得到计划文件后补充）：',
    en: 'The annual plan does not give these {count} monthly figures; the document shows [TBD] for them (use --emit-yaml to get the plan file and fill them in):',
  },
  'cli.emitYamlNeedsMonth': {
    'zh-CN': '--emit-yaml 需要和 --month 一起使用，如 --month 2027-03 --emit-yaml。',
    en: '--emit-yaml goes with --month, e.g. --month 2027-03 --emit-yaml.',
  },
  'cli.monthOneFile': {
    'zh-CN': '--month 一次只能用于一个年度计划文件。',
    en: '--month takes one annual plan file at a time.',
  },
  'tiers.badRule': {
    'zh-CN': '{flag} 的值 {value} 无效。请写成 {example} 这样的形式（R 天数、F 次数{monetary}）。',
    en: 'The value {value} of {flag} is not valid. Write it like {example} (R days, F orders{monetary}).',
  },
  'tiers.badAsOf': {
    'zh-CN': '--as-of 的值 {value} 不是日期。请写成 2026-12-31 这样的形式。',
    en: 'The --as-of value {value} is not a date. Write it as 2026-12-31.',
  },
  'tiers.planInvalid': {
    'zh-CN': '计划文件 {file} 无法读取（见上），无法取用其中的分层设置。',
    en: 'The plan {file} cannot be read (see above), so its tier settings cannot be used.',
  },
  'tiers.summary': {
    'zh-CN': '{file}：{customers} 家客户，基准日 {asOf}，全体平均订单金额 {average}。',
    en: '{file}: {customers} customers, as of {asOf}; average order {average}.',
  },
  'tiers.title': {
    'zh-CN': '客户分层（RFM）',
    en: 'Customer tiers (RFM)',
  },
  'review.needActuals': {
    'zh-CN': '请用 --actuals 给出实际完成数据（CSV、.xlsx 或 YAML），如 salesplan review plan.yaml --actuals 12月实际.csv。',
    en: 'Give the actual figures with --actuals (CSV, .xlsx or YAML), e.g. salesplan review plan.yaml --actuals actuals.csv.',
  },
  'review.badGrowth': {
    'zh-CN': '--growth 的值 {value} 无效。请写增长百分比，如 8 或 -5。',
    en: 'The --growth value {value} is not valid. Give a percentage, e.g. 8 or -5.',
  },
  'review.nextInvalid': {
    'zh-CN': '下期计划 {file} 没有通过校验（见上），未写入。',
    en: 'The next plan {file} does not validate (see above), so it was not written.',
  },
  'review.summaryTotal': {
    'zh-CN': '{period} 销售总额达成率 {attainment}。',
    en: '{period}: {attainment} of the revenue target.',
  },
  'review.summaryFlagged': {
    'zh-CN': '低于 {threshold} 的项目：{items}',
    en: 'Under {threshold}: {items}',
  },
  'cli.noPlans': {
    'zh-CN': '没有找到计划文件：{patterns}。请给出 .yaml 文件、文件夹或通配符（如 "plans/**/*.yaml"）。',
    en: 'No plan files found: {patterns}. Give .yaml files, folders or patterns (e.g. "plans/**/*.yaml").',
  },
  'cli.batchSummary': {
    'zh-CN': '完成：{total} 份计划全部生成（用时 {seconds} 秒）。',
    en: 'Done: all {total} plans written ({seconds} s).',
  },
  'cli.batchSummaryFailed': {
    'zh-CN': '完成：{total} 份计划中生成 {written} 份，{failed} 份有问题未生成（用时 {seconds} 秒）：',
    en: 'Done: {written} of {total} plans written; {failed} had problems and were not ({seconds} s):',
  },
  'cli.multipleToStdout': {
    'zh-CN': '多个计划不能同时输出到标准输出（-o -）。请用 -o 指定一个文件夹。',
    en: 'Several plans cannot all go to standard output (-o -). Point -o at a folder.',
  },
} as const satisfies Record<string, { 'zh-CN': string; en: string }>;

export type MessageId = keyof typeof messages;
