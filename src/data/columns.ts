// Finding the columns a command needs by their headers (in Chinese or English, as CRM systems and
// people name them), and reading cells as dates and numbers with a located message when one is
// not what it should be.
import type { Lang } from '../i18n/lang.js';
import { q } from '../i18n/t.js';
import { dec, type Decimal } from '../core/decimal.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { excerpt } from '../io/terminal-safe.js';
import { sourceLines } from '../report/codeframe.js';
import { columnLetter, delimiterNote, TableError, type Cell, type SheetTable, type TableRow } from './read-table.js';
import { dataText } from './messages.js';
import { pick, say, type Localized } from '../i18n/localized.js';

const LIST_SEP: Localized = { 'zh-CN': '、', en: ', ' };
const COLON: Localized = { 'zh-CN': '：', en: ': ' };
/** Which of a column's usual names to show: the Chinese ones to a Chinese reader. */
const CHINESE_NAMES: Localized<boolean> = { 'zh-CN': true, en: false };
const WITH_NAMES: Localized<(label: string, names: string) => string> = { 'zh-CN': (l, n) => `${l}（${n}）`, en: (l, n) => `${l} (${n})` };

/** Cell values quoted in messages: short and printable, whatever the file holds. */
function shortParams(params: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) out[key] = typeof value === 'string' ? excerpt(value, 40) : value;
  return out;
}

/** The headers of a file, as a short printable list: a file that is not a table (a system file given by mistake) is not quoted at length. */
function headerList(table: SheetTable, lang: Lang, sep: string): string {
  const shown = table.headers.slice(0, 12).map((h) => q(lang, excerpt(h, 30)));
  const more = table.headers.length > 12 ? `${sep}… (+${table.headers.length - 12})` : '';
  return shown.join(sep) + more;
}

/** A refusal of a CSV's layout says how it was split: a wrong separator shows as missing columns. */
function withDelimiter(table: SheetTable, lang: Lang, message: string): string {
  return table.delimiter ? `${message} ${delimiterNote(table.file, table.delimiter, lang)}` : message;
}

export interface ColumnSpec {
  /** Internal name, e.g. "last_purchase". */
  key: string;
  /** What the column is, for messages. */
  label: Record<Lang, string>;
  /** Header names that mean this column (compared without case, spaces, units in brackets). */
  names: readonly string[];
  required: boolean;
}

/** "近12个月销售额（万元）" → "近12个月销售额"; "Last Purchase Date" → "lastpurchasedate". */
function normaliseHeader(header: string): string {
  return header
    .replace(/[（(【[].*?[）)】\]]/g, '')
    .replace(/[\s_\-:：/]+/g, '')
    .toLowerCase();
}

/** Where each wanted column is: by a name given in the plan, else by a known name, else by a header that contains one. */
export function findColumns(
  table: SheetTable,
  specs: readonly ColumnSpec[],
  given: Partial<Record<string, string>>,
  lang: Lang,
): Record<string, number | undefined> {
  const headers = table.headers.map(normaliseHeader);
  const out: Record<string, number | undefined> = {};
  const used = new Set<number>();
  const missing: ColumnSpec[] = [];
  for (const spec of specs) {
    const wanted = given[spec.key];
    let index = -1;
    if (wanted) {
      index = headers.indexOf(normaliseHeader(wanted));
      if (index < 0) {
        throw new TableError(withDelimiter(table, lang, say(lang, dataText.namedColumnMissing, {
          file: table.file, column: q(lang, wanted), what: spec.label[lang], headers: headerList(table, lang, pick(lang, LIST_SEP)),
        })));
      }
    } else {
      const names = spec.names.map(normaliseHeader);
      index = headers.findIndex((h, i) => !used.has(i) && names.includes(h));
      if (index < 0) index = headers.findIndex((h, i) => !used.has(i) && h !== '' && names.some((n) => n.length >= 2 && h.includes(n)));
    }
    if (index >= 0) {
      used.add(index);
      out[spec.key] = index;
    } else {
      out[spec.key] = undefined;
      if (spec.required) missing.push(spec);
    }
  }
  if (missing.length) {
    const sep = pick(lang, LIST_SEP);
    throw new TableError(withDelimiter(table, lang, say(lang, dataText.columnsMissing, {
      file: table.file,
      line: table.headerLine,
      missing: missing.map((s) => {
        const names = s.names.filter((n) => /[\u4e00-\u9fff]/.test(n) === pick(lang, CHINESE_NAMES)).slice(0, 3).join(' / ');
        return pick(lang, WITH_NAMES)(s.label[lang], names);
      }).join(sep),
      // Not one column known: the file is likely not a table at all (a system file named by
      // mistake, or on purpose), so its first line is not repeated.
      headers: out && Object.values(out).some((i) => i !== undefined) ? headerList(table, lang, sep) : say(lang, dataText.headersHidden, { count: table.headers.length }),
    })));
  }
  return out;
}

/**
 * Collects located problems in cells; too many and the rest are counted, not listed. Errors and
 * warnings are counted apart: twenty duplicate names are warnings, and do not stop the run.
 */
export class CellProblems {
  readonly diagnostics: Diagnostic[] = [];
  private hiddenErrors = 0;
  private hiddenWarnings = 0;
  private shown = { error: 0, warning: 0 };

  constructor(
    private readonly table: SheetTable,
    private readonly lang: Lang,
    private readonly limit = 20,
  ) {}

  /** Where a cell is: "C7" in a spreadsheet; line and column in a CSV. */
  report(row: TableRow, column: number | undefined, text: Localized, params: Record<string, string | number> = {}, severity: 'error' | 'warning' = 'error'): void {
    this.push(row, column, say(this.lang, text, shortParams(params)), severity);
  }

  private push(row: TableRow, column: number | undefined, text: string, severity: 'error' | 'warning'): void {
    if (this.shown[severity] >= this.limit) {
      if (severity === 'error') this.hiddenErrors++;
      else this.hiddenWarnings++;
      return;
    }
    this.shown[severity]++;
    const header = column === undefined ? '' : excerpt(this.table.headers[column] ?? '', 30);
    const where = column === undefined
      ? ''
      : this.table.format === 'xlsx'
        ? say(this.lang, dataText.whereCell, { cell: `${columnLetter(column)}${row.line}`, header, sheet: excerpt(this.table.sheet ?? '', 30) })
        : say(this.lang, dataText.whereColumn, { letter: columnLetter(column), header });
    this.diagnostics.push({
      severity,
      code: 'bad-cell',
      message: where ? `${where}${pick(this.lang, COLON)}${text}` : text,
      file: this.table.file,
      line: row.line,
      ...this.span(row, column),
    });
  }

  /** Warnings beyond the limit, as one more warning that counts them. */
  get warnings(): Diagnostic[] {
    if (!this.hiddenWarnings) return this.diagnostics.filter((d) => d.severity === 'warning');
    return [
      ...this.diagnostics.filter((d) => d.severity === 'warning'),
      { severity: 'warning', code: 'more-warnings', message: say(this.lang, dataText.moreWarnings, { count: this.hiddenWarnings }).trim(), file: this.table.file },
    ];
  }

  /**
   * Where the cell's text sits on its CSV line, for the code frame's underline: found by its
   * value near where the cells before it end (the parser already split the line; this only
   * points at it). A spreadsheet has no text lines, so its column is the column index.
   */
  private span(row: TableRow, column: number | undefined): { column: number; endLine?: number; endColumn?: number } {
    if (column === undefined) return { column: 1 };
    const source = this.table.source;
    const value = row.cells[column];
    if (!source || typeof value !== 'string' || value === '') return { column: column + 1 };
    const line = sourceLines(source, row.line, row.line)[0] ?? '';
    const before = row.cells.slice(0, column).reduce<number>((n, c) => n + String(c ?? '').length + 1, 0);
    const at = line.indexOf(value, Math.max(0, before - 2));
    if (at < 0) return { column: column + 1 };
    return { column: at + 1, endLine: row.line, endColumn: at + value.length + 1 };
  }

  get errorCount(): number {
    return this.shown.error + this.hiddenErrors;
  }

  /** Throws when any cell was wrong, with every located problem. */
  throwIfAny(): void {
    if (this.errorCount === 0) return;
    const more = this.hiddenErrors ? say(this.lang, dataText.moreProblems, { count: this.hiddenErrors }) : '';
    throw new TableError(say(this.lang, dataText.badCells, { file: this.table.file, count: this.errorCount }) + more, this.diagnostics, this.table.source);
  }
}

const isBlank = (cell: Cell | undefined): boolean => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

export function text(cell: Cell | undefined): string | undefined {
  if (isBlank(cell)) return undefined;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Excel counts days from 1899-12-30; numbers in this range in a date column are such serials. */
function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const ms = Math.round(serial) * 86400000 + Date.UTC(1899, 11, 30);
  return new Date(ms).toISOString().slice(0, 10);
}

function validIso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date cell as YYYY-MM-DD; blank is undefined; anything else that is not a date is null. */
export function dateCell(cell: Cell | undefined, spreadsheet: boolean): string | undefined | null {
  if (isBlank(cell)) return undefined;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return spreadsheet ? excelSerialToIso(cell) ?? null : null;
  const s = String(cell).trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) return validIso(Number(m[1]), Number(m[2]), Number(m[3])) ?? null;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return validIso(Number(compact[1]), Number(compact[2]), Number(compact[3])) ?? null;
  return null;
}

/** A number cell; thousands separators and currency signs are allowed. Blank is undefined, junk is null. */
export function numberCell(cell: Cell | undefined): Decimal | undefined | null {
  if (isBlank(cell)) return undefined;
  if (typeof cell === 'number') return Number.isFinite(cell) ? dec(cell) : null;
  if (typeof cell !== 'string') return null;
  const s = cell.replace(/[\s,，¥￥$€£]/g, '').replace(/^(RMB|CNY|USD)/i, '').replace(/元$/, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  return dec(s);
}
