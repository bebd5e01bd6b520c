// Text files as people save them: UTF-8 (with or without a BOM), UTF-16 (what Windows Notepad
// calls "Unicode", little- or big-endian, with or without a BOM), or GBK/GB18030 from older
// Chinese Windows. Each is read into the same string.
import { ExitCode, UserError } from '../../errors.js';
import type { Lang } from '../../i18n/lang.js';
import { say } from '../../i18n/localized.js';
import { decodeText, zeroBytesByParity } from '../../io/files.js';
import { engineText } from '../messages.js';

/** UTF-16 without a BOM: most ASCII text leaves every other byte zero. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const z = zeroBytesByParity(bytes, 4096);
  if (!z) return undefined;
  // Chinese text has few zero bytes in UTF-16, but line breaks and digits still put one in the
  // high byte; UTF-8 and GBK never contain a zero byte at all. So lint, which reads such files,
  // takes a lower share than the plan loader, which only names them.
  if (z.odd > z.pairs * 0.05 && z.even === 0) return 'utf-16le';
  if (z.even > z.pairs * 0.05 && z.odd === 0) return 'utf-16be';
  return undefined;
}

function utf16(bytes: Uint8Array): string | undefined {
  const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  const encoding = bom ?? utf16Guess(bytes);
  if (!encoding) return undefined;
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/** The text of a plan file in whichever of these encodings it was saved; empty is an error. */
export function decodeTextFile(bytes: Uint8Array, file: string, lang: Lang): string {
  const text = utf16(bytes) ?? decodeUtf8OrGbk(bytes, file, lang);
  if (text.trim() === '') throw new UserError(say(lang, engineText.emptyFile, { file }), ExitCode.usage);
  return text;
}

function decodeUtf8OrGbk(bytes: Uint8Array, file: string, lang: Lang): string {
  try {
    return decodeText(bytes, file, lang);
  } catch (error) {
    if (error instanceof UserError && !bytes.subarray(0, 8192).includes(0)) {
      try {
        return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      } catch {
        throw error;
      }
    }
    throw error;
  }
}
