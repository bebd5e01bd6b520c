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

/** Chinese characters (not punctuation), between which and Latin letters or digits readers add space. */
const HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/u;
const LATIN = /[A-Za-z0-9%£$€]/;
/** The space readers put between Chinese and Latin text (autoSpaceDE/DN), in ems: a fifth, as LibreOffice draws it. */
const AUTO_SPACE = 0.2;

/** The space between two characters from Chinese to Latin or back, in ems. */
export function autoSpace(before: string | undefined, after: string | undefined): number {
  if (!before || !after) return 0;
  return (HAN.test(before) && LATIN.test(after)) || (LATIN.test(before) && HAN.test(after)) ? AUTO_SPACE : 0;
}

function table(font: FontToMeasure): readonly number[] {
  const family = /times|serif|roman|cambria|georgia/i.test(font.name) ? 'Times New Roman' : 'Arial';
  return LATIN_WIDTHS[font.bold ? `${family} Bold` : family]!;
}

/** Dashes, quotes and ellipses take the script of the text before them: full width after Chinese. */
const WEAK = /[\u00B7\u2014\u2018\u2019\u201C\u201D\u2026]/u;

/** Width of text in points, with the space between Chinese and Latin runs; `before` is the character before it. */
export function measureWidth(text: string, font: FontToMeasure, before?: string): number {
  const widths = table(font);
  let thousandths = 0;
  let previous = before;
  let asian = before !== undefined && FULL_WIDTH.test(before);
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    thousandths += autoSpace(previous, ch) * 1000;
    previous = ch;
    if (WEAK.test(ch)) {
      thousandths += asian ? 1000 : 556;
      continue;
    }
    asian = FULL_WIDTH.test(ch) || (asian && /\s/.test(ch));
    if (code >= 32 && code < 127) thousandths += widths[code - 32]!;
    else if (FULL_WIDTH.test(ch)) thousandths += 1000;
    else thousandths += 556; // other Latin letters: about an average letter
  }
  return (thousandths / 1000) * font.size;
}
