// Text widths for estimating where lines wrap (pagination.ts). Chinese characters and full-width
// punctuation are one em; ASCII uses the real widths of Arial or Times New Roman (latin-widths.ts),
// the fonts every reader has or substitutes with metric-compatible ones.
import { LATIN_WIDTHS } from './latin-widths.js';

export interface FontToMeasure {
  name: string;
  size: number;
  bold: boolean;
}

const FULL_WIDTH = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

function table(font: FontToMeasure): readonly number[] {
  const family = /times|serif|roman|cambria|georgia/i.test(font.name) ? 'Times New Roman' : 'Arial';
  return LATIN_WIDTHS[font.bold ? `${family} Bold` : family]!;
}

/** Width of text in points. */
export function measureWidth(text: string, font: FontToMeasure): number {
  const widths = table(font);
  let thousandths = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 32 && code < 127) thousandths += widths[code - 32]!;
    else if (FULL_WIDTH.test(ch)) thousandths += 1000;
    else thousandths += 556; // other Latin letters: about an average letter
  }
  return (thousandths / 1000) * font.size;
}
