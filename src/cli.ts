// Every command and flag of salesplan, declared in one place. Each command's code is imported
// only when it runs, so `salesplan --version` loads nothing but this file and commander.
import { Command, CommanderError, Option } from 'commander';
import { ExitCode, isUserError } from './errors.js';
import { resolveLang, type Lang } from './i18n/lang.js';
import { packageVersion } from './io/package-root.js';
import './io/timing.js';

const VERSION = packageVersion();

/** The --lang given on the command line, read before parsing so help and errors use it. */
function argvLang(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  const arg = argv[i]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
}

/** The whole command line, built afresh for each run (the benchmark's cache training runs several). */
function buildProgram(argv: readonly string[]) {
  const lang: Lang = resolveLang(argvLang(argv));
  const zh = lang === 'zh-CN';
  const L = (zhText: string, enText: string): string => (zh ? zhText : enText);

  function examples(lines: string[]): string {
    return `\n${L('示例', 'Examples')}:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
  }

  /** The DOCX layout flags, shared by generate and convert. */
  function docxOptions(command: Command): Command {
    return command
      .option('--reference-docx <file>', L('DOCX：采用这个 Word 文档的样式（字体、字号、颜色、标题样式）', 'DOCX: take the styles (fonts, sizes, colours, headings) of this Word document'))
      .option('--body-font <font>', L('DOCX：正文中文字体（默认 宋体）', 'DOCX: East-Asian body font (default 宋体)'))
      .option('--heading-font <font>', L('DOCX：标题中文字体（默认 黑体）', 'DOCX: East-Asian heading font (default 黑体)'))
      .option('--latin-font <font>', L('DOCX：正文西文字体', 'DOCX: Latin body font'))
      .option('--font-size <pt>', L('DOCX：正文字号（磅，8–20）', 'DOCX: body size in points (8–20)'))
      .option('--line-spacing <n>', L('DOCX：行距倍数（1–3）', 'DOCX: line spacing (1–3)'))
      .option('--no-cover', L('DOCX：不生成封面', 'DOCX: no cover page'))
      .option('--no-toc', L('DOCX：不生成目录', 'DOCX: no table of contents'));
  }

  /** --charts and --no-charts, shared by generate and review. */
  const chartOptions = (command: Command): Command => command
    .option('--charts <mode>', L('图表画法：svg（Markdown 默认，图表文件写在文档旁）、mermaid（Markdown 中的 Mermaid 文本）、native（DOCX 默认，Word 原生图表）', 'how charts are drawn: svg (Markdown default, files beside the document), mermaid (Mermaid text in the Markdown), native (DOCX default, Word charts)'))
    .option('--no-charts', L('不生成图表', 'no charts'));

  const langOption = () => new Option('--lang <lang>', L('文档和提示的语言：zh-CN 或 en', 'language of the document and messages: zh-CN or en'));

  let exitCode: number = ExitCode.ok;
  const runner =
    <A extends unknown[]>(load: () => Promise<{ run: (...args: A) => Promise<number> }>) =>
    async (...args: A): Promise<void> => {
      const command = await load();
      exitCode = await command.run(...args);
    };

  const program = new Command('salesplan')
    .description(L('销售计划工具：用 YAML 描述计划，校验数字，生成 Markdown/DOCX 计划书，检查已有计划。', 'Sales plans from a YAML file: validated figures, Markdown and DOCX documents, checks of existing plans.'))
    .version(VERSION, '-v, --version', L('显示版本号', 'print the version'))
    .helpOption('-h, --help', L('显示帮助', 'show help'))
    .helpCommand(false)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) });

  const collect = (value: string, previous: string[] = []) => [...previous, value];

  program
    .command('new')
    .description(L('向导：一步步回答问题，生成可直接使用的计划文件', 'wizard: answer questions step by step and get a plan file that validates'))
    .argument('[file]', L('保存的文件名（默认 plan-<期间>.yaml）', 'file to save (default plan-<period>.yaml)'))
    .option('--from <plan.yaml>', L('以已有计划为起点（期间顺延一期，其余答案预先填好）', 'start from an existing plan (period moved on, every answer pre-filled)'))
    .option('-y, --yes', L('不提问：未给出的答案采用默认值', 'ask nothing: take the defaults for answers not given'))
    .option('--force', L('覆盖已存在的文件', 'overwrite an existing file'))
    .addOption(new Option('--generate <format>', L('保存后立即生成计划书', 'write the document right after saving')).choices(['md', 'docx', 'none']))
    .addOption(langOption())
    .addOption(new Option('--kind <kind>', L('计划类型', 'kind of plan')).choices(['monthly', 'quarterly', 'annual']))
    .option('--style <style>', L('风格：target、operations、expansion、efficiency、service', 'style: target, operations, expansion, efficiency, service'))
    .option('--period <period>', L('期间，如 2026-12', 'period, e.g. 2026-12'))
    .option('--company <name>', L('公司名称', 'company'))
    .option('--department <name>', L('部门', 'department'))
    .option('--author <name>', L('编制人', 'author'))
    .option('--unit <unit>', L('金额单位，如 万元', 'money unit, e.g. USD'))
    .option('--revenue <amount>', L('销售总额目标', 'revenue target'))
    .option('--last-revenue <amount>', L('上期实际销售额', "last period's actual revenue"))
    .option('--prospects <n>', L('新增意向客户数', 'new prospects'))
    .option('--won <n>', L('转化新客户数', 'new customers won'))
    .option('--contract-value <amount>', L('新客户合同金额', 'new-customer contract value'))
    .option('--upsell <amount>', L('老客户增购金额', 'upsell to existing customers'))
    .option('--history <12 numbers>', L('年度计划：上年 1–12 月实际销售额，逗号分隔', 'annual plans: last year’s monthly actuals, comma-separated'))
    .option('--last-target <amount>', L('季度计划：上期销售额目标', "quarterly plans: last period's revenue target"))
    .option('--base-rate <pct>', L('季度计划：基础提成比例（%）', 'quarterly plans: base commission (%)'))
    .option('--metric <id=target[:baseline]>', L('指标（可重复），如 renewal_rate=85:78', 'a metric (repeatable), e.g. renewal_rate=85:78'), collect)
    .option('--product <name:amount[:role]>', L('产品线（可重复），金额可写 40% 表示占比', 'a product line (repeatable); the amount may be a share such as 40%'), collect)
    .option('--channel <name[:target[:type]]>', L('渠道（可重复）', 'a channel (repeatable)'), collect)
    .option('--member <name[:target[:role]]>', L('团队成员（可重复）', 'a team member (repeatable)'), collect)
    .option('--tier <name:customers%:revenue%[:service]>', L('客户层级（可重复）', 'a customer tier (repeatable)'), collect)
    .option('--region <name:revenue[:prospects:won]>', L('新区域（可重复）', 'a new region (repeatable)'), collect)
    .option('--risk <risk|warning|response[|owner]>', L('风险（可重复）', 'a risk (repeatable)'), collect)
    .option('--budget-item <name:amount>', L('预算项目（可重复）', 'a budget line (repeatable)'), collect)
    .addHelpText('after', examples([
      'salesplan new',
      'salesplan new --from plan-2026-11.yaml',
      'salesplan new plan.yaml --yes --style target --revenue 500 --product "主推产品:300:flagship" --product "其他:200:other" …',
    ]))
    .action(runner(() => import('./commands/new.js')));

  chartOptions(docxOptions(program
    .command('generate')))
    .description(L('校验计划并生成计划书（Markdown 或 DOCX，默认与计划同名）', 'validate a plan and write its document (Markdown or DOCX, named after the plan by default)'))
    .argument('<plans...>', L('计划文件（YAML）', 'plan files (YAML)'))
    .addOption(new Option('-f, --format <format>', L('输出格式：md 或 docx', 'output format: md or docx')).default('md'))
    .option('-o, --output <file>', L('输出文件、文件夹，或 - 表示标准输出', 'output file, folder, or - for standard output'))
    .addOption(langOption())
    .option('--style <style>', L('覆盖计划中的风格', "override the plan's style"))
    .option('--draft', L('草稿：缺少的数据以【待填】占位，而不是报错', 'draft: missing data becomes [TBD] placeholders instead of errors'))
    .option('--templates <dir>', L('使用自己的模板文件夹（结构同 templates/）', 'use your own template folder (laid out like templates/)'))
    .option('--force', L('覆盖已存在的输出文件', 'overwrite an existing output file'))
    .option('-q, --quiet', L('只输出错误', 'print errors only'))
    .option('--month <month>', L('年度计划：生成其中一个月的计划（如 2027-03）', 'annual plans: the plan of one month of the year (e.g. 2027-03)'))
    .option('--emit-yaml', L('与 --month 一起用：写出该月的计划文件（YAML），而不是计划书', "with --month: write that month's plan file (YAML) instead of its document"))
    .addHelpText('after', examples([
      'salesplan generate examples/target-zh.yaml -o plan.md',
      'salesplan generate examples/annual-zh.yaml --month 2027-03 --emit-yaml',
      'salesplan generate examples/target-zh.yaml -f docx -o plan.docx',
      'salesplan generate plan.yaml -f docx --reference-docx 公司模板.docx',
      'salesplan generate plan.yaml -o - --lang en',
      'salesplan generate plan.yaml --draft --force',
    ]))
    .action(runner(() => import('./commands/generate.js')));

  docxOptions(program
    .command('convert')
    .description(L('把 Markdown 计划转换为 DOCX（任何 Markdown，包括 generate 生成的）', 'convert a Markdown plan to DOCX (any Markdown, including what generate writes)'))
    .argument('<plan.md>', L('Markdown 文件', 'a Markdown file'))
    .option('-o, --output <file>', L('输出文件，或 - 表示标准输出（默认与输入同名的 .docx）', 'output file, or - for standard output (default: the input name with .docx)'))
    .addOption(langOption())
    .option('--no-number', L('不给没有编号的标题添加编号', 'do not number headings that have no numbers'))
    .option('--force', L('覆盖已存在的输出文件', 'overwrite an existing output file'))
    .option('-q, --quiet', L('只输出错误', 'print errors only')))
    .addHelpText('after', examples(['salesplan convert plan.md -o plan.docx', 'salesplan convert 月度计划.md --reference-docx 公司模板.docx']))
    .action(runner(() => import('./commands/convert.js')));

  program
    .command('validate')
    .description(L('只校验计划文件：格式与数字一致性', 'check plan files only: format and consistency of the figures'))
    .argument('<plans...>', L('计划文件（YAML）', 'plan files (YAML)'))
    .addOption(new Option('--format <format>', L('报告格式', 'report format')).choices(['text', 'json']).default('text'))
    .addOption(langOption())
    .option('--style <style>', L('按指定风格校验', 'check against this style'))
    .option('--draft', L('允许缺少风格所需的数据', 'allow data the style needs to be missing'))
    .option('-q, --quiet', L('只输出错误', 'print errors only'))
    .addHelpText('after', examples(['salesplan validate plan.yaml', 'salesplan validate plans/*.yaml --format json']))
    .action(runner(() => import('./commands/validate.js')));

  program
    .command('lint')
    .description(L('检查已有的计划（.md、.docx、.txt）：缺少的章节、未填的占位符、对不上的数字', 'check existing plans (.md, .docx, .txt): missing sections, unfilled placeholders, figures that do not add up'))
    .argument('<files...>', L('文件、文件夹或通配符（如 "plans/**/*.docx"）', 'files, folders or glob patterns (e.g. "plans/**/*.docx")'))
    .addOption(new Option('--format <format>', L('报告格式', 'report format')).choices(['stylish', 'json', 'sarif', 'github']).default('stylish'))
    .option('--style <style>', L('按指定风格检查（默认自动识别）', 'check as this style (detected by default)'))
    .addOption(new Option('--kind <kind>', L('只在这类计划的风格中识别', 'detect among the styles of this kind only')).choices(['monthly', 'quarterly', 'annual', 'review']))
    .addOption(langOption())
    .option('--config <file>', L('配置文件（默认从文件所在目录向上查找 .salesplanrc.yaml）', 'config file (default: the nearest .salesplanrc.yaml above each file)'))
    .option('--max-warnings <n>', L('警告超过该数量时以退出码 1 结束', 'exit with 1 when there are more warnings than this'))
    .option('--fix', L('在 Markdown 中补上缺少章节的骨架（不修改 DOCX）', 'add skeletons of missing sections to Markdown files (DOCX are never edited)'))
    .option('-q, --quiet', L('只报告错误', 'report errors only'))
    .addHelpText('after', examples(['salesplan lint 12月计划.docx', 'salesplan lint "plans/**/*.md" --format sarif > lint.sarif', 'salesplan lint plan.md --style target --fix']))
    .action(runner(() => import('./commands/lint.js')));

  chartOptions(docxOptions(program
    .command('review')))
    .description(L('计划执行回顾：对照实际完成数据计算总额、产品线、渠道、人员与指标的达成率和差距，标出低于 80% 的项目', 'review a period against its plan: attainment and gap for the total, product lines, channels, reps and metrics, with what is under 80% flagged'))
    .argument('<plan.yaml>', L('计划文件', 'the plan file'))
    .option('--actuals <file>', L('实际完成数据：CSV、.xlsx 或 YAML', 'the actual figures: CSV, .xlsx or YAML'))
    .addOption(new Option('-f, --format <format>', L('回顾文档格式：md 或 docx', 'format of the review document: md or docx')).default('md'))
    .option('-o, --output <file>', L('回顾文档（默认 <计划>-review.md），或 - 表示标准输出', 'the review document (default <plan>-review.md), or - for standard output'))
    .option('--next [file]', L('同时写出下期计划文件（默认 plan-<下期>.yaml）', "also write the next period's plan file (default plan-<next period>.yaml)"))
    .option('--growth <pct>', L('与 --next 一起用：下期目标在本期基础上增长的百分比，如 8', 'with --next: growth of the next targets in %, e.g. 8'))
    .option('--from-actuals', L('与 --next 一起用：以本期实际（而非目标）为基数', "with --next: grow from this period's actuals instead of its targets"))
    .option('--templates <dir>', L('使用自己的模板文件夹', 'use your own template folder'))
    .addOption(langOption())
    .option('--force', L('覆盖已存在的输出文件', 'overwrite existing output files'))
    .option('-q, --quiet', L('只输出错误', 'print errors only'))
    .addHelpText('after', examples([
      'salesplan review examples/target-zh.yaml --actuals examples/actuals-2026-12.csv',
      'salesplan review plan.yaml --actuals 实际.xlsx -f docx -o 12月回顾.docx',
      'salesplan review plan.yaml --actuals actuals.yaml --next --growth 8',
    ]))
    .action(runner(() => import('./commands/review.js')));

  program
    .command('tiers')
    .description(L('客户 RFM 分层：读取 CRM 导出的客户清单（CSV 或 .xlsx），按最近购买、频次、金额分为核心、潜力、一般、流失四层', 'RFM tiers of a CRM export (CSV or .xlsx): core, potential, regular and lapsed customers by recency, frequency and order size'))
    .argument('<customers>', L('客户清单：CSV（UTF-8 或 GBK）或 .xlsx', 'customer list: CSV (UTF-8 or GBK) or .xlsx'))
    .option('--as-of <date>', L('计算 R 的基准日（默认今天；给了 --plan 时为计划期间开始的前一天）', 'the date R is counted from (default today; with --plan, the day before the period starts)'))
    .option('--plan <plan.yaml>', L('使用计划文件中 customers 的列名、分层标准与服务模式', "use the plan's customers settings: columns, thresholds, service models"))
    .option('--core <R,F,M>', L('核心客户标准，默认 30,4,1.5', 'core tier, default 30,4,1.5'))
    .option('--potential <R,F,M>', L('潜力客户标准，默认 60,2,1', 'potential tier, default 60,2,1'))
    .option('--regular <R,F>', L('一般客户标准，默认 90,1', 'regular tier, default 90,1'))
    .option('--unit <unit>', L('金额单位（用于表头）', 'money unit (for the headers)'))
    .option('--list', L('同时列出每位客户的层级', "also list every customer's tier"))
    .addOption(new Option('--format <format>', L('输出格式：text、md、json，或 csv（每位客户一行）', 'output format: text, md, json, or csv (a row per customer)')).choices(['text', 'md', 'json', 'csv']).default('text'))
    .option('-o, --output <file>', L('写入文件（默认输出到屏幕）', 'write to a file (default: the screen)'))
    .option('--force', L('覆盖已存在的输出文件', 'overwrite an existing output file'))
    .option('-q, --quiet', L('只输出错误', 'print errors only'))
    .addOption(langOption())
    .addHelpText('after', examples(['salesplan tiers examples/customers.csv --as-of 2026-12-31', 'salesplan tiers 客户导出.xlsx --plan plan.yaml --list', 'salesplan tiers customers.csv --format csv -o 客户分层.csv']))
    .action(runner(() => import('./commands/tiers.js')));

  program
    .command('styles')
    .description(L('列出计划风格与类型及其章节提纲', 'list the plan styles and kinds with their outlines'))
    .argument('[style]', L('只显示这个风格', 'show only this style'))
    .addOption(new Option('--format <format>', L('输出格式', 'output format')).choices(['text', 'json']).default('text'))
    .addOption(langOption())
    .addHelpText('after', examples(['salesplan styles', 'salesplan styles service --lang en']))
    .action(runner(() => import('./commands/styles.js')));

  program
    .command('schema')
    .description(L('输出计划文件格式的 JSON Schema（供编辑器补全与检查）', 'print the JSON Schema of the plan format (for editors)'))
    .addHelpText('after', examples(['salesplan schema > plan.schema.json']))
    .action(runner(() => import('./commands/schema.js')));

  program
    .command('templates')
    .description(L('列出内置模板、输出某个模板，或查看计划提供给模板的数据', 'list the built-in templates, print one, or show the data a plan gives them'))
    .option('--print <name>', L('输出一个内置模板，如 target/market', 'print a built-in template, e.g. target/market'))
    .option('--data <plan>', L('输出该计划提供给模板的数据（JSON）', 'print the data this plan gives templates (JSON)'))
    .addOption(langOption())
    .addHelpText('after', examples(['salesplan templates', 'salesplan templates --print target/market > my/zh-CN/target/market.hbs', 'salesplan templates --data plan.yaml']))
    .action(runner(() => import('./commands/templates.js')));

  return { program, zh, exitCode: () => exitCode };
}

/** Runs one salesplan command line (argv as process.argv: node, script, args…) and returns its exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const { program, zh, exitCode } = buildProgram(argv);
  try {
    await program.parseAsync([...argv]);
    return exitCode();
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : ExitCode.usage;
    }
    if (isUserError(error)) {
      process.stderr.write(`${error.message}\n${error.detail ? `${error.detail}\n` : ''}`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      zh
        ? `salesplan 内部错误（这是程序的问题，不是你的文件的问题）：${message}\n请把这条信息和使用的命令报告给维护者。\n`
        : `salesplan internal error (a bug in the program, not in your file): ${message}\nPlease report this message and the command you ran.\n`,
    );
    if (process.env.SALESPLAN_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 70;
  }
}

/** The salesplan process: one command line, Ctrl-C and termination reported, the exit code set. */
export async function main(): Promise<void> {
  const zh = resolveLang(argvLang(process.argv)) === 'zh-CN';
  const interrupted = (): void => {
    process.stderr.write(`\n${zh ? '已中断，未写入任何文件。' : 'Interrupted; nothing was written.'}\n`);
    process.exit(ExitCode.interrupted);
  };
  process.on('SIGINT', interrupted);
  process.on('SIGTERM', interrupted);
  process.exitCode = await runCli(process.argv);
}
