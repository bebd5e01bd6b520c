// The wizard's three kinds of figure — money, counts, percentages — asked as text, read as people
// type them (src/wizard/input.ts), and checked by the plan's own rule for the field they fill.
import { say } from '../i18n/localized.js';
import type { PathSegment } from '../report/diagnostic.js';
import { dec, type Decimal } from '../core/decimal.js';
import { fieldCheck } from './checks.js';
import { isPercent, parseMoney, parseNumber, parsePercent } from './input.js';
import { wizardText } from './messages.js';
import { moneyText, type WizardState } from './state.js';

export interface FigureQuestion {
  id: string;
  message: string;
  flag?: string;
  default?: number | string;
  required?: boolean;
  /** The plan field whose rule checks the answer. */
  path: PathSegment[];
  /** The most that is left to allocate. */
  max?: Decimal;
}

type Reading = { ok: true; value: number; share: boolean } | { ok: false; message: string };

/** The answer as money in the plan's unit; with `shares`, "40%" is a share of the total instead. */
function readMoney(s: WizardState, raw: string, shares: boolean): Reading {
  if (shares && isPercent(raw)) {
    const value = parsePercent(raw);
    if (value === undefined) return { ok: false, message: say(s.lang, wizardText.notANumber, { example: say(s.lang, wizardText.percentExample) }) };
    return value >= 0 && value <= 100 ? { ok: true, value, share: true } : { ok: false, message: say(s.lang, wizardText.shareOverTotal) };
  }
  const reading = parseMoney(raw, s.unit);
  if (reading.ok) return { ok: true, value: reading.value, share: false };
  if (reading.reason === 'other-unit') return { ok: false, message: say(s.lang, wizardText.otherUnit, { got: raw.trim(), given: reading.given, unit: s.unit }) };
  if (/^\s*[XxＸｘ×*＊?？_＿]+|待填|TBD|TODO/.test(raw)) return { ok: false, message: say(s.lang, wizardText.placeholder) };
  const example = ['元', '千元', '万元', '百万元', '亿元'].includes(s.unit) ? wizardText.moneyExampleCny : wizardText.moneyExample;
  return { ok: false, message: say(s.lang, wizardText.notAMoney, { example: say(s.lang, example) }) };
}

async function askFigure(s: WizardState, q: FigureQuestion, read: (raw: string) => Reading): Promise<{ value: number; share: boolean } | undefined> {
  const check = fieldCheck(s.lang, q.path);
  const raw = await s.p.text({
    id: q.id,
    message: q.message,
    ...(q.flag ? { flag: q.flag } : {}),
    ...(q.default !== undefined ? { default: String(q.default) } : {}),
    required: !!q.required,
    validate: (answer) => {
      const reading = read(String(answer));
      if (!reading.ok) return reading.message;
      if (reading.share) return true;
      const ok = check(reading.value);
      if (ok !== true) return ok;
      if (q.max && dec(reading.value).greaterThan(q.max)) return say(s.lang, wizardText.overRemaining, { rest: moneyText(s, q.max) });
      return true;
    },
  });
  if (raw === undefined) return undefined;
  const reading = read(String(raw));
  return reading.ok ? { value: reading.value, share: reading.share } : undefined;
}

/** An amount of money, in the plan's unit whatever unit it was typed in. */
export async function askMoney(s: WizardState, q: FigureQuestion): Promise<number | undefined> {
  return (await askFigure(s, q, (raw) => readMoney(s, raw, false)))?.value;
}

/** An amount, or a share of the total typed as "40%". */
export async function askMoneyOrShare(s: WizardState, q: FigureQuestion): Promise<{ value: number; share: boolean } | undefined> {
  return askFigure(s, q, (raw) => readMoney(s, raw, true));
}

/** A count or another plain number (a score, hours); "12个", "30家", "8 people" read as the number. */
export async function askNumber(s: WizardState, q: FigureQuestion): Promise<number | undefined> {
  return (await askFigure(s, q, (raw) => {
    const value = parseNumber(raw.replace(/\s*(个|家|人|位|名|次|单|户|天|小时|分|customers?|people|days?|hours?|h)$/i, ''));
    return value === undefined ? { ok: false, message: say(s.lang, wizardText.notANumber, { example: say(s.lang, wizardText.countExample) }) } : { ok: true, value, share: false };
  }))?.value;
}

/** A percentage, with or without its sign: "85%", "85", "８５％". */
export async function askPercent(s: WizardState, q: FigureQuestion): Promise<number | undefined> {
  return (await askFigure(s, q, (raw) => {
    const value = parsePercent(raw);
    return value === undefined ? { ok: false, message: say(s.lang, wizardText.percentRange) } : { ok: true, value, share: false };
  }))?.value;
}
