// The document model: one mdast tree per plan with the metadata the writers put on the cover
// and in the running header. Both writers (Markdown, DOCX) render this and nothing else; the
// typed node data below is how the tree marks its title, the cover's meta lines and sections.
import type { Heading, Paragraph, Root } from 'mdast';
import type { Lang } from '../i18n/lang.js';
import type { DocxSettings } from '../plan/schema.js';

export interface DocMeta {
  title: string;
  lang: Lang;
  kind: string;
  style: string;
  styleName: string;
  period: string;
  company?: string;
  department?: string;
  author?: string;
  approver?: string;
  /** Date of writing, YYYY-MM-DD. */
  date: string;
  unit: string;
  /** The plan's DOCX layout settings. */
  docx?: DocxSettings;
}

export interface PlanDocument {
  meta: DocMeta;
  tree: Root;
}

/** The document's title: the first heading of the tree (depth 1). */
export interface TitleData {
  role: 'title';
}

/** The block of "label: value" lines under the title, which DOCX sets on the cover. */
export interface MetaData {
  role: 'meta';
}

/** A numbered section's heading, carrying the id of the style's section it opens. */
export interface SectionData {
  sectionId: string;
}

export type TitleHeading = Heading & { data: TitleData };
export type MetaParagraph = Paragraph & { data: MetaData };
export type SectionHeading = Heading & { data: SectionData };

/** True for the paragraph of meta lines that goes on the cover. */
export function isMetaParagraph(node: { type: string; data?: unknown }): node is MetaParagraph {
  return node.type === 'paragraph' && (node.data as { role?: unknown } | undefined)?.role === 'meta';
}
