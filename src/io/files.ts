// Reading user files with clear refusals (missing, a folder, too big, binary, not UTF-8), and
// writing outputs atomically: a temporary file in the same folder, then a rename, so a crash or a
// kill never leaves half a document where the previous one was.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/t.js';

/** A plan or document larger than this is refused: real ones are a few hundred kilobytes. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
}

/** Reads a file as bytes after checking it exists, is a file and is not too big. */
export function readInputBytes(path: string, lang: Lang, options: ReadOptions = {}): Buffer {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UserError(t(lang, 'io.isDirectory', { file: path }), ExitCode.usage);
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(describeFsError(error, path, lang), ExitCode.usage);
  }
  if (size > maxBytes) {
    throw new UserError(
      t(lang, 'io.tooLarge', { file: path, size: formatBytes(size), max: formatBytes(maxBytes) }),
      ExitCode.usage,
    );
  }
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UserError(describeFsError(error, path, lang), ExitCode.usage);
  }
}

/** Reads a UTF-8 text file (BOM allowed); binary and non-UTF-8 files are refused with a way out. */
export function readInputText(path: string, lang: Lang, options: ReadOptions = {}): string {
  const bytes = readInputBytes(path, lang, options);
  return decodeText(bytes, path, lang);
}

export function decodeText(bytes: Uint8Array, path: string, lang: Lang): string {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw new UserError(t(lang, 'io.binary', { file: path }), ExitCode.usage);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new UserError(t(lang, 'io.notUtf8', { file: path }), ExitCode.usage);
  }
}

export function describeFsError(error: unknown, path: string, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return t(lang, 'io.notFound', { file: path });
  if (code === 'EACCES' || code === 'EPERM') return t(lang, 'io.noPermission', { file: path });
  if (code === 'EISDIR') return t(lang, 'io.isDirectory', { file: path });
  if (code === 'ENOTDIR') return t(lang, 'io.notFound', { file: path });
  if (code === 'ENOSPC') return t(lang, 'io.noSpace', { file: path });
  if (code === 'EROFS') return t(lang, 'io.noPermission', { file: path });
  return t(lang, 'io.cannotRead', { file: path, reason: (error as Error | undefined)?.message ?? String(error) });
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

/** True when two paths name the same file (following links), whether or not it exists yet. */
export function samePath(a: string, b: string): boolean {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      try {
        return join(realpathSync(dirname(resolve(p))), basename(p));
      } catch {
        return resolve(p);
      }
    }
  };
  return real(a) === real(b);
}

export interface WriteOptions {
  /** Overwrite an existing file. Inputs are never overwritten, even with force. */
  force?: boolean;
  /** Files this run read: the output may not be one of them. */
  inputs?: readonly string[];
  /** Rewrite the file in place (lint --fix on a Markdown plan): skips the checks above. */
  replaceInput?: boolean;
  /** Create the folder (and its parents) when missing: batch runs writing into -o folder/. */
  makeDirs?: boolean;
}

const pendingTemps = new Set<string>();
let cleanupInstalled = false;

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  // An interrupted run removes its temporary files; the target was never touched.
  process.on('exit', () => {
    for (const temp of pendingTemps) {
      try {
        unlinkSync(temp);
      } catch {
        // already gone
      }
    }
  });
}

/** Checks an output path before any work is done, so a refusal costs nothing. */
export function checkOutputPath(path: string, lang: Lang, options: WriteOptions = {}): void {
  for (const input of options.inputs ?? []) {
    if (samePath(path, input)) throw new UserError(t(lang, 'io.outputIsInput', { file: path }), ExitCode.usage);
  }
  const dir = dirname(resolve(path));
  if (options.makeDirs && !existsSync(dir)) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw new UserError(describeFsError(error, dir, lang), ExitCode.usage);
    }
  }
  let dirStat;
  try {
    dirStat = statSync(dir);
  } catch {
    throw new UserError(t(lang, 'io.noOutputDir', { dir }), ExitCode.usage);
  }
  if (!dirStat.isDirectory()) throw new UserError(t(lang, 'io.noOutputDir', { dir }), ExitCode.usage);
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw new UserError(t(lang, 'io.outputIsDirectory', { file: path }), ExitCode.usage);
    if (!options.force) throw new UserError(t(lang, 'io.exists', { file: path }), ExitCode.usage);
  }
}

/**
 * Temporary files of this target left by a run that was killed outright (SIGKILL, power loss),
 * which no exit handler could remove: removed when their process is gone.
 */
function removeStaleTemps(dir: string, name: string): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  const prefix = `.${name}.`;
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
    const pid = Number(entry.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    try {
      unlinkSync(join(dir, entry));
    } catch {
      // someone else removed it
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** For the kill test: a pause after each written chunk, so a test can stop a run mid-write. */
const WRITE_DELAY_MS = Number(process.env.SALESPLAN_TEST_WRITE_DELAY_MS ?? 0);
const CHUNK = 64 * 1024;

/** Writes data to path through a temporary file and a rename. */
export function writeFileAtomic(path: string, data: string | Uint8Array, lang: Lang, options: WriteOptions = {}): void {
  if (!options.replaceInput) checkOutputPath(path, lang, options);
  installCleanup();
  const dir = dirname(resolve(path));
  removeStaleTemps(dir, basename(path));
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pendingTemps.add(temp);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let offset = 0;
      while (offset < bytes.length) {
        offset += writeSync(fd, bytes, offset, Math.min(CHUNK, bytes.length - offset));
        if (WRITE_DELAY_MS > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, WRITE_DELAY_MS);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    pendingTemps.delete(temp);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was created
    }
    pendingTemps.delete(temp);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new UserError(t(lang, 'io.cannotWrite', { file: path }), ExitCode.usage);
    }
    if (code === 'ENOSPC') throw new UserError(t(lang, 'io.noSpace', { file: path }), ExitCode.usage);
    throw new UserError(t(lang, 'io.cannotWriteReason', { file: path, reason: (error as Error).message }), ExitCode.usage);
  }
}
