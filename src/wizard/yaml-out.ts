// The plan file the wizard writes: YAML with a $schema line for editors, and each block and
// target explained in a comment in the user's language (from the schema's own descriptions).
import { dirname, join, relative, resolve } from 'node:path';
import { isMap, isScalar, visit, YAMLMap, Document, type Pair } from 'yaml';
import { packageRoot } from '../io/package-root.js';
import type { Lang } from '../i18n/lang.js';
import type { PathSegment } from '../report/diagnostic.js';
import { Plan, type PlanInput } from '../plan/schema.js';
import { describeIn, schemaAt } from '../plan/schema-walk.js';

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
  const zh = lang === 'zh-CN';
  const from = origin ?? (zh ? `由 salesplan new 于 ${generatedAt} 生成。` : `Written by salesplan new on ${generatedAt}.`);
  doc.commentBefore = [
    ` yaml-language-server: $schema=${schemaPath}`,
    zh ? ` ${from}修改后运行 salesplan validate 检查，salesplan generate 生成计划书。` : ` ${from} After editing, check it with salesplan validate and write the document with salesplan generate.`,
  ].join('\n');
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

/** Where the schema is, as the $schema line should say it: relative to the plan when it can be. */
export function schemaPathFor(file: string): string {
  const schema = join(packageRoot(), 'schema', 'plan.schema.json');
  const rel = relative(dirname(resolve(file)), schema).split('\\').join('/');
  return rel.startsWith('..') && rel.split('/').filter((s) => s === '..').length > 3 ? schema : rel;
}

