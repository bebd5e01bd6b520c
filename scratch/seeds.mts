import { readFileSync } from 'node:fs';
import { readText } from '../src/lint/readers/text.js';
import { detectStyle, assignSections } from '../src/lint/match.js';
const src = readFileSync('/work/shared/seeds/000_245fe9d7c2ae957f.txt', 'utf8');
const outline = readText(src, 'seed.txt');
for (const plan of outline.plans) {
  const d = detectStyle(plan);
  const a = assignSections(plan, d.style);
  console.log(plan.label, plan.title?.title, plan.startLine, plan.endLine, '→', d.style.id, d.score.toFixed(2), `${d.matched}/${d.required}`, plan.sections.length, 'sections');
  for (const s of d.style.sections) { const m = a.get(s.id); if (!m || m.score < 0.99) console.log('   ', s.id, m ? `${m.section.heading.title} ${m.score.toFixed(2)}` : 'MISSING'); }
}
