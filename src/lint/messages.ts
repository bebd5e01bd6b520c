// What lint's engine and configuration say (the rules carry their own messages).
import type { Messages } from '../i18n/localized.js';

export const engineText = {
  emptyFile: {
    'zh-CN': '{file} 是空的，没有可检查的内容。',
    en: '{file} is empty: there is nothing to check.',
  },
  oldDoc: {
    'zh-CN': '{file} 是旧版 Word 格式（.doc），请在 Word 或 WPS 中另存为 .docx 后再检查。',
    en: '{file} is an old Word file (.doc): save it as .docx in Word or WPS, then check it.',
  },
  configError: {
    'zh-CN': '配置文件 {file} 有误：{detail}',
    en: 'The config file {file} has a problem: {detail}',
  },
  unknownRule: {
    'zh-CN': '未知的规则 {rule}。可用规则：{rules}。',
    en: 'Unknown rule {rule}. Rules: {rules}.',
  },
} satisfies Messages;
