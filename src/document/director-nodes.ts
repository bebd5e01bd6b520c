// Small node builders shared by the pages a director reads first (summary, action list,
// approval): an unnumbered heading that marks its part, a "label: text" paragraph, a list.
import type { Heading, List, Paragraph, PhrasingContent } from 'mdast';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/localized.js';

/** Which of the director's parts a heading opens: writers and lint can tell them from sections. */
export interface DirectorData {
  role: 'summary' | 'actions' | 'approval';
}

export type DirectorHeading = Heading & { data: DirectorData };

export const plain = (value: string): PhrasingContent => ({ type: 'text', value });

export function partHeading(title: string, role: DirectorData['role']): DirectorHeading {
  return { type: 'heading', depth: 2, children: [plain(title)], data: { role } };
}

export function labelled(lang: Lang, label: string, text?: string): Paragraph {
  const colon = pick(lang, { 'zh-CN': '：', en: ': ' });
  // The colon stays outside the bold, as on the cover's meta lines: "**预算**：41万元".
  const children: PhrasingContent[] = [{ type: 'strong', children: [plain(label)] }];
  if (text !== undefined) children.push(plain(`${colon}${text}`));
  return { type: 'paragraph', children };
}

export function list(items: readonly string[], ordered = false): List {
  return {
    type: 'list', ordered, spread: false, ...(ordered ? { start: 1 } : {}),
    children: items.map((item) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [plain(item)] }] })),
  };
}

/** A sentence's end in the document's language, unless the text already ends one. */
export function sentence(lang: Lang, text: string): string {
  return /[。.!！?？]$/.test(text) ? text : `${text}${pick(lang, { 'zh-CN': '。', en: '.' })}`;
}
