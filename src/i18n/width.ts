// Display width of text in a terminal or a monospaced editor: East-Asian wide characters count
// two columns. Used to line up carets under Chinese text and the pipes of Markdown tables.
import { eastAsianWidth } from 'get-east-asian-width';

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    // Control and combining characters take no column.
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0x300 && code <= 0x36f) || code === 0x200b) continue;
    width += eastAsianWidth(code);
  }
  return width;
}
