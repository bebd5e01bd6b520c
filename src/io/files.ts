// Reading user files with clear refusals (missing, a folder, not a regular file, too big, binary,
// not UTF-8), and writing outputs atomically: a temporary file in the same folder, then a rename,
// so a crash or a kill never leaves half a document where the previous one was.
//
// Reads are bounded by bytes actually read, not by what stat says: a device or a FIFO reports a
// size of 0 and never ends. Every file a run reads is remembered, and no output may replace one.
import { chmodSync, closeSync, constants, existsSync, fstatSync, fsync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { say, type Localized } from '../i18n/localized.js';
import { ioText } from './messages.js';

/** A plan or document larger than this is refused: real ones are a few hundred kilobytes. */
const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
}

/** Every file this run has read (by real path): an output may never replace one of them. */
const inputsRead = new Set<string>();

/** Records a file as an input of this run, so no output of the run replaces it. */
function rememberInput(path: string): void {
  inputsRead.add(realPath(path));
}

/** Files a run will read (a batch's plans, read later or by worker threads): no output may replace one. */
export function protectInputs(paths: readonly string[]): void {
  for (const path of paths) rememberInput(path);
}

/** What a non-regular file is, for a message. */
export function kindOf(stat: Stats, lang: Lang): string {
  const kind: Localized = stat.isFIFO()
    ? ioText.kindFifo
    : stat.isCharacterDevice()
      ? ioText.kindCharDevice
      : stat.isBlockDevice()
        ? ioText.kindBlockDevice
        : stat.isSocket()
          ? ioText.kindSocket
          : ioText.kindOther;
  return say(lang, kind);
}

function checkRegular(stat: Stats, path: string, lang: Lang): void {
  if (stat.isDirectory()) throw new UserError(say(lang, ioText.isDirectory, { file: path }), ExitCode.usage);
  if (!stat.isFile()) throw new UserError(say(lang, ioText.notRegular, { file: path, kind: kindOf(stat, lang) }), ExitCode.usage);
}

const READ_CHUNK = 1024 * 1024;

/**
 * Reads a regular file as bytes, at most `maxBytes` of them whatever its size claims. The file is
 * opened without blocking, so a FIFO swapped in after the check cannot hang the run.
 */
export function readInputBytes(path: string, lang: Lang, options: ReadOptions = {}): Buffer {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  let fd: number | undefined;
  try {
    const stat = statSync(path);
    checkRegular(stat, path, lang);
    if (stat.size > maxBytes) {
      throw new UserError(say(lang, ioText.tooLarge, { file: path, size: formatBytes(stat.size), max: formatBytes(maxBytes) }), ExitCode.usage);
    }
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    checkRegular(fstatSync(fd), path, lang);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      // A file that grows while it is read is refused like one that was too big.
      if (total > maxBytes) throw new UserError(say(lang, ioText.tooLargeRead, { file: path, max: formatBytes(maxBytes) }), ExitCode.usage);
    }
    rememberInput(path);
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(describeFsError(error, path, lang), ExitCode.usage);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads a UTF-8 text file (BOM allowed, UTF-16 with a BOM read too); binary and other encodings are refused with a way out. */
export function readInputText(path: string, lang: Lang, options: ReadOptions = {}): string {
  const bytes = readInputBytes(path, lang, options);
  return decodeText(bytes, path, lang);
}

/**
 * The zero bytes at even and odd positions of the first `limit` bytes, in pairs: how UTF-16
 * without a byte-order mark shows (ASCII leaves every other byte zero; UTF-8 and GBK have none).
 * Undefined when there are too few bytes to tell.
 */
export function zeroBytesByParity(bytes: Uint8Array, limit: number): { even: number; odd: number; pairs: number } | undefined {
  const n = Math.min(bytes.length, limit) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return { even, odd, pairs: n / 2 };
}

/** UTF-16 without a byte-order mark, named when a plan is refused: most of one parity's bytes are zero. */
function looksUtf16(bytes: Uint8Array): boolean {
  const z = zeroBytesByParity(bytes, 1024);
  if (!z) return false;
  return (z.odd > z.pairs * 0.3 && z.even < z.pairs * 0.05) || (z.even > z.pairs * 0.3 && z.odd < z.pairs * 0.05);
}

/** Line ends as the parsers expect them: a lone CR (old Mac editors) is a line end too. */
function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

export function decodeText(bytes: Uint8Array, path: string, lang: Lang): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    throw new UserError(say(lang, ioText.utf32, { file: path }), ExitCode.usage);
  }
  // Windows Notepad's "Unicode" is UTF-16 with a BOM: it says what it is, so it is read.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    try {
      return normaliseLineEnds(new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2)));
    } catch {
      throw new UserError(say(lang, ioText.notUtf8, { file: path }), ExitCode.usage);
    }
  }
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) {
    throw new UserError(say(lang, looksUtf16(bytes) ? ioText.utf16NoBom : ioText.binary, { file: path }), ExitCode.usage);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return normaliseLineEnds(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new UserError(say(lang, ioText.notUtf8, { file: path }), ExitCode.usage);
  }
}

export function describeFsError(error: unknown, path: string, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return say(lang, ioText.notFound, { file: path });
  if (code === 'EACCES' || code === 'EPERM') return say(lang, ioText.noPermission, { file: path });
  if (code === 'EISDIR') return say(lang, ioText.isDirectory, { file: path });
  if (code === 'ENOTDIR') return say(lang, ioText.notFound, { file: path });
  if (code === 'ENOSPC') return say(lang, ioText.noSpace, { file: path });
  if (code === 'EROFS') return say(lang, ioText.noPermission, { file: path });
  return say(lang, ioText.cannotRead, { file: path, reason: (error as Error | undefined)?.message ?? String(error) });
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

/** A path with its links followed, whether or not the file exists yet. */
function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(p))), basename(p));
    } catch {
      return resolve(p);
    }
  }
}

export interface WriteOptions {
  /** Overwrite an existing file. Inputs are never overwritten, even with force. */
  force?: boolean;
  /** Files this run read: the output may not be one of them (every file read through this module is checked too). */
  inputs?: readonly string[];
  /** Rewrite the file in place (lint --fix on a Markdown plan): through a link, keeping the file's mode. */
  replaceInput?: boolean;
  /** Create the folder (and its parents) when missing: batch runs writing into -o folder/. */
  makeDirs?: boolean;
}

const pendingTemps = new Set<string>();
/** The folders this run has listed for stale temporary files, with what was in them. */
const listed = new Map<string, string[]>();
/** Outputs this run has written (by real path): a second input mapping to one is refused. */
const written = new Set<string>();
/** Outputs this run has finished (flushed and renamed), for the message of an interrupted run. */
let finished = 0;

/** How many files this run has written in full so far. */
export function outputsWritten(): number {
  return finished;
}
let cleanupInstalled = false;

function removePendingTemps(): void {
  for (const temp of pendingTemps) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  pendingTemps.clear();
}

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  // An interrupted run removes its temporary files; the target was never touched. SIGINT and
  // SIGTERM end the run through process.exit (see cli.ts), which runs this; a hang-up does too.
  process.on('exit', removePendingTemps);
  if (process.listenerCount('SIGHUP') === 0) {
    process.on('SIGHUP', () => {
      removePendingTemps();
      process.exit(129);
    });
  }
}

/** Checks an output path before any work is done, so a refusal costs nothing. */
export function checkOutputPath(path: string, lang: Lang, options: WriteOptions = {}): void {
  // The output's real path once, against the inputs' (those read are remembered by real path
  // already): a batch of many plans compares each output with every plan read so far.
  const real = realPath(path);
  if (inputsRead.has(real) || (options.inputs ?? []).some((input) => realPath(input) === real)) {
    throw new UserError(say(lang, ioText.outputIsInput, { file: path }), ExitCode.usage);
  }
  if (written.has(real)) throw new UserError(say(lang, ioText.writtenTwice, { file: path }), ExitCode.usage);
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
    throw new UserError(say(lang, ioText.noOutputDir, { dir }), ExitCode.usage);
  }
  if (!dirStat.isDirectory()) throw new UserError(say(lang, ioText.noOutputDir, { dir }), ExitCode.usage);
  const existing = statIfAny(path);
  if (existing) {
    if (existing.isDirectory()) throw new UserError(say(lang, ioText.outputIsDirectory, { file: path }), ExitCode.usage);
    // A device, a FIFO or a socket is not a document: replacing /dev/null would break the system.
    if (!existing.isFile()) throw new UserError(say(lang, ioText.outputNotRegular, { file: path, kind: kindOf(existing, lang) }), ExitCode.usage);
    if (!options.force) throw new UserError(say(lang, ioText.exists, { file: path }), ExitCode.usage);
  }
}

function statIfAny(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    // A dangling link is not a file to protect, but replacing it is still a replacement.
    try {
      return lstatSync(path);
    } catch {
      return undefined;
    }
  }
}

/**
 * Temporary files of this target left by a run that was killed outright (SIGKILL, power loss),
 * which no exit handler could remove: removed when their process is gone.
 */
function removeStaleTemps(dir: string, name: string): void {
  // The folder is listed once per run: a batch writes a hundred documents into one folder, and
  // temporary files of a process that is gone do not appear while this one runs.
  let entries = listed.get(dir);
  if (!entries) {
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    listed.set(dir, entries);
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

/**
 * Puts the finished temporary file at the target. Without --force the target is created
 * exclusively (a hard link fails if anything is there), so of two runs racing for one name only one
 * succeeds; where links are not supported, the name is reserved with an exclusive create first.
 */
function publish(temp: string, target: string, replace: boolean, lang: Lang): void {
  if (replace) {
    renameSync(temp, target);
    return;
  }
  try {
    linkSync(temp, target);
    unlinkSync(temp);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UserError(say(lang, ioText.exists, { file: target }), ExitCode.usage);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV' && code !== 'EMLINK') throw error;
  }
  try {
    closeSync(openSync(target, 'wx'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UserError(say(lang, ioText.exists, { file: target }), ExitCode.usage);
    throw error;
  }
  renameSync(temp, target);
}

/** An output whose data is in its temporary file, not yet flushed to disk nor given its name. */
interface PendingWrite {
  path: string;
  target: string;
  /** The target's real path, as the run's outputs are kept. */
  real: string;
  temp: string;
  fd: number;
  previous: Stats | undefined;
  replace: boolean;
  lang: Lang;
}

/** A temporary file's name: the process and a counter, unique with the exclusive create. */
let tempCount = 0;
const tempName = (dir: string, name: string): string => join(dir, `.${name}.${process.pid}.${(tempCount++).toString(36)}${Math.floor(Math.random() * 0x10000).toString(16)}.tmp`);

/** Checks the output, then writes the data into a new temporary file beside it (left open). */
function startWrite(path: string, data: string | Uint8Array, lang: Lang, options: WriteOptions): PendingWrite {
  // lint --fix edits the file a link points to, not the link.
  const target = options.replaceInput ? realPath(path) : path;
  if (!options.replaceInput) checkOutputPath(path, lang, options);
  const previous = statIfAny(target);
  installCleanup();
  const dir = dirname(resolve(target));
  removeStaleTemps(dir, basename(target));
  const temp = tempName(dir, basename(target));
  pendingTemps.add(temp);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) {
      offset += writeSync(fd, bytes, offset, Math.min(CHUNK, bytes.length - offset));
      if (WRITE_DELAY_MS > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, WRITE_DELAY_MS);
    }
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    failWrite(temp, path, lang, error);
  }
  // Taken now, so a second plan of a batch mapping to this output is refused at once.
  const real = realPath(target);
  written.add(real);
  return { path, target, real, temp, fd, previous, replace: !!options.force || !!options.replaceInput, lang };
}

/** With the data on disk: the temporary file closed and put at the target. */
function finishWrite(w: PendingWrite, flushed: unknown): void {
  try {
    closeSync(w.fd);
    if (flushed) throw flushed;
    // A file replaced in place keeps its permissions (a script, a private plan).
    if (w.previous?.isFile()) chmodSync(w.temp, w.previous.mode & 0o7777);
    publish(w.temp, w.target, w.replace, w.lang);
    pendingTemps.delete(w.temp);
    finished++;
  } catch (error) {
    written.delete(w.real);
    failWrite(w.temp, w.path, w.lang, error);
  }
}

/** Removes the temporary file and says what went wrong in the user's words. */
function failWrite(temp: string, path: string, lang: Lang, error: unknown): never {
  try {
    unlinkSync(temp);
  } catch {
    // nothing was created
  }
  pendingTemps.delete(temp);
  if (error instanceof UserError) throw error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    throw new UserError(say(lang, ioText.cannotWrite, { file: path }), ExitCode.usage);
  }
  if (code === 'ENOSPC') throw new UserError(say(lang, ioText.noSpace, { file: path }), ExitCode.usage);
  throw new UserError(say(lang, ioText.cannotWriteReason, { file: path, reason: (error as Error).message }), ExitCode.usage);
}

/** Writes data to path through a temporary file, flushed to disk, and a rename. */
export function writeFileAtomic(path: string, data: string | Uint8Array, lang: Lang, options: WriteOptions = {}): void {
  const w = startWrite(path, data, lang, options);
  let flushed: unknown;
  try {
    fsyncSync(w.fd);
  } catch (error) {
    flushed = error;
  }
  finishWrite(w, flushed);
}

/**
 * writeFileAtomic for a batch: the checks and the data now, the flush to disk (the slow part, a
 * wait on the device) on Node's thread pool while the run goes on with its next plan; the file
 * gets its name once its data is on disk, as with writeFileAtomic. Refusals throw at once; a
 * failure to flush or rename rejects the promise.
 */
export function writeFileAtomicLater(path: string, data: string | Uint8Array, lang: Lang, options: WriteOptions = {}): Promise<void> {
  const w = startWrite(path, data, lang, options);
  return new Promise((done, failed) => {
    fsync(w.fd, (flushed) => {
      try {
        finishWrite(w, flushed);
        done();
      } catch (error) {
        failed(error);
      }
    });
  });
}

/** A new command line in the same process (the build's cache training runs several): nothing read or written yet. */
export function beginRun(): void {
  inputsRead.clear();
  written.clear();
  listed.clear();
  finished = 0;
}
