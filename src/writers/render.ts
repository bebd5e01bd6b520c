// Choosing a writer from a -f flag and rendering with it, for the commands.
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import { q } from '../i18n/t.js';
import { reportText } from '../report/messages.js';
import { WRITERS, writerIds, type WriterEntry, type WriterId } from './index.js';
import type { RenderContext, RenderInput } from './types.js';

/** The writer a -f flag names ("markdown" is accepted for md). */
export function writerFor(raw: string | undefined, lang: Lang): { id: WriterId } & WriterEntry {
  const id = (raw ?? 'md').toLowerCase().replace(/^markdown$/, 'md');
  if (!Object.hasOwn(WRITERS, id)) {
    throw new UserError(say(lang, reportText.unknownFormat, { format: q(lang, raw ?? ''), choices: writerIds().join(', ') }), ExitCode.usage);
  }
  return { id: id as WriterId, ...WRITERS[id as WriterId] };
}

/** The document in the named format, its writer's module loaded on first use. */
export async function renderAs(id: WriterId, input: RenderInput, context: RenderContext): Promise<string | Uint8Array> {
  return (await WRITERS[id].load()).render(input, context);
}
