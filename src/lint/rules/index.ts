// The ordered registry of lint rules. The registry checks its rules when it loads.
import { amountsVsTotal } from './totals.js';
import { duplicateSections } from './duplicate-sections.js';
import { emptySections } from './empty-sections.js';
import { placeholders } from './placeholders.js';
import { requiredSections } from './required-sections.js';
import { riskResponse } from './risk-response.js';
import { sharesOver100 } from './shares.js';
import { sixParts } from './six-parts.js';
import { targetNumber } from './target-number.js';
import type { LintRule } from '../rule.js';

export const RULES: readonly LintRule[] = [
  requiredSections, sixParts, placeholders, emptySections, sharesOver100, amountsVsTotal, targetNumber, riskResponse, duplicateSections,
];

const ids = new Set<string>();
for (const rule of RULES) {
  if (ids.has(rule.id) || !/^[a-z0-9-]+$/.test(rule.id)) throw new Error(`bad or repeated rule id ${rule.id}`);
  ids.add(rule.id);
}

export function findRule(id: string): LintRule | undefined {
  return RULES.find((r) => r.id === id);
}
