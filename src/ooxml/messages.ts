// What salesplan says about a Word document it cannot read (lint's DOCX reader, --reference-docx),
// in both languages, beside the OOXML reader. Said with say(lang, docxText.x, { file }).
import type { Messages } from '../i18n/localized.js';

export const docxText = {
  notDocx: {
    'zh-CN': '{file} 不是有效的 Word 文档（.docx）。请在 Word 或 WPS 中另存为 .docx 格式后重试。',
    en: '{file} is not a valid Word document (.docx). Save it as .docx from Word or WPS and try again.',
  },
  ole: {
    'zh-CN': '{file} 是旧版 Word（.doc）格式，或是设置了打开密码的文档（Word 把加密的文档存成这种格式）。请在 Word 或 WPS 中取消密码、另存为 .docx 后重试。',
    en: '{file} is an old Word (.doc) file, or a document with a password (Word saves encrypted documents in that format). Remove the password and save it as .docx in Word or WPS, then try again.',
  },
  damaged: {
    'zh-CN': '{file} 已损坏或不完整（可能在下载、复制或同步时中断）。请重新导出，或从原处重新复制一份。',
    en: '{file} is damaged or incomplete (a download, copy or sync may have been cut short). Export it again, or copy it again from where it came from.',
  },
  tooLarge: {
    'zh-CN': '{file} 解压后过大或结构异常（可能是压缩炸弹），已拒绝处理。',
    en: '{file} is too large once uncompressed, or malformed (it may be a zip bomb), and was refused.',
  },
  noStyles: {
    'zh-CN': '{file} 中没有样式定义（word/styles.xml），无法作为参考模板。请用 Word 或 WPS 另存一份 .docx 作为模板。',
    en: '{file} has no style definitions (word/styles.xml) to take styles from. Save a .docx from Word or WPS to use as the reference.',
  },
  noDocument: {
    'zh-CN': '{file} 中没有正文部分（word/document.xml），不是完整的 Word 文档。',
    en: '{file} has no document body (word/document.xml): it is not a complete Word document.',
  },
} satisfies Messages;
