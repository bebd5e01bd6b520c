// The ordered registry of lint rules: each file is named after its rule's id (markdownlint's
// convention), and this order is the order of docs/rules.md. The registry checks its rules when
// it loads.
import type { LintRule } from '../rule.js';
import { amountsVsTotal } from './amounts-vs-total.js';
import { blankFigure } from './blank-figure.js';
import { cascadeMismatch } from './cascade-mismatch.js';
import { dateOutsidePeriod } from './date-outside-period.js';
import { duplicateSection } from './duplicate-section.js';
import { emptySection } from './empty-section.js';
import { placeholder } from './placeholder.js';
import { requiredSections } from './required-sections.js';
import { riskWithoutResponse } from './risk-without-response.js';
import { sharesOver100 } from './shares-over-100.js';
import { sixParts } from './six-parts.js';
import { targetWithoutNumber } from './target-without-number.js';

export const RULES: readonly LintRule[] = [
  requiredSections, sixParts, placeholder, blankFigure, emptySection, sharesOver100, amountsVsTotal, cascadeMismatch, targetWithoutNumber, riskWithoutResponse, dateOutsidePeriod, duplicateSection,
];

const ids = new Set<string>();
for (const rule of RULES) {
  if (ids.has(rule.id) || !/^[a-z0-9-]+$/.test(rule.id)) throw new Error(`bad or repeated rule id ${rule.id}`);
  ids.add(rule.id);
}

