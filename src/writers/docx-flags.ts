// The DOCX flags of generate, review and convert, turned into the plan's docx: settings they
// override.
import { resolveLang, type Lang } from '../i18n/lang.js';
import { numberFlag } from '../io/flag-values.js';
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

export function docxSettingsFromFlags(flags: DocxFlags, lang: Lang = resolveLang()): DocxSettings {
  const settings: DocxSettings = {};
  if (flags.bodyFont) settings.body_font = flags.bodyFont;
  if (flags.headingFont) settings.heading_font = flags.headingFont;
  if (flags.latinFont) settings.latin_font = flags.latinFont;
  if (flags.fontSize !== undefined) settings.font_size = numberFlag('--font-size', flags.fontSize, { min: 8, max: 20, example: '12' }, lang);
  if (flags.lineSpacing !== undefined) settings.line_spacing = numberFlag('--line-spacing', flags.lineSpacing, { min: 1, max: 3, example: '1.5' }, lang);
  if (flags.cover === false) settings.cover = false;
  if (flags.toc === false) settings.toc = false;
  return settings;
}
