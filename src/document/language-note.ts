// A short note, once per document, when the plan's own text is in another language than the
// document: names, actions and notes are quoted as the user wrote them, and the reader of an
// English document from a Chinese plan should know why they read Chinese.
import type { Paragraph } from 'mdast';
import type { Lang } from '../i18n/lang.js';
import { pick, type Localized } from '../i18n/localized.js';
import type { Plan } from '../plan/schema.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Two words of two letters or more, and no Chinese: words in a Latin-script language. */
const LATIN_WORD = /[A-Za-z]{2,}/g;
// A global match runs in linear time, even on a 200,000-letter name (a pattern with nested
// repetition would not).
const isLatinProse = (t: string) => !CJK.test(t) && (t.match(LATIN_WORD)?.length ?? 0) >= 2;

// Keys whose values are codes or settings, not the user's words.
const NOT_TEXT = new Set([
  'salesplan', 'kind', 'style', 'period', 'lang', 'unit', 'currency', 'role', 'type', 'category', 'likelihood', 'impact',
  'id', 'split', 'month_style', 'file', 'columns', 'date', 'reviewed', 'approved', 'as_of', 'docx', 'charts', 'calendar',
  'document', 'customers', 'annual', 'incentives',
]);

function userTexts(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => userTexts(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (!NOT_TEXT.has(key)) userTexts(v, out);
  }
  return out;
}

/** True when some of the plan's text is written in the other language. */
export function hasOtherLanguageText(plan: Plan, lang: Lang): boolean {
  const texts = userTexts(plan, []);
  const foreign: Localized<(t: string) => boolean> = {
    'zh-CN': isLatinProse,
    en: (t) => CJK.test(t),
  };
  return texts.some(pick(lang, foreign));
}

const NOTE: Localized = {
  'zh-CN': '注：计划文件中的部分名称和说明为外文，本文按原文引用。',
  en: 'Note: names, actions and notes from the plan file are quoted as written, in Chinese.',
};

export function languageNote(plan: Plan, lang: Lang): Paragraph | undefined {
  if (!hasOtherLanguageText(plan, lang)) return undefined;
  return { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: pick(lang, NOTE) }] }] };
}
