// The two languages salesplan writes documents and messages in, and how the choice is made:
// an explicit --lang, else the plan file's `lang`, else the LANG environment, else Chinese.

const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Maps loose spellings (zh, zh_CN, en-US, english) to a supported language, or undefined. */
export function normaliseLang(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase().replace('_', '-');
  if (v.startsWith('zh') || v === 'cn' || v === 'chinese') return 'zh-CN';
  if (v.startsWith('en') || v === 'english') return 'en';
  return undefined;
}

/** The language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), if it names one we have. */
export function envLang(env: NodeJS.ProcessEnv = process.env): Lang | undefined {
  for (const key of ['LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const raw = env[key];
    if (!raw || raw === 'C' || raw.startsWith('C.') || raw === 'POSIX') continue;
    const found = normaliseLang(raw.split(':')[0]);
    if (found) return found;
  }
  return undefined;
}

export function resolveLang(flag?: string, planLang?: string, env: NodeJS.ProcessEnv = process.env): Lang {
  return normaliseLang(flag) ?? normaliseLang(planLang) ?? envLang(env) ?? 'zh-CN';
}
