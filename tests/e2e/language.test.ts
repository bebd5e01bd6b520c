// Every word in the user's language: each command's --help and a set of error paths, run in
// Chinese and in English, fail on a word of the other language. Names stay as they are: flags,
// file names, format and style ids, units and the fonts' names; what the user typed is theirs.
import { describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, tempDir } from '../helpers.js';
import { join } from 'node:path';

const COMMANDS = ['new', 'generate', 'convert', 'validate', 'lint', 'review', 'tiers', 'styles', 'schema', 'templates', 'diff', 'rollup'];

/** Words that are names in both languages. */
const NAMES = new Set([
  'salesplan', ...COMMANDS, 'md', 'docx', 'pdf', 'xlsx', 'svg', 'mermaid', 'native', 'image', 'PNG', 'table', 'none', 'txt', 'xlsx', 'csv', 'json', 'text', 'sarif', 'github', 'stylish', 'yaml', 'YAML', 'Markdown', 'DOCX', 'JSON',
  'CSV', 'SARIF', 'Schema', 'Word', 'RFM', 'CRM', 'GBK', 'UTF', 'zh', 'CN', 'en', 'USD', 'R', 'F', 'M', 'id', 'Q1',
  'target', 'operations', 'expansion', 'efficiency', 'service', 'monthly', 'quarterly', 'annual', 'review', 'flagship', 'other', 'salesplanrc',
  'plan', 'plans', 'market', 'templates', 'examples', 'actuals', 'customers', 'lint', 'sarif',
]);
/** Chinese that is a name in English text: fonts, units, example values. */
const CHINESE_NAMES = ['宋体', '黑体', '万元'];

function strayEnglish(text: string): string[] {
  const stripped = text
    .replace(/(^|\s)\$ salesplan .*$/gm, '') // example command lines
    .replace(/--?[\w-]+(=[^\s，。、）)]*)?/g, ' ') // flags
    .replace(/[\w./*-]+\.(ya?ml|md|docx|txt|csv|xlsx|json|hbs|sarif)\b/g, ' ') // file names
    .replace(/\b\w+_\w+\b/g, ' '); // ids such as renewal_rate
  return [...stripped.matchAll(/[A-Za-z]{2,}/g)].map((m) => m[0]).filter((w) => !NAMES.has(w) && !NAMES.has(w.toLowerCase()));
}

function strayChinese(text: string): string[] {
  let stripped = text;
  for (const name of CHINESE_NAMES) stripped = stripped.split(name).join('');
  return [...stripped.matchAll(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+/g)].map((m) => m[0]);
}

const dir = tempDir();
const plan = join(EXAMPLES, 'target-zh.yaml');
const ERROR_PATHS: string[][] = [
  ['generate', plan, '--bogus'],
  ['rolup', '--help'],
  ['generat', plan],
  ['generate'],
  ['validate', plan, '--format', 'xml'],
  ['review', plan, '--growth', '5'],
  ['tiers', join(EXAMPLES, 'customers.csv'), '--force'],
  ['lint', plan, '--fromat', 'json'],
  ['generate', join(dir, 'missing.yaml')],
  ['tiers', join(dir, 'missing.csv')],
  ['styles', 'servce'],
  ['new', join(dir, 'p.yaml'), '--yes', '--style', 'target', '--revenue', '-5'],
  ['new', join(dir, 'p.yaml'), '--yes', '--style', 'target', '--revenue', '500美元'],
  ['new', join(dir, 'p.yaml'), '--yes', '--style', 'target'],
  ['new', join(dir, 'p.yaml'), '--yes', '--kind', 'weekly'],
  ['new', join(dir, 'p.yaml'), '--yes', '--product', 'only-a-name'],
];

/** The output without what the user typed (quoted back, in part or whole), which is theirs. */
function withoutTyped(text: string, args: readonly string[]): string {
  let out = text.replace(/“[^”]*”|「[^」]*」|"[^"]*"|'[^']*'/g, ' ');
  for (const arg of args) {
    for (const part of [arg, ...arg.split(/[^\p{L}\p{N}]+/u), ...(arg.match(/[\u4e00-\u9fff]+/g) ?? [])].filter((x) => x.length > 1)) {
      out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}_])${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'gu'), ' ');
    }
  }
  return out;
}

describe('every word in the user’s language', () => {
  it.each(COMMANDS)('%s --help', (command) => {
    const zh = runCli([command, '--help']);
    expect(zh.status).toBe(0);
    expect(strayEnglish(zh.stdout), zh.stdout).toEqual([]);
    const en = runCli([command, '--help', '--lang', 'en']);
    expect(en.status).toBe(0);
    expect(strayChinese(en.stdout), en.stdout).toEqual([]);
  });

  it('the general help', () => {
    expect(strayEnglish(runCli(['--help']).stdout)).toEqual([]);
    expect(strayChinese(runCli(['--help'], { env: { LANG: 'en_US.UTF-8' } }).stdout)).toEqual([]);
  });

  it.each(ERROR_PATHS.map((args) => [args.join(' ').replace(dir, '…').replace(EXAMPLES, 'examples'), args]))('%s', (_, args) => {
    const zh = runCli(args as string[]);
    expect(zh.status).not.toBe(0);
    expect(zh.stderr.trim()).not.toBe('');
    expect(strayEnglish(withoutTyped(zh.stderr, args as string[])), `${zh.stderr}\n${strayEnglish(withoutTyped(zh.stderr, args as string[]))}`).toEqual([]);
    const en = runCli([...(args as string[]), '--lang', 'en']);
    expect(en.status).not.toBe(0);
    expect(strayChinese(withoutTyped(en.stderr, args as string[])), en.stderr).toEqual([]);
  });
});
