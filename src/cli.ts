// Every command and flag of salesplan, declared in one place; their words are in cli-help.ts.
// Each command's code is imported only when it runs, so `salesplan --version` loads nothing but
// this file, its help text and commander. Commander speaks the user's language through its own
// hooks: `styleTitle` and the description hooks of `configureHelp` for help, and `error()` (every
// parse error passes through it, with a code) for errors.
import { Command, CommanderError, Option, type Help } from 'commander';
import {
  argNames, chartsHelp, cliErrors, commonHelp, convertHelp, diffHelp, docxHelp, examples, extraHelp, generateHelp, lintHelp, newHelp, programHelp, rollupHelp,
  placeholders, reviewHelp, schemaHelp, stylesHelp, templatesHelp, tiersHelp, titles, validateHelp,
} from './cli-help.js';
import { ExitCode, isUserError } from './errors.js';
import { resolveLang, type Lang } from './i18n/lang.js';
import { pick, say, type Localized } from './i18n/localized.js';
import { displayWidth } from './i18n/width.js';
import { packageVersion } from './io/package-root.js';
import { formatterIds } from './report/formatters/index.js';
import { writerChoiceText, writerIds } from './writers/index.js';
import './io/timing.js';
import { installPipeGuard } from './report/stdout.js';
import { beginRun, outputsWritten } from './io/files.js';
import { countOf, NOUNS } from './i18n/plural.js';
import { restoreCursor, safeForStderr } from './io/terminal-safe.js';

const VERSION = packageVersion();

/** The --lang given on the command line, read before parsing so help and errors use it. */
function argvLang(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  const arg = argv[i]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
}

/**
 * Options that do nothing without another: given alone, they are an error rather than ignored.
 * (generate's --emit-yaml without --month is refused by generate itself.)
 */
const NEEDS: ReadonlyArray<{ command: string; option: string; needs: string }> = [
  { command: 'review', option: 'growth', needs: 'next' },
  { command: 'review', option: 'fromActuals', needs: 'next' },
  { command: 'tiers', option: 'force', needs: 'output' },
  { command: 'templates', option: 'force', needs: 'eject' },
];

/** The nearest of `candidates` to a mistyped word, when it is near enough to be meant. */
function nearest(word: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

/** The whole command line, built afresh for each run (the benchmark's cache training runs several). */
function buildProgram(argv: readonly string[]) {
  const lang: Lang = resolveLang(argvLang(argv));
  const h = (text: Localized): string => pick(lang, text);
  const quote = (text: string): string => pick(lang, { 'zh-CN': `“${text}”`, en: `'${text}'` });

  /** Commander's errors in the user's words. Commander's text is read only for the values it names. */
  class SalesplanCommand extends Command {
    override createCommand(name?: string): Command {
      return new SalesplanCommand(name);
    }

    override error(message: string, options?: { code?: string; exitCode?: number }): never {
      const code = options?.code ?? '';
      // Commander quotes the values it names: 'value'.
      const named = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
      const suggestion = (word: string, candidates: readonly string[]): string => {
        const near = nearest(word, candidates);
        return near ? `${h(extraHelp.sentence)}${say(lang, cliErrors.didYouMean, { suggestion: near })}` : '';
      };
      let text: string;
      if (code === 'commander.unknownOption') {
        const flag = named[0] ?? '';
        text = say(lang, cliErrors.unknownOption, { flag }) + suggestion(flag, this.options.flatMap((o) => (o.long ? [o.long] : [])));
      } else if (code === 'commander.unknownCommand') {
        text = unknownCommandText(named[0] ?? '');
      } else if (code === 'commander.missingArgument') {
        const argument = this.registeredArguments.find((a) => a.name() === named[0]);
        text = say(lang, cliErrors.missingArgument, { name: argument ? `<${argument.name()}${argument.variadic ? '...' : ''}>` : named[0] ?? '' });
      } else if (code === 'commander.optionMissingArgument') {
        text = say(lang, cliErrors.optionMissingArgument, { flag: named[0] ?? '' });
      } else if (code === 'commander.excessArguments') {
        const [, expected, got] = /Expected (\d+) argument.* got (\d+)/.exec(message) ?? [];
        text = say(lang, cliErrors.excessArguments, { command: `salesplan ${this.name()}`, expected, got });
      } else if (code === 'commander.invalidArgument') {
        const option = this.options.find((o) => o.flags === named[0]);
        const flag = option?.long ?? named[0] ?? '';
        text = option?.argChoices
          ? say(lang, cliErrors.invalidChoice, { flag, value: quote(named[1] ?? ''), choices: option.argChoices.join(h(extraHelp.listSeparator)) })
          : say(lang, cliErrors.invalidArgument, { flag, value: quote(named[1] ?? ''), reason: message.replace(/^.*? is invalid\.\s*/, '') });
      } else if (code.startsWith('salesplan.')) {
        text = message;
      } else {
        text = say(lang, cliErrors.other, { detail: message.replace(/^error: /, '') });
      }
      return super.error(text, options);
    }
  }

  function unknownCommandText(name: string): string {
    const names = program.commands.map((c) => c.name());
    const near = nearest(name, names);
    return [
      say(lang, cliErrors.unknownCommand, { name: quote(name) }),
      near ? say(lang, cliErrors.didYouMean, { suggestion: `salesplan ${near}` }) : say(lang, cliErrors.commandList, { commands: names.join(h(extraHelp.listSeparator)) }),
    ].join(h(extraHelp.sentence));
  }

  function exampleText(lines: readonly string[]): string {
    return `\n${h(programHelp.examples)}${pick(lang, { 'zh-CN': '：', en: ':' })}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
  }

  /** The DOCX layout flags, shared by generate, convert and review. */
  function docxOptions(command: Command): Command {
    return command
      .option('--reference-docx <file>', h(docxHelp.referenceDocx))
      .option('--body-font <font>', h(docxHelp.bodyFont))
      .option('--heading-font <font>', h(docxHelp.headingFont))
      .option('--latin-font <font>', h(docxHelp.latinFont))
      .option('--font-size <pt>', h(docxHelp.fontSize))
      .option('--line-spacing <n>', h(docxHelp.lineSpacing))
      .option('--no-cover', h(docxHelp.noCover))
      .option('--no-toc', h(docxHelp.noToc));
  }

  /** --charts and --no-charts, shared by generate and review. */
  const chartOptions = (command: Command): Command => command
    .option('--charts <mode>', h(chartsHelp.mode))
    .option('--no-charts', h(chartsHelp.none));

  const langOption = () => new Option('--lang <lang>', h(commonHelp.lang));

  /** What commander adds after a description — default and choices — in the user's words. */
  const described = (description: string, choices: readonly string[] | undefined, defaultValue: unknown): string => {
    const extra: string[] = [];
    if (choices) extra.push(say(lang, extraHelp.choices, { values: choices.join(h(extraHelp.listSeparator)) }));
    if (defaultValue !== undefined && typeof defaultValue !== 'boolean') extra.push(say(lang, extraHelp.default, { value: String(defaultValue) }));
    return extra.length ? `${description}${h(extraHelp.open)}${extra.join(h(extraHelp.separator))}${h(extraHelp.close)}` : description;
  };

  let exitCode: number = ExitCode.ok;
  const runner =
    <A extends unknown[]>(load: () => Promise<{ run: (...args: A) => Promise<number> }>) =>
    async (...args: A): Promise<void> => {
      const command = await load();
      exitCode = await command.run(...args);
    };

  const program: Command = new SalesplanCommand('salesplan')
    .description(h(programHelp.description))
    .version(VERSION, '-v, --version', h(programHelp.version))
    .helpOption('-h, --help', h(programHelp.help))
    .helpCommand(false)
    .addOption(langOption())
    .usage(h(programHelp.usage))
    .showSuggestionAfterError(false)
    .showHelpAfterError(h(programHelp.helpAfterError))
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) })
    .configureHelp({
      styleTitle: (title: string) => (titles[title] ? h(titles[title]) : title),
      // Chinese characters take two columns: columns line up and lines wrap by what is seen.
      // eslint-disable-next-line no-control-regex
      displayWidth: (text: string) => displayWidth(text.replace(/\u001b\[\d*(?:;\d+)*m/g, '')),
      subcommandTerm: (command: Command) => `${command.name()} ${command.usage()}`.trim(),
      // The flag itself stays as typed; the value it takes is named in the user's words.
      optionTerm: (option: Option) => option.flags.replace(/([<[])(.+)([>\]])$/, (whole, open: string, name: string, close: string) => {
        const text = placeholders[name];
        return text ? `${open}${h(text)}${close}` : whole;
      }),
      optionDescription: (option: Option) => described(option.description, option.argChoices, option.required || option.optional ? option.defaultValue : undefined),
      argumentDescription: (argument: ReturnType<Help['visibleArguments']>[number]) => described(argument.description, argument.argChoices, argument.defaultValue),
    });

  const collect = (value: string, previous: string[] = []) => [...previous, value];

  program
    .command('new')
    .description(h(newHelp.description))
    .argument(h(argNames.file), h(newHelp.file))
    .option('--from <plan.yaml>', h(newHelp.from))
    .option('--actuals <file>', h(newHelp.actuals))
    .option('-y, --yes', h(newHelp.yes))
    .option('--force', h(newHelp.force))
    .addOption(new Option('--generate <format>', h(newHelp.generate)).choices([...writerIds(), 'none']))
    .addOption(langOption())
    .addOption(new Option('--kind <kind>', h(newHelp.kind)).choices(['monthly', 'quarterly', 'annual']))
    .option('--style <style>', h(newHelp.style))
    .option('--period <period>', h(newHelp.period))
    .option('--company <name>', h(newHelp.company))
    .option('--department <name>', h(newHelp.department))
    .option('--author <name>', h(newHelp.author))
    .option('--unit <unit>', h(newHelp.unit))
    .option('--revenue <amount>', h(newHelp.revenue))
    .option('--last-revenue <amount>', h(newHelp.lastRevenue))
    .option('--prospects <n>', h(newHelp.prospects))
    .option('--won <n>', h(newHelp.won))
    .option('--contract-value <amount>', h(newHelp.contractValue))
    .option('--upsell <amount>', h(newHelp.upsell))
    .option('--history <12 numbers>', h(newHelp.history))
    .option('--last-target <amount>', h(newHelp.lastTarget))
    .option('--base-rate <pct>', h(newHelp.baseRate))
    .option('--gross-profit <amount>', h(newHelp.grossProfit))
    .option('--collections <amount|rate%>', h(newHelp.collections))
    .option('--ytd-annual <amount>', h(newHelp.ytdAnnual))
    .option('--ytd-actual <amount>', h(newHelp.ytdActual))
    .option('--metric <id=target[:baseline]>', h(newHelp.metric), collect)
    .option('--product <name:amount[:role]>', h(newHelp.product), collect)
    .option('--channel <name[:target[:type]]>', h(newHelp.channel), collect)
    .option('--member <name[:target[:role]]>', h(newHelp.member), collect)
    .option('--tier <name:customers%:revenue%[:service]>', h(newHelp.tier), collect)
    .option('--region <name:revenue[:prospects:won]>', h(newHelp.region), collect)
    .option('--risk <risk|warning|response[|owner]>', h(newHelp.risk), collect)
    .option('--budget-item <name:amount>', h(newHelp.budgetItem), collect)
    .addHelpText('after', exampleText(pick<readonly string[]>(lang, examples.new)))
    .action(runner(() => import('./commands/new.js')));

  chartOptions(docxOptions(program
    .command('generate')))
    .description(h(generateHelp.description))
    .argument(h(argNames.plans), h(commonHelp.plans))
    .addOption(new Option('-f, --format <format>', `${h(generateHelp.format)}${writerChoiceText(lang)}`).default('md'))
    .addOption(new Option('--report <format>', h(generateHelp.report)).choices(formatterIds()).default('stylish'))
    .option('-o, --output <file>', h(generateHelp.output))
    .addOption(langOption())
    .option('--style <style>', h(generateHelp.style))
    .option('--draft', h(generateHelp.draft))
    .option('--templates <dir>', h(generateHelp.templates))
    .option('--force', h(commonHelp.force))
    .option('-q, --quiet', h(commonHelp.quiet))
    .option('--month <month>', h(generateHelp.month))
    .option('--emit-yaml', h(generateHelp.emitYaml))
    .option('--no-summary', h(generateHelp.noSummary))
    .option('--no-actions', h(generateHelp.noActions))
    .option('--no-approval', h(generateHelp.noApproval))
    .addHelpText('after', exampleText(pick<readonly string[]>(lang, examples.generate)))
    .action(runner(() => import('./commands/generate.js')));

  docxOptions(program
    .command('convert')
    .description(h(convertHelp.description))
    .argument(h(argNames.markdown), h(convertHelp.file))
    .option('-o, --output <file>', h(convertHelp.output))
    .addOption(langOption())
    .option('--no-number', h(convertHelp.noNumber))
    .option('--force', h(commonHelp.force))
    .option('-q, --quiet', h(commonHelp.quiet)))
    .addHelpText('after', exampleText(pick<readonly string[]>(lang, examples.convert)))
    .action(runner(() => import('./commands/convert.js')));

  program
    .command('validate')
    .description(h(validateHelp.description))
    .argument(h(argNames.plans), h(commonHelp.plans))
    .addOption(new Option('--format <format>', h(validateHelp.format)).choices([...formatterIds(), 'text']).default('stylish'))
    .addOption(langOption())
    .option('--style <style>', h(validateHelp.style))
    .option('--draft', h(validateHelp.draft))
    .option('-q, --quiet', h(commonHelp.quiet))
    .addHelpText('after', exampleText(pick<readonly string[]>(lang, examples.validate)))
    .action(runner(() => import('./commands/validate.js')));

  program
    .command('lint')
    .description(h(lintHelp.description))
    .argument(h(argNames.files), h(lintHelp.files))
    .addOption(new Option('--format <format>', h(lintHelp.format)).choices(formatterIds()).default('stylish'))
    .option('--style <style>', h(lintHelp.style))
    .addOption(new Option('--kind <kind>', h(lintHelp.kind)).choices(['monthly', 'quarterly', 'annual', 'review']))
    .addOption(langOption())
    .option('--config <file>', h(lintHelp.config))
    .option('--max-warnings <n>', h(lintHelp.maxWarnings))
    .option('--fix', h(lintHelp.fix))
    .option('-q, --quiet', h(lintHelp.quiet))
    .addHelpText('after', exampleText(pick<readonly string[]>(lang, examples.lint)))
    .action(runner(() => import('./commands/lint.js')));

  chartOptions(docxOptions(program
    .command('review')))
    .description(h(reviewHelp.description))
    .argument(h(argNames.plan), h(reviewHelp.file))
    .option('--actuals <file>', h(reviewHelp.actuals))
    .addOption(new Option('-f, --format <format>', `${h(reviewHelp.format)}${writerChoiceText(lang)}`).default('md'))
    .addOption(new Option('--report <format>', h(reviewHelp.report)).choices(formatterIds()).default('stylish'))
    .option('-o, --output <file>', h(reviewHelp.output))
    .option('--next [file]', h(reviewHelp.next))
    .option('--growth <pct>', h(reviewHelp.growth))
    .option('--from-actuals', h(reviewHelp.fromActuals))
    .option('--templates <dir>', h(reviewHelp.templates))
    .addOption(langOption())
    .option('--force', h(reviewHelp.force))
    .option('-q, --quiet', h(commonHelp.quiet))
    .addHelpText('after', exampleText(pick<readonly string[]>(lang, examples.review)))
    .action(runner(() => import('./commands/review.js')));

  program
    .command('tiers')
    .description(h(tiersHelp.description))
    .argument(h(argNames.customers), h(tiersHelp.file))
    .option('--as-of <date>', h(tiersHelp.asOf))
    .option('--plan <plan.yaml>', h(tiersHelp.plan))
    .option('--core <R,F,M>', h(tiersHelp.core))
    .option('--potential <R,F,M>', h(tiersHelp.potential))
    .option('--regular <R,F>', h(tiersHelp.regular))
    .option('--unit <unit>', h(tiersHelp.unit))
    .option('--list', h(tiersHelp.list))
    .addOption(new Option('--format <format>', h(tiersHelp.format)).choices(['text', 'md', 'json', 'csv', 'xlsx']).default('text'))
    .option('-o, --output <file>', h(tiersHelp.output))
    .addOption(new Option('--report <format>', h(tiersHelp.report)).choices(formatterIds()).default('stylish'))
    .option('--force', h(commonHelp.force))
    .option('-q, --quiet', h(commonHelp.quiet))
    .addOption(langOption())
    .addHelpText('after', exampleText(pick<readonly string[]>(lang, examples.tiers)))
    .action(runner(() => import('./commands/tiers.js')));

  program
    .command('styles')
    .description(h(stylesHelp.description))
    .argument(h(argNames.style), h(stylesHelp.style))
    .addOption(new Option('--format <format>', h(stylesHelp.format)).choices(['text', 'json']).default('text'))
    .addOption(langOption())
    .addHelpText('after', exampleText(pick<readonly string[]>(lang, examples.styles)))
    .action(runner(() => import('./commands/styles.js')));

  program
    .command('schema')
    .description(h(schemaHelp.description))
    .addHelpText('after', exampleText(pick<readonly string[]>(lang, examples.schema)))
    .action(runner(() => import('./commands/schema.js')));

  program
    .command('templates')
    .description(h(templatesHelp.description))
    .option('--print <name>', h(templatesHelp.print))
    .option('--data <plan>', h(templatesHelp.data))
    .option('--eject <dir>', h(templatesHelp.eject))
    .option('--force', h(commonHelp.force))
    .addOption(langOption())
    .addHelpText('after', exampleText(pick<readonly string[]>(lang, examples.templates)))
    .action(runner(() => import('./commands/templates.js')));

  program
    .command('diff')
    .description(h(diffHelp.description))
    .argument(h(argNames.oldPlan), h(diffHelp.old)).argument(h(argNames.newPlan), h(diffHelp.new))
    .addOption(new Option('--format <format>', h(diffHelp.format)).choices(['table', 'md', 'json']).default('table'))
    .option('-o, --output <file>', h(diffHelp.output))
    .option('--force', h(commonHelp.force))
    .option('-q, --quiet', h(commonHelp.quiet))
    .addOption(langOption())
    .addHelpText('after', exampleText(pick<readonly string[]>(lang, examples.diff)))
    .action(runner(() => import('./commands/diff.js')));

  program
    .command('rollup')
    .description(h(rollupHelp.description))
    .argument(h(argNames.plans), h(rollupHelp.plans))
    .option('-o, --output <file>', h(rollupHelp.output))
    .option('--check <dept.yaml>', h(rollupHelp.check))
    .option('--department <name>', h(rollupHelp.department))
    .option('--author <name>', h(rollupHelp.author))
    .option('--force', h(commonHelp.force))
    .option('-q, --quiet', h(commonHelp.quiet))
    .addOption(langOption())
    .addHelpText('after', exampleText(pick<readonly string[]>(lang, examples.rollup)))
    .action(runner(() => import('./commands/rollup.js')));

  // Usage lines in the user's words: "[选项] <计划文件...>".
  for (const command of program.commands) {
    const args = command.registeredArguments.map((a) => {
      const name = `${a.name()}${a.variadic ? '...' : ''}`;
      return a.required ? `<${name}>` : `[${name}]`;
    });
    command.usage([h(programHelp.commandUsage), ...args].join(' '));
  }

  program.hook('preAction', (_, action) => {
    // `salesplan --lang en generate …`: the language given before the command is the command's.
    const given = program.getOptionValue('lang') as string | undefined;
    if (given !== undefined && action.getOptionValue('lang') === undefined && action.options.some((o) => o.long === '--lang')) action.setOptionValue('lang', given);
    for (const rule of NEEDS) {
      if (rule.command !== action.name() || action.getOptionValueSource(rule.option) !== 'cli' || action.getOptionValue(rule.needs) !== undefined) continue;
      const flag = (key: string) => action.options.find((o) => o.attributeName() === key)?.long ?? key;
      action.error(say(lang, cliErrors.needsOption, { flag: flag(rule.option), needs: flag(rule.needs) }), { code: 'salesplan.needsOption', exitCode: ExitCode.usage });
    }
  });

  /** An unknown command is an error even with --help, which commander would answer first. */
  function checkCommand(): void {
    const args = argv.slice(2);
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg === '--') return;
      if (arg === '--lang') i++;
      if (arg.startsWith('-')) continue;
      if (!program.commands.some((c) => c.name() === arg)) program.error(unknownCommandText(arg), { code: 'salesplan.unknownCommand', exitCode: ExitCode.usage });
      return;
    }
  }

  return { program, lang, checkCommand, exitCode: () => exitCode };
}

/** Runs one salesplan command line (argv as process.argv: node, script, args…) and returns its exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const { program, lang, checkCommand, exitCode } = buildProgram(argv);
  beginRun();
  try {
    checkCommand();
    await program.parseAsync([...argv]);
    return exitCode();
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : ExitCode.usage;
    }
    if (isUserError(error)) {
      process.stderr.write(safeForStderr(`${error.message}\n${error.detail ? `${error.detail}\n` : ''}`));
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${say(lang, cliErrors.internal, { message: safeForStderr(message) })}\n`);
    if (process.env.SALESPLAN_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 70;
  }
}

/** A worker thread of a batch run of generate (started by the launcher, see generate-pool.ts). */
export async function generateWorker(): Promise<void> {
  const { runGenerateWorker } = await import('./commands/generate-worker.js');
  runGenerateWorker();
}

/** The salesplan process: one command line, Ctrl-C and termination reported, the exit code set. */
export async function main(): Promise<void> {
  const lang = resolveLang(argvLang(process.argv));
  const interrupted = (): void => {
    restoreCursor();
    // A batch stopped part way keeps the documents it finished: the message says so.
    const done = outputsWritten();
    process.stderr.write(`\n${done ? say(lang, cliErrors.interruptedAfter, { files: countOf(lang, done, NOUNS.files) }) : say(lang, cliErrors.interrupted)}\n`);
    process.exit(ExitCode.interrupted);
  };
  process.on('SIGINT', interrupted);
  process.on('SIGTERM', interrupted);
  process.on('SIGHUP', interrupted);
  installPipeGuard();
  process.exitCode = await runCli(process.argv);
}
