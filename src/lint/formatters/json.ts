// Machine-readable results: every file with its plans (style detected or given) and messages.
import type { FileOutcome } from './types.js';

export function formatJson(outcomes: readonly FileOutcome[]): string {
  return JSON.stringify(
    {
      version: 1,
      files: outcomes.map(({ file, result, failure }) =>
        failure
          ? { file, readable: false, error: failure, errorCount: 1, warningCount: 0, plans: [], messages: [] }
          : {
              file,
              readable: true,
              format: result!.format,
              errorCount: result!.errorCount,
              warningCount: result!.warningCount,
              fixed: result!.fixed,
              plans: result!.plans,
              messages: result!.messages.map(({ fix: _fix, ...m }) => m),
            },
      ),
    },
    null,
    2,
  );
}
