// Working days of a month. China's public holidays and make-up working days (调休) come from the
// chinese-days package, which carries each year's arrangement as the State Council publishes it.
// For a year it does not carry yet, the statutory holidays are derived from the calendar (元旦, 春节
// 除夕 to 初三, 清明, 劳动节 1–2 May, 端午, 中秋, 国庆 1–3 October) and the result is marked
// estimated: the official arrangement moves days and adds make-up Saturdays, which no rule
// foretells. A plan's `calendar:` block adds company holidays and working days on top, or turns
// the public holidays off (`country: none`, weekends only).
import { getDayDetail, getHolidaysInRange, getSolarDateFromLunar, getSolarTerms } from 'chinese-days';
import { pick, type Localized } from '../i18n/localized.js';
import type { Plan } from './schema.js';

/** Where a month's working days come from. */
export type CalendarSource = 'official' | 'estimated' | 'weekends';

export interface CalendarDay {
  day: number;
  work: boolean;
  /** The holiday that makes it a day off, or the one a make-up working weekend day belongs to. */
  name?: Localized;
  /** A weekend day worked to make up for a holiday (调休上班). */
  makeUp?: boolean;
}

export interface MonthCalendar {
  year: number;
  month: number;
  source: CalendarSource;
  days: CalendarDay[];
}

export interface CalendarSettings {
  country: 'CN' | 'none';
  holidays: ReadonlyArray<{ date: string; name?: string | undefined }>;
  workdays: readonly string[];
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const weekday = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const published = new Map<number, boolean>();

/** True when chinese-days carries the official arrangement of `year`. */
export function isPublished(year: number): boolean {
  let known = published.get(year);
  if (known === undefined) {
    known = getHolidaysInRange(iso(year, 1, 1), iso(year, 12, 31), false).length > 0;
    published.set(year, known);
  }
  return known;
}

/** The latest year before `year` whose arrangement chinese-days carries. */
export function lastPublishedYear(year: number): number | undefined {
  for (let y = year - 1; y >= year - 10; y--) if (isPublished(y)) return y;
  return undefined;
}

const HOLIDAY_NAMES: Record<string, Localized> = {
  newYear: { 'zh-CN': '元旦', en: "New Year's Day" },
  spring: { 'zh-CN': '春节', en: 'Spring Festival' },
  qingming: { 'zh-CN': '清明', en: 'Tomb-sweeping Day' },
  labour: { 'zh-CN': '劳动节', en: 'Labour Day' },
  dragonBoat: { 'zh-CN': '端午', en: 'Dragon Boat Festival' },
  midAutumn: { 'zh-CN': '中秋', en: 'Mid-autumn Festival' },
  national: { 'zh-CN': '国庆节', en: 'National Day' },
};

/** The statutory public holidays of a year (国务院《全国年节及纪念日放假办法》, as amended for 2025). */
export function statutoryHolidays(year: number): Map<string, Localized> {
  const out = new Map<string, Localized>();
  const add = (date: string, name: Localized) => out.set(date, name);
  add(iso(year, 1, 1), HOLIDAY_NAMES.newYear!);
  const lunarNewYear = getSolarDateFromLunar(iso(year, 1, 1)).date;
  for (let k = -1; k <= 2; k++) add(addDays(lunarNewYear, k), HOLIDAY_NAMES.spring!);
  const qingming = getSolarTerms(iso(year, 4, 1), iso(year, 4, 10)).find((t) => t.name === '清明');
  if (qingming) add(qingming.date, HOLIDAY_NAMES.qingming!);
  add(iso(year, 5, 1), HOLIDAY_NAMES.labour!);
  add(iso(year, 5, 2), HOLIDAY_NAMES.labour!);
  add(getSolarDateFromLunar(iso(year, 5, 5)).date, HOLIDAY_NAMES.dragonBoat!);
  add(getSolarDateFromLunar(iso(year, 8, 15)).date, HOLIDAY_NAMES.midAutumn!);
  for (let d = 1; d <= 3; d++) add(iso(year, 10, d), HOLIDAY_NAMES.national!);
  return out;
}

/** "National Day,国庆节,3" → both names; a plain weekday name ("Saturday") is no holiday. */
function officialName(name: string): Localized | undefined {
  const [en, zh] = name.split(',');
  return zh && en ? { 'zh-CN': zh, en } : undefined;
}

/** The calendar a plan follows when it names none, by the language it is written in. */
const DEFAULT_COUNTRY: Localized<CalendarSettings['country']> = { 'zh-CN': 'CN', en: 'none' };

export function calendarSettings(plan: Plan): CalendarSettings {
  const c = plan.calendar;
  return {
    // An English plan is not assumed to follow China's calendar unless it says so.
    country: c?.country ?? pick(plan.lang ?? 'zh-CN', DEFAULT_COUNTRY),
    holidays: (c?.holidays ?? []).map((h) => (typeof h === 'string' ? { date: h } : h)),
    workdays: c?.workdays ?? [],
  };
}

/** Each day of a month: working or not, and the holiday it belongs to. */
export function monthCalendar(year: number, month: number, settings: CalendarSettings): MonthCalendar {
  const source: CalendarSource = settings.country === 'none' ? 'weekends' : isPublished(year) ? 'official' : 'estimated';
  const statutory = source === 'estimated' ? statutoryHolidays(year) : undefined;
  const companyHolidays = new Map(settings.holidays.map((h) => [h.date, h.name]));
  const companyWorkdays = new Set(settings.workdays);
  const days: CalendarDay[] = [];
  for (let d = 1; d <= daysIn(year, month); d++) {
    const date = iso(year, month, d);
    const weekend = weekday(year, month, d) === 0 || weekday(year, month, d) === 6;
    let day: CalendarDay = { day: d, work: !weekend };
    if (source === 'official') {
      const detail = getDayDetail(date);
      const name = officialName(detail.name);
      day = { day: d, work: detail.work };
      if (name) day.name = name;
      if (name && detail.work && weekend) day.makeUp = true;
    } else if (statutory?.has(date)) {
      day = { day: d, work: false, name: statutory.get(date)! };
    }
    if (companyHolidays.has(date)) {
      const name = companyHolidays.get(date);
      day = { day: d, work: false, name: name ? { 'zh-CN': name, en: name } : { 'zh-CN': '公司假日', en: 'Company holiday' } };
    }
    if (companyWorkdays.has(date)) day = { day: d, work: true };
    days.push(day);
  }
  return { year, month, source, days };
}
