import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
const src = await import('/work/main/scripts/bench.js?noop').catch(() => null);
