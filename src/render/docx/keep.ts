// Which paragraphs keep with what follows them, decided once for the writer (blocks.ts) and the
// page estimate (pagination.ts): a paragraph that introduces a table or a list ("如下：", "Three
// checks are made:") never stays at a page bottom without it, and a short label ending in a
// colon ("竞争对手方面：", "What went well:") is a bold lead-in of the list after it.
import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

const COLON = /[：:]\s*$/u;
/** A label, not a sentence: short, one line, ending in a colon, no other punctuation ("…如下：" is a sentence). */
const LABEL_CHARS = 16;
const SENTENCE = /[，、；。,;]|如下|as follows|below/iu;

/** The paragraph introduces the block after it. */
export function leadsIn(node: Paragraph, next: RootContent | undefined): boolean {
  return next?.type === 'table' || next?.type === 'list' || COLON.test(toString(node));
}

/** A run-in label: a short paragraph ending in a colon, followed by a list. */
export function isRunInLabel(node: Paragraph, next: RootContent | undefined): boolean {
  const text = toString(node).trim();
  return COLON.test(text) && [...text].length <= LABEL_CHARS && !text.includes('\n') && !SENTENCE.test(text) && next?.type === 'list';
}

/**
 * The closing paragraph ("以上计划经…审定后执行") stays whole and with what comes before it, so
 * the last page never holds one or two lines of it alone.
 */
export interface Closing {
  whole?: RootContent;
  /** The block before it, which keeps with it: a paragraph, or a list's last item. */
  before?: RootContent;
}

export function closingOf(body: readonly RootContent[]): Closing {
  const last = body[body.length - 1];
  if (last?.type !== 'paragraph') return {};
  const before = body[body.length - 2];
  return { whole: last, ...(before && (before.type === 'paragraph' || before.type === 'list') ? { before } : {}) };
}
