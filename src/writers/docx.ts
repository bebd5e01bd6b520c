// docx: the document tree as a Word document, laid out by the plan's docx: settings with the
// command line's DOCX flags over them, its charts native (or pictures with --charts image). The
// docx library is loaded only here.
import { chartMode } from '../charts/options.js';
import { mark } from '../io/timing.js';
import { docxSettingsFromFlags } from './docx-flags.js';
import type { RenderContext, RenderInput } from './types.js';

export async function render({ doc }: RenderInput, { lang, flags }: RenderContext): Promise<Uint8Array> {
  const { renderDocx } = await import('../render/docx/index.js');
  const { readReference } = await import('../render/docx/reference.js');
  mark('docx modules loaded');
  return renderDocx(doc, {
    settings: docxSettingsFromFlags(flags),
    ...(chartMode(flags, lang) === 'image' ? { charts: 'image' as const } : {}),
    ...(flags.referenceDocx ? { reference: readReference(flags.referenceDocx, lang) } : {}),
  });
}
