// Reading figures in plan text and tables: 1,250.5万元, 44.2%, -8.3%, (占25%).

/** The number in a cell or phrase, ignoring thousands separators, units and a leading sign. */
export function parseFigure(text: string): { value: number; decimals: number } | undefined {
  const m = /[-+−]?\d[\d,]*(?:\.\d+)?/.exec(text.replace(/\*\*/g, ''));
  if (!m) return undefined;
  const raw = m[0].replace(/,/g, '').replace('−', '-');
  return { value: Number(raw), decimals: raw.includes('.') ? raw.split('.')[1]!.length : 0 };
}

/** A cell that holds a single figure (and perhaps a unit or %), nothing else. */
export function isFigureCell(text: string): boolean {
  return /^\s*\**[-+−]?\d[\d,]*(?:\.\d+)?\s*(?:%|％|万元|元|千元|亿元|家|人|个|次|天|小时|[A-Z]{3}|[£$€¥])?\**\s*$/.test(text.trim()) || /^\s*[£$€¥]\d[\d,]*(?:\.\d+)?\s*$/.test(text.trim());
}

export const TOTAL_ROW = /^\**\s*(合计|总计|全年合计|总额|共计|total|sum|grand total|year total)\s*\**$/i;

/** A subtotal row (第一季度小计, Q1 Subtotal): part of the rows' sum already, so never added again. */
export const SUBTOTAL_ROW = /^\**\s*\S{0,12}\s?(小计|sub-?total)\s*\**$/i;
