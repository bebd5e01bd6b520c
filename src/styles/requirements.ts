// Which of a style's required data a plan lacks. Validation turns these into errors; --draft
// turns them into visible placeholders in the document instead.
import { METRICS } from '../plan/metrics.js';
import type { Plan } from '../plan/schema.js';
import type { Lang } from '../i18n/lang.js';
import { valueAt } from '../plan/issues.js';
import { describeIn, schemaAt } from '../plan/schema-walk.js';
import { Plan as PlanSchema } from '../plan/schema.js';
import type { PathSegment } from '../report/diagnostic.js';
import type { Requirement, SectionDecl, StyleDecl } from './types.js';
import { pick } from '../i18n/localized.js';

export interface Missing {
  section: SectionDecl;
  requirement: Requirement;
}

function isSatisfied(plan: Plan, requirement: Requirement): boolean {
  if ('path' in requirement) return valueAt(plan, requirement.path) !== undefined;
  if ('list' in requirement) return plan[requirement.list].length > 0;
  return plan.targets.metrics.some((m) => m.id === requirement.metric);
}

export function missingRequirements(plan: Plan, style: StyleDecl): Missing[] {
  const out: Missing[] = [];
  for (const section of style.sections) {
    for (const requirement of section.requires ?? []) {
      if (!isSatisfied(plan, requirement)) out.push({ section, requirement });
    }
  }
  return out;
}

/** A stable key for a requirement: "targets.revenue", "products", "metric:nps". */
export function requirementKey(requirement: Requirement): string {
  if ('path' in requirement) return requirement.path.join('.');
  if ('list' in requirement) return requirement.list;
  return `metric:${requirement.metric}`;
}

/** Where to add the missing data, as the user would write it, and what it is. */
export function describeRequirement(requirement: Requirement, lang: Lang): { key: string; what: string; path: PathSegment[] } {
  if ('metric' in requirement) {
    const def = METRICS[requirement.metric];
    return {
      key: pick(lang, { 'zh-CN': `targets.metrics 中 id: ${requirement.metric} 的一项`, en: `a targets.metrics entry with id: ${requirement.metric}` }),
      what: pick(lang, { 'zh-CN': def.zh, en: def.en }),
      path: ['targets', 'metrics'],
    };
  }
  const path = 'path' in requirement ? [...requirement.path] : [requirement.list];
  return { key: path.join('.'), what: describeIn(schemaAt(PlanSchema, path), lang) ?? '', path };
}
