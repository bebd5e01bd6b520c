// One cell of a CSV that salesplan writes for Excel. A cell that starts with = + - @ (or a tab or a
// carriage return) is a formula to Excel and LibreOffice: a customer called
// `=HYPERLINK("http://…","点击")` or `+cmd|' /C calc'!A0` in a CRM export would run as one when
// the tier list is opened. As OWASP recommends for CSV injection, such a cell is prefixed with a
// single quote, which makes it text; a plain number (-12.5) is left as it is.

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** The text of a cell, made inert: what Excel shows is the text itself. */
export function inertCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** A CSV field: made inert, then quoted when it holds a quote, a separator or a line break. */
export function csvCell(value: string): string {
  const text = inertCell(value);
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
