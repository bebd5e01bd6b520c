// Files a plan refers to: the CRM customer list of `customers.file`, tiered by RFM. Problems in
// that file are reported against it (row and column), and the plan gets one error at the key that
// names it, so the plan does not validate until the list is fixed.
import { dirname, isAbsolute, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { Diagnostic, FileReport } from '../report/diagnostic.js';
import type { RfmResult } from '../data/rfm.js';
import type { LoadedPlan } from './load.js';
import { monthsOf, parsePeriod } from './period.js';
import { checkText } from './checks/messages.js';
import { say } from '../i18n/localized.js';

export interface External {
  /** Problems reported in the plan file itself. */
  diagnostics: Diagnostic[];
  /** Problems reported in the other files. */
  reports: FileReport[];
  rfm?: RfmResult;
}

/** The day before the period starts: what a CRM export at the start of the period is as of. */
export function defaultAsOf(period: string | number): string | undefined {
  const parsed = parsePeriod(period);
  if (typeof parsed !== 'object') return undefined;
  const first = monthsOf(parsed)[0]!;
  const day = new Date(Date.UTC(first.year, first.month - 1, 1) - 86400000);
  return day.toISOString().slice(0, 10);
}

export async function loadExternal(loaded: LoadedPlan): Promise<External> {
  const out: External = { diagnostics: [], reports: [] };
  const config = loaded.plan?.customers;
  if (!loaded.plan || !config) return out;
  const asOf = config.as_of ?? defaultAsOf(loaded.plan.period);
  if (!asOf) return out; // the period check reports the period
  const file = isAbsolute(config.file) ? config.file : resolve(dirname(loaded.file), config.file);
  const report = (detail: string) =>
    out.diagnostics.push({
      severity: 'error', code: 'customers-file', file: loaded.file, path: ['customers', 'file'],
      message: say(loaded.lang, checkText.customersFile, { file: config.file, detail }), ...loaded.at(['customers', 'file']),
    });
  try {
    // Loaded here, not at start-up: only plans with a customer list pay for the CSV/xlsx readers.
    const { tierFile } = await import('../data/customers.js');
    const { result, warnings, table } = await tierFile(file, config, asOf, loaded.lang);
    out.rfm = result;
    if (warnings.length) out.reports.push({ file, ...(table.source ? { source: table.source } : {}), diagnostics: warnings });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const { TableError } = await import('../data/read-table.js');
    if (error instanceof TableError && error.diagnostics.length) {
      out.reports.push({ file, ...(error.source ? { source: error.source } : {}), diagnostics: error.diagnostics });
      report(say(loaded.lang, checkText.customersFileCells, { count: error.diagnostics.filter((d) => d.severity === 'error').length }));
    } else report(error.message);
  }
  return out;
}
