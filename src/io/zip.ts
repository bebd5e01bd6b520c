// Reading parts of a zip package (DOCX) with limits, so a zip bomb or a file that only pretends to
// be a DOCX is refused with a message instead of exhausting memory.
import { unzipSync } from 'fflate';

export interface ZipLimits {
  /** The largest a single wanted part may be once uncompressed. */
  maxPartBytes: number;
  /** The largest all wanted parts may be together. */
  maxTotalBytes: number;
  /** Uncompressed/compressed above this is treated as a bomb. */
  maxRatio: number;
}

const DEFAULT_ZIP_LIMITS: ZipLimits = { maxPartBytes: 64 * 1024 * 1024, maxTotalBytes: 128 * 1024 * 1024, maxRatio: 200 };

export class ZipError extends Error {
  constructor(readonly reason: 'not-zip' | 'too-large' | 'bomb') {
    super(reason);
  }
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/** The wanted parts of a zip, by name. Throws ZipError for a non-zip, an oversize part or a bomb. */
export function readZipParts(bytes: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Record<string, Uint8Array> {
  if (!isZip(bytes)) throw new ZipError('not-zip');
  let total = 0;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter(file) {
        if (!wanted(file.name)) return false;
        if (file.originalSize > limits.maxPartBytes) throw new ZipError('too-large');
        if (file.size > 0 && file.originalSize / file.size > limits.maxRatio && file.originalSize > 1024 * 1024) throw new ZipError('bomb');
        total += file.originalSize;
        if (total > limits.maxTotalBytes) throw new ZipError('too-large');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError('not-zip');
  }
  // The sizes in the zip's directory can lie: check what was actually inflated.
  let actual = 0;
  for (const data of Object.values(parts)) {
    if (data.length > limits.maxPartBytes) throw new ZipError('bomb');
    actual += data.length;
  }
  if (actual > limits.maxTotalBytes) throw new ZipError('bomb');
  return parts;
}

/** An OLE compound file: an old .doc/.xls, or an Office file saved with a password. */
export function isOleContainer(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0 && bytes[4] === 0xa1 && bytes[5] === 0xb1 && bytes[6] === 0x1a && bytes[7] === 0xe1;
}

/** Why bytes that should be a DOCX are not one: "ole" (old format or password), "damaged" (a zip cut short), "not-zip", or the limits' reasons. */
export function whyNotDocx(bytes: Uint8Array, error?: unknown): 'ole' | 'damaged' | 'not-zip' | 'too-large' | 'bomb' {
  if (error instanceof ZipError && error.reason !== 'not-zip') return error.reason;
  if (isOleContainer(bytes)) return 'ole';
  if (isZip(bytes)) return 'damaged';
  return 'not-zip';
}

/**
 * The text of an XML part. Word writes UTF-8, but UTF-16 (with its byte-order mark, or declared)
 * is legal XML and other programs write it; the declaration is rewritten to say UTF-8, since the
 * text is now a JavaScript string and may be written back as UTF-8.
 */
export function xmlText(bytes: Uint8Array): string {
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else if (bytes[0] === 0x3c && bytes[1] === 0x00) encoding = 'utf-16le';
  else if (bytes[0] === 0x00 && bytes[1] === 0x3c) encoding = 'utf-16be';
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const text = new TextDecoder(encoding).decode(bytes.subarray(start));
  return encoding === 'utf-8' ? text : text.replace(/^(<\?xml[^>]*?encoding=["'])[^"']*(["'])/, '$1UTF-8$2');
}
