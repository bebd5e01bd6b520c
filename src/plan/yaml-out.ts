// A plan as a file: YAML with a $schema line for editors, and each block and target explained in
// a comment in the user's language (from the schema's own descriptions). Written by the wizard,
// `review --next` and `generate --month --emit-yaml`.
import { copyFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isMap, isScalar, visit, YAMLMap, Document, type Pair } from 'yaml';
import { packageRoot } from '../io/package-root.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import type { PathSegment } from '../report/diagnostic.js';
import { Plan, type PlanInput } from './schema.js';
import { describeIn, schemaAt } from './schema-walk.js';

const fileText = {
  origin: { 'zh-CN': '由 salesplan new 于 {date} 生成。', en: 'Written by salesplan new on {date}.' },
  next: {
    'zh-CN': '{origin}修改后运行 salesplan validate 检查，salesplan generate 生成计划书。',
    en: '{origin} After editing, check it with salesplan validate and write the document with salesplan generate.',
  },
} as const;

function comment(pair: Pair, path: PathSegment[], lang: Lang): void {
  const text = describeIn(schemaAt(Plan, path), lang);
  if (text && isScalar(pair.key)) pair.key.commentBefore = ` ${text}`;
}

/**
 * The plan as YAML. `origin` is the comment line saying where the file came from; by default,
 * that the wizard wrote it.
 */
export function planToYaml(plan: PlanInput, lang: Lang, schemaPath: string, generatedAt: string, origin?: string): string {
  const doc = new Document(plan);
  const from = origin ?? say(lang, fileText.origin, { date: generatedAt });
  doc.commentBefore = [` yaml-language-server: $schema=${schemaPath}`, ` ${say(lang, fileText.next, { origin: from })}`].join('\n');
  if (isMap(doc.contents)) {
    for (const pair of (doc.contents as YAMLMap).items as Pair[]) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      comment(pair, [key], lang);
      // The targets are explained one by one: they are what a manager edits most.
      if (key === 'targets' && isMap(pair.value)) {
        for (const inner of (pair.value as YAMLMap).items as Pair[]) if (isScalar(inner.key)) comment(inner, ['targets', String(inner.key.value)], lang);
      }
    }
  }
  // Lists of plain numbers (twelve months, month weights) read best on one line: [480, 410, …].
  visit(doc, {
    Seq(_, node) {
      if (node.items.length > 0 && node.items.every((item) => isScalar(item) && typeof item.value === 'number')) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

/**
 * The schema the $schema line points at, chosen for how salesplan is installed so that editors
 * find it: installed in the plan's project (a node_modules folder above the plan) or run from
 * a checkout the plan is in, the path relative to the plan, which moves with the project; run
 * through npx, whose cache npm clears, a copy written beside the plan (plan.schema.json, once);
 * installed globally, or the plan going to standard output ("-"), the installed file's absolute path.
 */
export function schemaPathFor(file: string): string {
  const root = packageRoot();
  const schema = join(root, 'schema', 'plan.schema.json');
  if (file === '-') return schema.split(sep).join('/');
  const dir = dirname(resolve(file));
  if (/[\\/]_npx[\\/]/.test(root)) {
    const copy = join(dir, 'plan.schema.json');
    if (!existsSync(copy)) copyFileSync(schema, copy);
    return 'plan.schema.json';
  }
  const modules = root.lastIndexOf(`${sep}node_modules${sep}`);
  const project = modules >= 0 ? root.slice(0, modules) : root;
  const inside = dir === project || dir.startsWith(project + sep);
  return (inside ? relative(dir, schema) : schema).split(sep).join('/');
}
