// salesplan styles [style]: the styles and kinds with their section outlines, from the registry.
import { ExitCode, UserError } from '../errors.js';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { q } from '../i18n/t.js';
import { cliErrors } from '../cli-help.js';
import { METRICS } from '../plan/metrics.js';
import { out } from '../report/colors.js';
import { headingPrefix } from '../document/numbering.js';
import { DOCUMENT_STYLES, findStyle } from '../styles/registry.js';
import { describeRequirement } from '../styles/requirements.js';
import type { StyleDecl } from '../styles/types.js';
import { writeStdout } from '../report/streams.js';
import { pick, say } from '../i18n/localized.js';

const words = {
  added: { 'zh-CN': ' （salesplan 补充）', en: ' (added by salesplan)' },
  required: { 'zh-CN': '必填数据', en: 'Required data' },
  separator: { 'zh-CN': '；', en: '; ' },
} as const;

export interface StylesOptions {
  lang?: string;
  format?: string;
}

function requirementText(style: StyleDecl, lang: Lang): string[] {
  const lines: string[] = [];
  for (const section of style.sections) {
    for (const r of section.requires ?? []) {
      if ('metric' in r) lines.push(`targets.metrics: id: ${r.metric}（${pick(lang, { 'zh-CN': METRICS[r.metric].zh, en: METRICS[r.metric].en })}）`);
      else lines.push(describeRequirement(r, lang).key);
    }
  }
  return [...new Set(lines)];
}

function describeStyle(style: StyleDecl, lang: Lang): string {
  const lines = [`${out.bold(style.id)}  ${out.cyan(style.name[lang])}  ${out.dim(`(${style.kind})`)}`, `  ${style.description[lang]}`];
  style.sections.forEach((section, i) => {
    const extra = section.required === false ? out.dim(pick(lang, words.added)) : '';
    lines.push(`  ${headingPrefix(lang, [i + 1])}${section.title[lang]}  ${out.dim(`[${section.id}]`)}${extra}`);
    lines.push(out.dim(`      ${section.summary[lang]}`));
  });
  const needs = requirementText(style, lang);
  if (needs.length) lines.push(`  ${pick(lang, words.required)}: ${needs.join(pick(lang, words.separator))}`);
  return lines.join('\n');
}

export async function run(id: string | undefined, options: StylesOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  let styles = DOCUMENT_STYLES;
  if (id) {
    const style = findStyle(id);
    if (!style) throw new UserError(say(lang, cliErrors.unknownStyle, { style: q(lang, id), choices: DOCUMENT_STYLES.map((s) => s.id).join(', ') }), ExitCode.usage);
    styles = [style];
  }
  if (options.format === 'json') {
    const data = styles.map((s) => ({
      id: s.id, kind: s.kind, name: s.name, description: s.description,
      sections: s.sections.map((sec) => ({ id: sec.id, title: sec.title, summary: sec.summary, uses: sec.uses, requires: sec.requires ?? [], tables: sec.tables ?? [], synonyms: sec.synonyms, required: sec.required !== false })),
    }));
    await writeStdout(`${JSON.stringify(data, null, 2)}\n`);
    return 0;
  }
  await writeStdout(`${styles.map((s) => describeStyle(s, lang)).join('\n\n')}\n`);
  return 0;
}
