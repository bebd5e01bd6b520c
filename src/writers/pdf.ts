// pdf: the DOCX writer's document, turned into PDF by LibreOffice (soffice --headless), found on
// PATH or named by SALESPLAN_SOFFICE. LibreOffice works in a private folder with its own profile
// (so a running LibreOffice or a locked profile does not get in the way); the PDF's bytes are
// returned and written atomically by the command, like every output. Without LibreOffice the
// message says how to install it and that -f docx needs nothing.
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExitCode, UserError } from '../errors.js';
import { say, type Localized } from '../i18n/localized.js';
import { render as renderDocx } from './docx.js';
import type { RenderContext, RenderInput } from './types.js';

const T = {
  missing: {
    'zh-CN':
      '-f pdf 需要 LibreOffice，但没有找到（PATH 中没有 soffice）。请安装 LibreOffice（Debian/Ubuntu：sudo apt install libreoffice-writer fonts-noto-cjk；macOS：brew install --cask libreoffice；Windows：https://www.libreoffice.org/download/），或用 SALESPLAN_SOFFICE 指定 soffice 的路径。-f docx 不需要 LibreOffice，可以直接使用。',
    en:
      '-f pdf needs LibreOffice, which was not found (no soffice on PATH). Install LibreOffice (Debian/Ubuntu: sudo apt install libreoffice-writer fonts-noto-cjk; macOS: brew install --cask libreoffice; Windows: https://www.libreoffice.org/download/), or name soffice with SALESPLAN_SOFFICE. -f docx needs no LibreOffice and works as it is.',
  },
  notExecutable: {
    'zh-CN': 'SALESPLAN_SOFFICE 指向的 {file} 不存在或不能运行。请改为 LibreOffice 的 soffice 程序的路径，或删去这个环境变量。-f docx 不需要 LibreOffice。',
    en: 'SALESPLAN_SOFFICE names {file}, which does not exist or cannot be run. Name LibreOffice’s soffice program, or unset it. -f docx needs no LibreOffice.',
  },
  failed: {
    'zh-CN': 'LibreOffice 未能把文档转换为 PDF：{detail}。可先用 -f docx 生成 Word 文档。',
    en: 'LibreOffice could not convert the document to PDF: {detail}. -f docx writes the Word document meanwhile.',
  },
} as const satisfies Record<string, Localized>;

/** Where LibreOffice is installed by default, when it is not on PATH. */
const KNOWN = ['/Applications/LibreOffice.app/Contents/MacOS/soffice', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'];
const NAMES = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
/** A large plan converts in a few seconds; a hung LibreOffice must not hang salesplan. */
const TIMEOUT_MS = 180_000;

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findSoffice(context: RenderContext): string {
  const named = process.env.SALESPLAN_SOFFICE;
  if (named) {
    if (!executable(named)) throw new UserError(say(context.lang, T.notExecutable, { file: named }), ExitCode.usage);
    return named;
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) if (executable(join(dir, name))) return join(dir, name);
  }
  const known = KNOWN.find((f) => existsSync(f) && executable(f));
  if (known) return known;
  throw new UserError(say(context.lang, T.missing), ExitCode.usage);
}

export async function render(input: RenderInput, context: RenderContext): Promise<Uint8Array> {
  const soffice = findSoffice(context);
  const docx = await renderDocx(input, context);
  const dir = mkdtempSync(join(tmpdir(), 'salesplan-pdf-'));
  try {
    const source = join(dir, 'plan.docx');
    writeFileSync(source, docx);
    const args = ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--convert-to', 'pdf', '--outdir', dir, source];
    const detail = await new Promise<string | undefined>((resolve) => {
      execFile(soffice, args, { timeout: TIMEOUT_MS, windowsHide: true }, (error, _stdout, stderr) => resolve(error ? (stderr.trim().split('\n').pop() || error.message) : undefined));
    });
    const pdf = join(dir, 'plan.pdf');
    if (detail !== undefined || !existsSync(pdf)) throw new UserError(say(context.lang, T.failed, { detail: detail ?? 'no PDF was written' }), ExitCode.usage);
    return new Uint8Array(readFileSync(pdf));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
