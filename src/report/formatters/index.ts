// The table of report formats every command that reports problems offers (lint, validate,
// generate, review, tiers): its id, the stream it is written to, and its module, imported only
// when asked for. The CLI's choices and help read formatterIds(); a new format is a module and a
// row here.
import type { Formatter } from './types.js';

export interface FormatterEntry {
  /** People read stylish on stderr beside other messages; machines read the others on stdout. */
  stream: 'stdout' | 'stderr';
  load: () => Promise<Formatter>;
}

export const FORMATTERS = {
  stylish: { stream: 'stderr', load: async () => (await import('./stylish.js')).formatStylish },
  json: { stream: 'stdout', load: async () => (await import('./json.js')).formatJson },
  sarif: { stream: 'stdout', load: async () => (await import('./sarif.js')).formatSarif },
  github: { stream: 'stdout', load: async () => (await import('./github.js')).formatGithub },
} as const satisfies Record<string, FormatterEntry>;

export type FormatId = keyof typeof FORMATTERS;

export function formatterIds(): FormatId[] {
  return Object.keys(FORMATTERS) as FormatId[];
}

export function isFormatId(id: string): id is FormatId {
  return Object.hasOwn(FORMATTERS, id);
}
