import { writeFileSync, readFileSync } from 'node:fs';
import { stringify } from 'yaml';
const src = readFileSync('/work/main/scratch/planfn.js', 'utf8');
const plan = new Function(`${src}; return plan;`)();
for (const k of [1, 10, 100]) writeFileSync(`/tmp/plan-${k}x.yaml`, stringify(plan(k)));
