// What the problem reports say around the problems themselves: severity words, summaries.
import type { Messages } from '../i18n/localized.js';

export const reportText = {
  error: { 'zh-CN': '错误', en: 'error' },
  warning: { 'zh-CN': '警告', en: 'warning' },
  counts: { 'zh-CN': '共 {errors} 个错误，{warnings} 个警告。', en: '{errors} error(s), {warnings} warning(s).' },
  filesSummary: { 'zh-CN': '{files} 个文件：{errors} 个错误，{warnings} 个警告。', en: '{files} file(s): {errors} error(s), {warnings} warning(s).' },
  clean: { 'zh-CN': '没有发现问题。', en: 'No problems found.' },
  groupSeparator: { 'zh-CN': '：', en: ': ' },
  unreadable: { 'zh-CN': '文件无法读取', en: 'The file cannot be read' },
  unreadableDocs: { 'zh-CN': '文件不存在、不是文本或格式无效。', en: 'The file is missing, not text, or not in a valid format.' },
  // Said by every command with a format flag: of reports (here) and of documents (src/writers/).
  unknownFormat: {
    'zh-CN': '未知的输出格式 {format}。可选：{choices}。',
    en: 'Unknown format {format}. Choose one of: {choices}.',
  },
} satisfies Messages;
