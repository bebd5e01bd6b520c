// Reading a spreadsheet a manager exported (a CRM customer list, last month's actuals) into rows
// of cells with their row numbers: CSV in UTF-8, UTF-8 with BOM, UTF-16 (Excel's "Unicode text")
// or GBK (what Excel in China saves), parsed by csv-parse; .xlsx by read-excel-file, after a
// zip check with our limits so a zip bomb is refused before the library inflates it.
import { extname } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import { readInputBytes } from '../io/files.js';
import { excerpt } from '../io/terminal-safe.js';
import { isOleContainer, isZip, readZipParts, xmlText, ZipError } from '../io/zip.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { dataText } from './messages.js';

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
  /** The one separator of a CSV, found in its header. */
  delimiter?: string;
  /** Said once before anything else about the file: the separator, when it is not the comma. */
  note?: string;
  /** Doubts about the whole file (an encoding that may be wrong), reported as warnings. */
  warnings: Diagnostic[];
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

/** Column letters as spreadsheets show them, of a 0-based column index: 0 → A, 26 → AA. */
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
function decodeCsv(bytes: Uint8Array, file: string, lang: Lang): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  if (bytes.subarray(0, 8192).includes(0)) throw new TableError(say(lang, dataText.binary, { file }));
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'GBK' };
    } catch {
      throw new TableError(say(lang, dataText.unknownEncoding, { file }));
    }
  }
}

/** The separators a CSV export uses; one of them per file. */
const DELIMITERS = [',', ';', '\t', '，', '|'] as const;
const DELIMITER_NAMES = {
  ',': dataText.delimiterComma, ';': dataText.delimiterSemicolon, '\t': dataText.delimiterTab, '，': dataText.delimiterFullwidthComma, '|': dataText.delimiterPipe,
} as const;

/**
 * The separator of a CSV, decided once from its header row (the first line with text): the
 * candidate found most often outside quotes there, the comma on a tie or when there is none. A
 * "，" or ";" inside a customer's name further down is then just part of the name.
 */
export function detectDelimiter(text: string): (typeof DELIMITERS)[number] {
  const counts = new Map<string, number>();
  let quoted = false;
  let seenText = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (seenText) break;
    } else if (!quoted && (DELIMITERS as readonly string[]).includes(ch)) {
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
      seenText = true;
    } else if (ch.trim() !== '') seenText = true;
  }
  let best: (typeof DELIMITERS)[number] = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** What the separator is, in words: said when it is not the comma, and in every refusal of the file's layout. */
export function delimiterNote(file: string, delimiter: string, lang: Lang): string {
  const name = DELIMITER_NAMES[delimiter as keyof typeof DELIMITER_NAMES] ?? dataText.delimiterComma;
  return say(lang, dataText.delimiter, { file, name: say(lang, name), mark: delimiter === '\t' ? '\\t' : delimiter });
}

const isCjk = (cp: number): boolean => (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x3400 && cp <= 0x4dbf);

/**
 * GBK bytes can happen to be valid UTF-8: they then decode without error to Latin, Greek or
 * Cyrillic letters where Chinese was meant. When most of the non-ASCII text is such letters and
 * the same bytes read as GBK are Chinese, a sample of what was read is returned for a warning.
 */
function mojibakeSample(bytes: Uint8Array, text: string): string | undefined {
  let nonAscii = 0;
  let twoByte = 0;
  let sample = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80 || cp === 0xfeff) continue;
    nonAscii++;
    if (cp < 0x800) {
      twoByte++;
      if (sample.length < 12) sample += ch;
    }
  }
  if (nonAscii < 2 || twoByte / nonAscii < 0.5) return undefined;
  let gbk: string;
  try {
    gbk = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  let cjk = 0;
  let other = 0;
  for (const ch of gbk) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    if (isCjk(cp)) cjk++;
    else other++;
  }
  return cjk > 0 && cjk >= other * 4 ? sample : undefined;
}

async function parseCsv(text: string, file: string, lang: Lang, delimiter: string): Promise<{ headers: string[]; headerLine: number; rows: TableRow[] }> {
  const { parse } = await import('csv-parse/sync');
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = (parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown) as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const detail = `${excerpt((error as Error).message, 160)} ${delimiterNote(file, delimiter, lang)}`;
    throw new TableError(say(lang, dataText.csvSyntax, { file, detail }), [
      { severity: 'error', code: 'csv-syntax', message: say(lang, dataText.csvSyntaxShort), file, line: line ?? 1, column: 1 },
    ], text);
  }
  const nonEmpty = records.filter((r) => r.record.some((c) => c !== ''));
  const [head, ...body] = nonEmpty;
  if (!head) throw new TableError(say(lang, dataText.empty, { file }));
  return {
    headers: head.record,
    headerLine: head.info.lines,
    rows: body.map((r) => ({ line: r.info.lines, cells: r.record })),
  };
}

/** More cells than this in a sheet's extent is refused: the library builds the whole grid. */
const MAX_SHEET_CELLS = 2_000_000;

/** 'A' → 1, 'XFD' → 16384. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * How far a worksheet's XML reaches, from its declared dimension and from every cell and row
 * reference in it, read before the library is let near it: one cell at XFD1048576 in a 1.5 KB file
 * would make it build a grid of 17 billion cells.
 */
export function sheetExtent(xml: string): { rows: number; columns: number; ref: string } {
  let rows = 0;
  let columns = 0;
  const see = (col: string, row: string): void => {
    rows = Math.max(rows, Number(row));
    columns = Math.max(columns, columnNumber(col));
  };
  const dimension = /<(?:\w+:)?dimension\b[^>]*?\bref="([^"]*)"/.exec(xml);
  if (dimension) {
    for (const part of dimension[1]!.split(':')) {
      const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(part.trim().toUpperCase());
      if (m) see(m[1]!, m[2]!);
    }
  }
  for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*?\br="\$?([A-Z]{1,3})\$?(\d{1,7})"/g)) see(m[1]!, m[2]!);
  for (const m of xml.matchAll(/<(?:\w+:)?row\b[^>]*?\br="(\d{1,7})"/g)) {
    const r = Number(m[1]);
    if (r > rows) rows = r;
  }
  columns = Math.max(columns, 1);
  return { rows, columns, ref: `A1:${columnLetter(columns - 1)}${Math.max(rows, 1)}` };
}

/** The names of the sheets by their part, for the message. */
function sheetNames(parts: Record<string, Uint8Array>): Map<string, string> {
  const names = new Map<string, string>();
  const workbook = parts['xl/workbook.xml'];
  const rels = parts['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) return names;
  const targets = new Map<string, string>();
  for (const m of xmlText(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  for (const m of xmlText(workbook).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name && target) names.set(target, name);
  }
  return names;
}

function checkSheetExtents(parts: Record<string, Uint8Array>, file: string, lang: Lang): void {
  const names = sheetNames(parts);
  for (const [name, data] of Object.entries(parts)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const { rows, columns, ref } = sheetExtent(xmlText(data));
    if (rows * columns > MAX_SHEET_CELLS) {
      throw new TableError(say(lang, dataText.sheetTooBig, {
        file, sheet: excerpt(names.get(name) ?? name.replace(/^xl\/worksheets\//, ''), 40), ref: excerpt(ref, 30),
        rows: rows.toLocaleString('en-US'), columns: columns.toLocaleString('en-US'), max: MAX_SHEET_CELLS.toLocaleString('en-US'),
      }));
    }
  }
}

async function parseXlsx(bytes: Buffer, file: string, lang: Lang): Promise<{ headers: string[]; headerLine: number; rows: TableRow[]; sheet: string }> {
  try {
    // Inflate once under our limits: a bomb or a broken package is refused here, not in the
    // library; then the sheets' extents are checked before the library builds their grids.
    checkSheetExtents(readZipParts(bytes, () => true), file, lang);
  } catch (error) {
    if (error instanceof ZipError) {
      const text = error.reason !== 'not-zip' ? dataText.xlsxTooLarge : isOleContainer(bytes) ? dataText.ole : dataText.notXlsx;
      throw new TableError(say(lang, text, { file }));
    }
    throw error;
  }
  const { default: readXlsxFile } = await import('read-excel-file/node');
  let sheets: Array<{ sheet: string; data: unknown[][] }>;
  try {
    sheets = (await readXlsxFile(bytes)) as unknown as Array<{ sheet: string; data: unknown[][] }>;
  } catch {
    throw new TableError(say(lang, dataText.notXlsx, { file }));
  }
  // The first sheet with anything in it.
  const sheet = sheets.find((s) => s.data.some((row) => row.some((c) => c !== null && c !== '')));
  if (!sheet) throw new TableError(say(lang, dataText.empty, { file }));
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
  if (bytes.length === 0) throw new TableError(say(lang, dataText.empty, { file }));
  const ext = extname(file).toLowerCase();
  if (ext === '.xls' || isOleContainer(bytes)) throw new TableError(say(lang, dataText.ole, { file }));
  if (NOT_TABLES.has(ext)) throw new TableError(say(lang, dataText.notATable, { file }));
  if (ext === '.xlsx' || ext === '.xlsm' || isZip(bytes)) {
    const sheet = await parseXlsx(bytes, file, lang);
    return { file, format: 'xlsx', warnings: [], ...sheet };
  }
  const { text, encoding } = decodeCsv(bytes, file, lang);
  const delimiter = detectDelimiter(text);
  const parsed = await parseCsv(text, file, lang, delimiter);
  const warnings: Diagnostic[] = [];
  const sample = encoding === 'UTF-8' ? mojibakeSample(bytes, text) : undefined;
  if (sample !== undefined) {
    warnings.push({ severity: 'warning', code: 'encoding', message: say(lang, dataText.mojibake, { sample: `“${excerpt(sample, 12)}”` }), file, line: 1, column: 1 });
  }
  return {
    file, format: 'csv', source: text, encoding, delimiter, warnings, ...parsed,
    ...(delimiter !== ',' ? { note: delimiterNote(file, delimiter, lang) } : {}),
  };
}
