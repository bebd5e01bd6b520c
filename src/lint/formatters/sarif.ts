// SARIF 2.1.0, for code-scanning dashboards (GitHub, Azure DevOps): the rules as the tool's
// reportingDescriptors, each problem a result with its file and region.
import { relative, sep } from 'node:path';
import type { Lang } from '../../i18n/lang.js';
import { RULES } from '../rules/index.js';
import type { FileOutcome } from './types.js';

const uri = (file: string) => relative(process.cwd(), file).split(sep).join('/').replace(/^(?!\.\.\/)/, '') || file;

export function formatSarif(outcomes: readonly FileOutcome[], lang: Lang, version: string): string {
  const rules = [
    ...RULES.map((r) => ({
      id: r.id,
      name: r.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: r.description[lang] },
      fullDescription: { text: r.docs[lang] },
      defaultConfiguration: { level: r.severity },
    })),
    {
      id: 'unreadable',
      name: 'Unreadable',
      shortDescription: { text: lang === 'zh-CN' ? '文件无法读取' : 'The file cannot be read' },
      fullDescription: { text: lang === 'zh-CN' ? '文件不存在、不是文本或不是有效的 DOCX。' : 'The file is missing, not text, or not a valid DOCX.' },
      defaultConfiguration: { level: 'error' as const },
    },
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const files = outcomes.map((o) => uri(o.file));
  const results = outcomes.flatMap((outcome, fileIndex) => {
    const location = (line: number, column: number, endColumn?: number) => [
      {
        physicalLocation: {
          artifactLocation: { uri: files[fileIndex]!, index: fileIndex },
          region: { startLine: Math.max(1, line), startColumn: Math.max(1, column), ...(endColumn && endColumn > column ? { endColumn } : {}) },
        },
      },
    ];
    if (outcome.failure) {
      return [{ ruleId: 'unreadable', ruleIndex: index.get('unreadable')!, level: 'error' as const, message: { text: outcome.failure }, locations: location(1, 1) }];
    }
    return (outcome.result?.messages ?? []).map((m) => ({
      ruleId: m.ruleId,
      ruleIndex: index.get(m.ruleId)!,
      level: m.severity,
      message: { text: m.plan ? `${m.plan}: ${m.message}` : m.message },
      locations: location(m.line, m.column, m.endColumn),
    }));
  });
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'salesplan', version, semanticVersion: version, rules } },
          artifacts: files.map((f) => ({ location: { uri: f } })),
          results,
          columnKind: 'utf16CodeUnits',
        },
      ],
    },
    null,
    2,
  );
}
