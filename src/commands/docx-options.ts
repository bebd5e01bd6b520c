// The DOCX flags generate and convert share, turned into the plan's docx: settings they override,
// and the rendering itself (the docx library is loaded only here).
import type { PlanDocument } from '../document/build.js';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { numberFlag } from '../io/flag-values.js';
import type { DocxSettings } from '../plan/schema.js';
import { mark } from '../io/timing.js';

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

export async function renderDocxWithFlags(doc: PlanDocument, flags: DocxFlags, lang: Lang): Promise<Uint8Array> {
  const { renderDocx } = await import('../render/docx/index.js');
  const { readReference } = await import('../render/docx/reference.js');
  mark('docx modules loaded');
  return renderDocx(doc, {
    settings: docxSettingsFromFlags(flags, lang),
    ...(flags.referenceDocx ? { reference: readReference(flags.referenceDocx, lang) } : {}),
  });
}
