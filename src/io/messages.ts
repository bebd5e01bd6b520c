// What salesplan says about reading and writing files, in both languages, beside the code that
// reads and writes them.
import type { Messages } from '../i18n/localized.js';

export const ioText = {
  notFound: {
    'zh-CN': '找不到文件 {file}。请检查路径和文件名是否正确。',
    en: 'File not found: {file}. Check the path and the file name.',
  },
  isDirectory: {
    'zh-CN': '{file} 是一个文件夹，不是文件。请给出文件路径，例如 {file}/plan.yaml。',
    en: '{file} is a folder, not a file. Give the path of a file, e.g. {file}/plan.yaml.',
  },
  tooLarge: {
    'zh-CN': '{file} 太大（{size}），超过上限 {max}。销售计划文件通常只有几十 KB，请确认选对了文件。',
    en: '{file} is too large ({size}; the limit is {max}). Plan files are usually a few kilobytes: check it is the right file.',
  },
  binary: {
    'zh-CN': '{file} 不是文本文件（含有二进制内容），可能选错了文件：计划文件是用文本编辑器保存的 YAML，待检查的计划是 Markdown、DOCX 或纯文本。',
    en: '{file} is not a text file (it holds binary data); it may be the wrong file: a plan file is YAML saved from a text editor, and plans to check are Markdown, DOCX or plain text.',
  },
  notUtf8: {
    'zh-CN': '{file} 不是 UTF-8 编码（可能是 GBK）。请在编辑器中以 UTF-8 编码另存后重试。',
    en: '{file} is not UTF-8 (it may be GBK). Save it as UTF-8 in your editor and try again.',
  },
  noPermission: {
    'zh-CN': '没有权限访问 {file}。请检查文件权限。',
    en: 'No permission to access {file}. Check its permissions.',
  },
  noSpace: {
    'zh-CN': '磁盘空间不足，无法写入 {file}。',
    en: 'No space left on the disk to write {file}.',
  },
  cannotRead: {
    'zh-CN': '无法读取 {file}：{reason}',
    en: 'Cannot read {file}: {reason}',
  },
  outputIsInput: {
    'zh-CN': '输出文件 {file} 就是输入文件，不能覆盖。请用 -o 指定另一个文件名。',
    en: 'The output {file} is the input file and will not be overwritten. Choose another name with -o.',
  },
  noOutputDir: {
    'zh-CN': '输出文件夹 {dir} 不存在。请先创建它，或用 -o 指定已有的文件夹。',
    en: 'The output folder {dir} does not exist. Create it first, or point -o at an existing folder.',
  },
  outputIsDirectory: {
    'zh-CN': '输出路径 {file} 是一个文件夹。请给出文件名，例如 {file}/plan.md。',
    en: 'The output path {file} is a folder. Give a file name, e.g. {file}/plan.md.',
  },
  exists: {
    'zh-CN': '{file} 已存在，未覆盖。如需覆盖请加 --force，或用 -o 指定新文件名。',
    en: '{file} already exists and was not overwritten. Add --force to overwrite it, or choose another name with -o.',
  },
  cannotWrite: {
    'zh-CN': '无法写入 {file}：没有写权限。请换一个文件夹，或检查权限。',
    en: 'Cannot write {file}: permission denied. Choose another folder or check its permissions.',
  },
  cannotWriteReason: {
    'zh-CN': '无法写入 {file}：{reason}',
    en: 'Cannot write {file}: {reason}',
  },
  notRegular: {
    'zh-CN': '{file} 是{kind}，不是普通文件，不会读取。请给出保存在磁盘上的文件。',
    en: '{file} is {kind}, not a regular file, and is not read. Give a file saved on disk.',
  },
  kindFifo: { 'zh-CN': '命名管道（FIFO）', en: 'a named pipe (FIFO)' },
  kindCharDevice: { 'zh-CN': '字符设备', en: 'a character device' },
  kindBlockDevice: { 'zh-CN': '块设备', en: 'a block device' },
  kindSocket: { 'zh-CN': '套接字', en: 'a socket' },
  kindOther: { 'zh-CN': '特殊文件', en: 'a special file' },
  tooLargeRead: {
    'zh-CN': '{file} 太大，超过上限 {max}（读到 {max} 时仍未结束）。销售计划文件通常只有几十 KB，请确认选对了文件。',
    en: '{file} is too large: it goes on past the limit of {max}. Plan files are usually a few kilobytes: check it is the right file.',
  },
  utf16NoBom: {
    'zh-CN': '{file} 看起来是没有字节顺序标记（BOM）的 UTF-16 文本，无法可靠读取。请在编辑器中以 UTF-8 编码另存后重试。',
    en: '{file} looks like UTF-16 text without a byte-order mark, which cannot be read reliably. Save it as UTF-8 in your editor and try again.',
  },
  utf32: {
    'zh-CN': '{file} 是 UTF-32 编码的文本，不支持。请在编辑器中以 UTF-8 编码另存后重试。',
    en: '{file} is UTF-32 text, which is not supported. Save it as UTF-8 in your editor and try again.',
  },
  outputNotRegular: {
    'zh-CN': '输出路径 {file} 是{kind}，不是普通文件，即使加了 --force 也不会替换它。要把结果写到标准输出，请用 -o -（例如 -o - > /dev/null）。',
    en: 'The output path {file} is {kind}, not a regular file, and is not replaced even with --force. To write to standard output use -o - (e.g. -o - > /dev/null).',
  },
  writtenTwice: {
    'zh-CN': '{file} 已由本次运行的另一个输入写入，不会被覆盖：两个输入得到了同一个输出文件名（如 a.yaml 与 a.yml）。请重命名其中一个，或分别运行。',
    en: '{file} was already written by another input of this run and is not overwritten: two inputs map to the same output name (such as a.yaml and a.yml). Rename one, or run them separately.',
  },
  binaryToTerminal: {
    'zh-CN': '{format} 是二进制文件，不能显示在终端上。请用 -o 指定文件名（如 -o plan.{ext}），或把标准输出重定向到文件（-o - > plan.{ext}）。',
    en: '{format} files are binary and cannot be shown on a terminal. Name a file with -o (e.g. -o plan.{ext}), or redirect standard output to a file (-o - > plan.{ext}).',
  },
} satisfies Messages;
