// Reading a spreadsheet a manager exported (a CRM customer list, last month's actuals) into rows
// of cells with their row numbers: CSV in UTF-8, UTF-8 with BOM, UTF-16 (Excel's "Unicode text")
// or GBK (what Excel in China saves), parsed by csv-parse; .xlsx by read-excel-file, after a
// zip check with our limits so a zip bomb is refused before the library inflates it.
import { extname } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/t.js';
import { readInputBytes } from '../io/files.js';
import { isOleContainer, isZip, readZipParts, ZipError } from '../io/zip.js';
import type { Diagnostic } from '../report/diagnostic.js';

export type Cell = string | number | boolean | Date | null;

export interface TableRow {
  /** Line (CSV) or row (spreadsheet) number, 1-based, as the user's program shows it. */
  line: number;
  cells: Cell[];
}

export interface SheetTable {
  file: string;
  format: 'csv' | 'xlsx';
  /** The decoded CSV text, for code frames. */
  source?: string;
  /** The name of the sheet read, for spreadsheets. */
  sheet?: string;
  encoding?: string;
  headerLine: number;
  headers: string[];
  rows: TableRow[];
}

/** A problem in a table: a located diagnostic, or a refusal of the whole file. */
export class TableError extends UserError {
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[] = [],
    readonly source?: string,
  ) {
    super(message, diagnostics.length ? ExitCode.problems : ExitCode.usage);
  }
}

/** Files people pick by mistake: a plan, a document. Anything else is read as CSV. */
const NOT_TABLES = new Set(['.yaml', '.yml', '.json', '.md', '.markdown', '.docx', '.doc', '.pdf', '.pptx', '.txt.docx']);

/** Column letters as spreadsheets show them: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Decodes CSV bytes: a BOM decides; else UTF-8 if it is valid UTF-8; else GB18030 (a superset of GBK). */
export function decodeCsv(bytes: Uint8Array, file: string, lang: Lang): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  if (bytes.subarray(0, 8192).includes(0)) throw new TableError(t(lang, 'table.binary', { file }));
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'GBK' };
    } catch {
      throw new TableError(t(lang, 'table.unknownEncoding', { file }));
    }
  }
}

async function parseCsv(text: string, file: string, lang: Lang): Promise<{ headers: string[]; headerLine: number; rows: TableRow[] }> {
  const { parse } = await import('csv-parse/sync');
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = (parse(text, {
      delimiter: [',', ';', '\t', '，'],
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown) as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const detail = (error as Error).message;
    throw new TableError(t(lang, 'table.csvSyntax', { file, detail }), [
      { severity: 'error', code: 'csv-syntax', message: t(lang, 'table.csvSyntaxShort'), file, line: line ?? 1, column: 1 },
    ], text);
  }
  const nonEmpty = records.filter((r) => r.record.some((c) => c !== ''));
  const [head, ...body] = nonEmpty;
  if (!head) throw new TableError(t(lang, 'table.empty', { file }));
  return {
    headers: head.record,
    headerLine: head.info.lines,
    rows: body.map((r) => ({ line: r.info.lines, cells: r.record })),
  };
}

async function parseXlsx(bytes: Buffer, file: string, lang: Lang): Promise<{ headers: string[]; headerLine: number; rows: TableRow[]; sheet: string }> {
  try {
    // Inflate once under our limits: a bomb or a broken package is refused here, not in the library.
    readZipParts(bytes, () => true);
  } catch (error) {
    if (error instanceof ZipError) {
      const id = error.reason !== 'not-zip' ? 'table.xlsxTooLarge' : isOleContainer(bytes) ? 'table.ole' : 'table.notXlsx';
      throw new TableError(t(lang, id, { file }));
    }
    throw error;
  }
  const { default: readXlsxFile } = await import('read-excel-file/node');
  let sheets: Array<{ sheet: string; data: unknown[][] }>;
  try {
    sheets = (await readXlsxFile(bytes)) as unknown as Array<{ sheet: string; data: unknown[][] }>;
  } catch {
    throw new TableError(t(lang, 'table.notXlsx', { file }));
  }
  // The first sheet with anything in it.
  const sheet = sheets.find((s) => s.data.some((row) => row.some((c) => c !== null && c !== '')));
  if (!sheet) throw new TableError(t(lang, 'table.empty', { file }));
  const rows = sheet.data.map((row, i) => ({ line: i + 1, cells: row.map(toCell) }));
  const filled = rows.filter((r) => r.cells.some((c) => c !== null && c !== ''));
  const [head, ...body] = filled;
  return {
    headers: head!.cells.map((c) => (c === null ? '' : String(c instanceof Date ? c.toISOString().slice(0, 10) : c).trim())),
    headerLine: head!.line,
    rows: body,
    sheet: sheet.sheet,
  };
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return String(value);
}

/** Reads a CSV or .xlsx file into headers and rows. */
export async function readTable(file: string, lang: Lang): Promise<SheetTable> {
  const bytes = readInputBytes(file, lang);
  if (bytes.length === 0) throw new TableError(t(lang, 'table.empty', { file }));
  const ext = extname(file).toLowerCase();
  if (ext === '.xls' || isOleContainer(bytes)) throw new TableError(t(lang, 'table.ole', { file }));
  if (NOT_TABLES.has(ext)) throw new TableError(t(lang, 'table.notATable', { file }));
  if (ext === '.xlsx' || ext === '.xlsm' || isZip(bytes)) {
    const sheet = await parseXlsx(bytes, file, lang);
    return { file, format: 'xlsx', ...sheet };
  }
  const { text, encoding } = decodeCsv(bytes, file, lang);
  const parsed = await parseCsv(text, file, lang);
  return { file, format: 'csv', source: text, encoding, ...parsed };
}
