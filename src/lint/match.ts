// Which of a document's sections is which declared section, and which style a document is. A
// title matches a declared section through its title in either language, its synonyms or the
// user's extra synonyms: by containment, else by overlap of character pairs (Chinese) or words
// (English). Traditional characters are folded into simplified ones first.
import type { Lang } from '../i18n/lang.js';
import { DOCUMENT_STYLES } from '../styles/registry.js';
import type { SectionDecl, StyleDecl } from '../styles/types.js';
import { stripNumbering } from './headings.js';
import { allSections, type PlanOutline, type Section } from './outline.js';
import { periodIn } from './period.js';
import { toSimplified } from './t2s.js';

/** Extra titles per section id (from .salesplanrc.yaml), for every style or per style. */
export type ExtraSynonyms = Record<string, readonly string[]>;

// Titles and phrases are compared many times over (every section against every style): each is
// normalized and cut into pairs once.
const normalized = new Map<string, string>();
const gramCache = new Map<string, Set<string>>();

export function normalizeTitle(title: string): string {
  let out = normalized.get(title);
  if (out === undefined) {
    out = toSimplified(stripNumbering(title))
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]+/gu, '');
    normalized.set(title, out);
  }
  return out;
}

function grams(text: string): Set<string> {
  let cached = gramCache.get(text);
  if (!cached) {
    cached = makeGrams(text);
    gramCache.set(text, cached);
  }
  return cached;
}

function makeGrams(text: string): Set<string> {
  const latin = text.match(/[a-z0-9]+/g);
  if (latin && latin.join('').length > text.length / 2) return new Set(latin);
  const out = new Set<string>();
  for (let i = 0; i < text.length - 1; i++) out.add(text.slice(i, i + 2));
  if (text.length === 1) out.add(text);
  return out;
}

/** 0–1: how alike two normalized titles are. */
function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 2 && long.includes(short)) return 0.8 + 0.2 * (short.length / long.length);
  const ga = grams(a);
  const gb = grams(b);
  let common = 0;
  for (const g of ga) if (gb.has(g)) common++;
  return (2 * common) / (ga.size + gb.size || 1);
}

const phraseCache = new WeakMap<ExtraSynonyms, Map<string, string[]>>();

function phrases(section: SectionDecl, extra: ExtraSynonyms, styleId: string): string[] {
  let byKey = phraseCache.get(extra);
  if (!byKey) phraseCache.set(extra, (byKey = new Map()));
  const key = `${styleId}.${section.id}`;
  let cached = byKey.get(key);
  if (!cached) byKey.set(key, (cached = makePhrases(section, extra, styleId)));
  return cached;
}

function makePhrases(section: SectionDecl, extra: ExtraSynonyms, styleId: string): string[] {
  return [
    section.title['zh-CN'], section.title.en, ...section.synonyms['zh-CN'], ...section.synonyms.en,
    ...(extra[section.id] ?? []), ...(extra[`${styleId}.${section.id}`] ?? []),
  ].map(normalizeTitle);
}

const scoreCache = new WeakMap<ExtraSynonyms, Map<string, number>>();

function titleScore(title: string, section: SectionDecl, style: StyleDecl, extra: ExtraSynonyms = {}): number {
  const normalizedTitle = normalizeTitle(title);
  let cache = scoreCache.get(extra);
  if (!cache) scoreCache.set(extra, (cache = new Map()));
  const key = `${style.id}.${section.id}\u0000${normalizedTitle}`;
  let score = cache.get(key);
  if (score === undefined) {
    score = 0;
    for (const phrase of phrases(section, extra, style.id)) score = Math.max(score, similarity(normalizedTitle, phrase));
    cache.set(key, score);
  }
  return score;
}

export interface SectionMatch {
  decl: SectionDecl;
  section: Section;
  score: number;
}

/** Good enough to count as the declared section. */
const MATCH = 0.55;
/** A sub-section stands for a missing top section only when it carries that section's own title. */
const SUB_MATCH = 0.95;

/** Takes the best pairs first, each declared and each document section used once. */
function greedy(candidates: SectionMatch[], byDecl: Map<string, SectionMatch>, used: Set<Section>): void {
  candidates.sort((a, b) => b.score - a.score);
  for (const c of candidates) {
    if (byDecl.has(c.decl.id) || used.has(c.section)) continue;
    byDecl.set(c.decl.id, c);
    used.add(c.section);
  }
}

/**
 * Pairs declared sections with the plan's sections: top sections first; a declared section they
 * leave unmatched may be found, matching more closely, among the sub-sections.
 */
export function assignSections(plan: PlanOutline, style: StyleDecl, extra: ExtraSynonyms = {}): Map<string, SectionMatch> {
  const byDecl = new Map<string, SectionMatch>();
  const used = new Set<Section>();
  const top: SectionMatch[] = [];
  for (const decl of style.sections) {
    for (const section of plan.sections) {
      const score = titleScore(section.heading.title, decl, style, extra);
      if (score >= MATCH) top.push({ decl, section, score });
    }
  }
  greedy(top, byDecl, used);
  const unmatched = style.sections.filter((d) => !byDecl.has(d.id));
  if (unmatched.length === 0) return byDecl;
  const deeper = allSections(plan.sections).filter((s) => !plan.sections.includes(s));
  const sub: SectionMatch[] = [];
  for (const decl of unmatched) {
    for (const section of deeper) {
      const score = titleScore(section.heading.title, decl, style, extra);
      if (score >= SUB_MATCH) sub.push({ decl, section, score: score - 0.05 });
    }
  }
  greedy(sub, byDecl, used);
  return byDecl;
}

export interface Detection {
  style: StyleDecl;
  /** 0–1: share of the style's required sections found, weighted by how well they match. */
  score: number;
  matched: number;
  required: number;
}

function scoreStyle(plan: PlanOutline, style: StyleDecl, extra: ExtraSynonyms): Detection {
  const required = style.sections.filter((s) => s.required !== false);
  const assigned = assignSections(plan, style, extra);
  const matches = required.map((s) => assigned.get(s.id)).filter((m): m is SectionMatch => !!m);
  const score = required.length ? matches.reduce((sum, m) => sum + m.score, 0) / required.length : 0;
  return { style, score, matched: matches.length, required: required.length };
}

/** The kind a title names: 2027年度销售计划, Q1 2027 Performance Plan, 12月计划执行回顾, 十二月, January. */
export function kindInTitle(title: string): StyleDecl['kind'] | undefined {
  return periodIn(title)?.kind;
}

/**
 * The style the plan reads most like. A title that names its kind (年度, 季度, 回顾) settles the
 * kind when a style of that kind matches at least half its sections: an annual plan missing a
 * part still reads as an annual plan with a part missing, not as a monthly one.
 */
export function detectStyle(plan: PlanOutline, extra: ExtraSynonyms = {}, candidates: readonly StyleDecl[] = DOCUMENT_STYLES): Detection {
  const scored = candidates.map((style) => scoreStyle(plan, style, extra));
  scored.sort((a, b) => b.score - a.score || b.matched - a.matched);
  const kind = plan.title ? kindInTitle(plan.title.title) : undefined;
  const ofKind = kind ? scored.find((d) => d.style.kind === kind && d.matched * 2 >= d.required) : undefined;
  return ofKind ?? scored[0]!;
}

export function styleScore(plan: PlanOutline, style: StyleDecl, extra: ExtraSynonyms = {}): Detection {
  return scoreStyle(plan, style, extra);
}

/** The language a plan's headings are written in. */
export function headingLang(plan: PlanOutline, fallback: Lang): Lang {
  const titles = plan.sections.map((s) => s.heading.title).join('');
  if (!titles) return fallback;
  return /[\u4e00-\u9fff]/.test(titles) ? 'zh-CN' : 'en';
}
