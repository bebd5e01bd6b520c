// The ordered registry of styles and kinds: the single source of every outline. The registry
// checks its declarations when it loads, so a broken declaration fails every test at once.
import { annualStyle } from './annual.js';
import { efficiencyStyle } from './efficiency.js';
import { expansionStyle } from './expansion.js';
import { operationsStyle } from './operations.js';
import { quarterlyStyle } from './quarterly.js';
import { reviewStyle } from './review.js';
import { serviceStyle } from './service.js';
import { targetStyle } from './target.js';
import { TABLE_IDS, type StyleDecl } from './types.js';

/** Every plan style and kind, in the order `salesplan styles` lists them. */
export const STYLES: readonly StyleDecl[] = [targetStyle, operationsStyle, expansionStyle, efficiencyStyle, serviceStyle, quarterlyStyle, annualStyle];

/** The review document `salesplan review` writes: not a plan, but linted and listed like one. */
export const REVIEW_STYLE: StyleDecl = reviewStyle;

/** Plans and the review document: what lint can recognise. */
export const DOCUMENT_STYLES: readonly StyleDecl[] = [...STYLES, reviewStyle];

export function findStyle(id: string): StyleDecl | undefined {
  return DOCUMENT_STYLES.find((s) => s.id === id);
}

/** The declaration for a plan: its style when monthly, else its kind. */
export function styleFor(kind: string, style: string | undefined): StyleDecl | undefined {
  if (kind === 'monthly') return style ? STYLES.find((s) => s.kind === 'monthly' && s.id === style) : undefined;
  return STYLES.find((s) => s.kind === kind && s.id === kind);
}

export function monthlyStyleIds(): string[] {
  return STYLES.filter((s) => s.kind === 'monthly').map((s) => s.id);
}

function check(styles: readonly StyleDecl[]): void {
  const ids = new Set<string>();
  for (const style of styles) {
    if (ids.has(style.id)) throw new Error(`style ${style.id} declared twice`);
    ids.add(style.id);
    const sectionIds = new Set<string>();
    for (const section of style.sections) {
      if (sectionIds.has(section.id)) throw new Error(`${style.id}: section ${section.id} declared twice`);
      sectionIds.add(section.id);
      for (const table of section.tables ?? []) {
        if (!TABLE_IDS.includes(table)) throw new Error(`${style.id}/${section.id}: unknown table ${table}`);
      }
    }
  }
}
check(DOCUMENT_STYLES);
