// One outline for every input format (textlint's idea): readers for Markdown, DOCX and plain text
// produce it, and the rules only ever see it.
import type { Lang } from '../i18n/lang.js';

export type Format = 'md' | 'docx' | 'txt';

export interface Block {
  kind: 'paragraph' | 'item' | 'table';
  /** 1-based line (Markdown, text) or paragraph number (DOCX). */
  line: number;
  text: string;
  /** Table rows as cell texts; `rowLines` gives each row's line. */
  rows?: string[][];
  rowLines?: number[];
}

export interface Heading {
  /** 1 for the outline's top sections, 2 for their sub-sections … (the title is 0). */
  level: number;
  title: string;
  line: number;
  column: number;
}

export interface Section {
  heading: Heading;
  /** Content directly under this heading, before its first sub-section. */
  blocks: Block[];
  children: Section[];
  /** Line of the last content of this section and its sub-sections. */
  endLine: number;
}

export interface PlanOutline {
  /** "篇一" when the file holds several plans; the title otherwise. */
  label?: string;
  title?: Heading;
  /** Blocks before the first section (preamble). */
  preamble: Block[];
  sections: Section[];
  /** First and last line of this plan in the file. */
  startLine: number;
  endLine: number;
}

export interface Outline {
  file: string;
  format: Format;
  lang: Lang;
  /** The source lines (for Markdown and text); DOCX has one "line" per paragraph. */
  lines: string[];
  plans: PlanOutline[];
  /** Markdown's inline disable comments: rules off per line (empty set = all rules). */
  disabled: Map<number, Set<string> | 'all'>;
}

/** Every section of a plan, depth first. */
export function allSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...allSections(s.children)]);
}

/** All blocks of a section and its sub-sections. */
export function allBlocks(section: Section): Block[] {
  return [...section.blocks, ...section.children.flatMap(allBlocks)];
}

