// Numbered headings as people type them when they do not use heading styles: 一、 （一） 1. 1、
// 第一节 第一条 (and their traditional and full-width forms). The DOCX and text readers use them.

const CN_NUMERAL = '[一二三四五六七八九十百零〇两壹贰叁肆伍陆柒捌玖拾]+';

/** Level of a numbered heading line, or undefined when it does not look like one. */
export function numberedLevel(line: string): number | undefined {
  const text = line.trim();
  if (!text || text.length > 60) return undefined;
  if (new RegExp(`^第${CN_NUMERAL}[章部篇]`).test(text)) return 1;
  if (new RegExp(`^第${CN_NUMERAL}[节部分]`).test(text)) return 1;
  if (new RegExp(`^${CN_NUMERAL}[、．.]\\s*\\S`).test(text)) return 1;
  if (new RegExp(`^[（(]${CN_NUMERAL}[)）]\\s*\\S`).test(text)) return 2;
  if (new RegExp(`^第${CN_NUMERAL}条`).test(text)) return 2;
  if (/^\d{1,2}\.\d{1,2}\.?\s+\S/.test(text)) return 2;
  // "1. 竞争分析" is a heading; "1. 完成500万元，占比40%" is a list item.
  if (/^\d{1,2}[、．.]\s*\S/.test(text) && !/^\d{1,2}[.．]\d/.test(text)) {
    const rest = text.replace(/^\d{1,2}[、．.]\s*/, '');
    return rest.length <= 20 && !/[\d０-９]|[，。；,;：:%％]/.test(rest) ? 3 : undefined;
  }
  // "（1）跟进重点客户；" and "（1）华东 200万元" are list items: a heading neither ends a sentence
  // nor carries a figure.
  if (/^[（(]\d{1,2}[)）]\s*\S/.test(text) && !/[；;。]$/.test(text) && !/[\d０-９]/.test(text.replace(/^[（(]\d{1,2}[)）]/, ''))) return 4;
  return undefined;
}

/** A line that starts another plan in a file of several (篇一：, 第二篇). */
export const PLAN_BOUNDARY = new RegExp(`^\\s*(?:篇${CN_NUMERAL}|第${CN_NUMERAL}篇)\\s*[:：]?`);

/** The label of a plan boundary line ("篇一"). */
export function boundaryLabel(line: string): string | undefined {
  return PLAN_BOUNDARY.exec(line)?.[0].replace(/[:：\s]/g, '');
}

const NUMBER_PREFIX = new RegExp(`^(?:第${CN_NUMERAL}[章节条篇部分]+|${CN_NUMERAL}[、．.]|[（(]${CN_NUMERAL}[)）]|[（(]\\d+[)）]|\\d+(?:\\.\\d+)*[、．.]?)\\s*`);

/** A heading's title without its number: "（一）总体目标" → "总体目标". */
export function stripNumbering(title: string): string {
  return title.trim().replace(NUMBER_PREFIX, '').trim();
}
