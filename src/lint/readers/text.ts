// Plain text to the outline: headings are numbered lines (一、 （一） 1. 1、 第一节), list items
// start with a bullet, a line 篇一： starts another plan; everything else is a paragraph.
import { detectLang } from '../../document/from-markdown.js';
import { buildPlans, type Item } from '../build-outline.js';
import { boundaryLabel, numberedLevel, PLAN_BOUNDARY } from '../headings.js';
import type { Format, Outline } from '../outline.js';

const BULLET = /^\s*(?:[-*•·●○▪■◆]|\d+[)）])\s+/;

function readLines(lines: readonly string[], file: string, format: Format = 'txt'): Outline {
  const items: Item[] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (!text) return;
    if (PLAN_BOUNDARY.test(text) && text.length < 40) {
      const rest = text.replace(PLAN_BOUNDARY, '').trim();
      items.push({ type: 'boundary', label: boundaryLabel(text)!, line, ...(rest ? { title: rest } : {}) });
      return;
    }
    const level = numberedLevel(text);
    if (level) {
      items.push({ type: 'heading', level, title: text, line, column: raw.indexOf(text.charAt(0)) + 1 });
      return;
    }
    if (BULLET.test(raw)) items.push({ type: 'block', kind: 'item', line, text: raw.replace(BULLET, '').trim() });
    else items.push({ type: 'block', kind: 'paragraph', line, text });
  });
  return { file, format, lang: detectLang(lines.join('\n')), lines: [...lines], plans: buildPlans(items), disabled: new Map() };
}

export function readText(source: string, file: string): Outline {
  return readLines(source.split(/\r?\n/), file);
}
