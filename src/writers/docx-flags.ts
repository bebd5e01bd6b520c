// The DOCX flags of generate, review and convert, turned into the plan's docx: settings they
// override.
import type { DocxSettings } from '../plan/schema.js';

export interface DocxFlags {
  referenceDocx?: string;
  bodyFont?: string;
  headingFont?: string;
  latinFont?: string;
  fontSize?: string;
  lineSpacing?: string;
  /** --no-cover */
  cover?: boolean;
  /** --no-toc */
  toc?: boolean;
}

export function docxSettingsFromFlags(flags: DocxFlags): DocxSettings {
  const settings: DocxSettings = {};
  if (flags.bodyFont) settings.body_font = flags.bodyFont;
  if (flags.headingFont) settings.heading_font = flags.headingFont;
  if (flags.latinFont) settings.latin_font = flags.latinFont;
  if (flags.fontSize !== undefined && Number.isFinite(Number(flags.fontSize))) settings.font_size = Math.min(20, Math.max(8, Number(flags.fontSize)));
  if (flags.lineSpacing !== undefined && Number.isFinite(Number(flags.lineSpacing))) settings.line_spacing = Math.min(3, Math.max(1, Number(flags.lineSpacing)));
  if (flags.cover === false) settings.cover = false;
  if (flags.toc === false) settings.toc = false;
  return settings;
}
