// A section's content as the lines a reader sees: a Markdown paragraph of several lines is
// several entries, each with its own line; an entry starting with a list marker of any form
// people type (1. 1、 1) （1） ① 一、 (a) • -) counts as a list item even when the reader saw a
// paragraph (plain text, DOCX without list styles, "1、" in Markdown).
import type { Block } from './outline.js';

export interface Entry {
  line: number;
  /** The text, without its list marker. */
  text: string;
  kind: 'paragraph' | 'item';
  /** The list marker it started with, if any. */
  marker?: string;
}

const LIST_MARKER = /^\s*(?:\d{1,2}[.、．)）](?!\d)|[（(]\d{1,2}[)）]|[（(]?[一二三四五六七八九十]{1,3}[)）、．]|[①-⑳]|[（(]?[a-zA-Z][.)）](?=\s)|[-*•·●○▪■◆►✓√]|第[一二三四五六七八九十\d]+[条项点])\s*/;

/** The non-table blocks as entries, in order. */
export function entriesOf(blocks: readonly Block[]): Entry[] {
  const out: Entry[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') continue;
    block.text.split('\n').forEach((raw, i) => {
      if (!raw.trim()) return;
      const marker = LIST_MARKER.exec(raw)?.[0];
      const entry: Entry = { line: block.line + i, text: marker ? raw.slice(marker.length).trim() : raw.trim(), kind: block.kind === 'item' || marker ? 'item' : 'paragraph' };
      if (marker) entry.marker = marker.trim();
      out.push(entry);
    });
  }
  return out;
}
