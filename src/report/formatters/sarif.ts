// SARIF 2.1.0, for code-scanning dashboards (GitHub, Azure DevOps): the rules as the tool's
// reportingDescriptors, each problem a result with its file and region.
import { relative, sep } from 'node:path';
import { say } from '../../i18n/localized.js';
import type { FileReport, RuleInfo } from '../diagnostic.js';
import { reportText } from '../messages.js';
import type { FormatContext } from './types.js';

const uri = (file: string) => relative(process.cwd(), file).split(sep).join('/') || file;
const pascal = (id: string) => id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());

export function formatSarif(reports: readonly FileReport[], { lang, version, rules: known = [] }: FormatContext): string {
  const described = new Map<string, RuleInfo>(known.map((r) => [r.id, r]));
  described.set('unreadable', { id: 'unreadable', description: say(lang, reportText.unreadable), docs: say(lang, reportText.unreadableDocs), severity: 'error' });
  // The rules listed are those given plus any code that appears, so every result has its rule.
  const ids = [...new Set([...known.map((r) => r.id), ...reports.flatMap((r) => r.diagnostics.map((d) => d.code))])];
  if (reports.some((r) => r.readable === false) && !ids.includes('unreadable')) ids.push('unreadable');
  const rules = ids.map((id) => {
    const info = described.get(id);
    return {
      id,
      name: pascal(id),
      ...(info ? { shortDescription: { text: info.description } } : {}),
      ...(info?.docs ? { fullDescription: { text: info.docs } } : {}),
      ...(info ? { defaultConfiguration: { level: info.severity } } : {}),
    };
  });
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const files = reports.map((r) => uri(r.file));
  const results = reports.flatMap((report, fileIndex) =>
    report.diagnostics.map((d) => {
      const ruleId = report.readable === false ? 'unreadable' : d.code;
      const line = Math.max(1, d.line ?? 1);
      const column = Math.max(1, d.column ?? 1);
      const endLine = d.endLine && d.endLine > line ? d.endLine : undefined;
      const endColumn = d.endColumn && (endLine || d.endColumn > column) ? d.endColumn : undefined;
      return {
        ruleId,
        ruleIndex: index.get(ruleId)!,
        level: d.severity,
        message: { text: d.group ? `${d.group}: ${d.message}` : d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: files[fileIndex]!, index: fileIndex },
              region: { startLine: line, startColumn: column, ...(endLine ? { endLine } : {}), ...(endColumn ? { endColumn } : {}) },
            },
          },
        ],
      };
    }),
  );
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
