// Golden chart data: the chart nodes of every example's document, as JSON. A change fails with
// its diff; after reviewing it, UPDATE_GOLDEN=1 rewrites them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartsOf } from '../../src/charts/build.js';
import { ROOT } from '../helpers.js';
import { CHART_CASES } from './examples.js';

const GOLDEN = join(ROOT, 'tests', 'golden', 'charts');
const update = process.env.UPDATE_GOLDEN === '1';

describe('chart data', () => {
  for (const { name, build } of CHART_CASES) {
    it(name, async () => {
      const { doc } = await build();
      const actual = `${JSON.stringify(chartsOf(doc.tree), null, 2)}\n`;
      const path = join(GOLDEN, `${name}.json`);
      if (update || !existsSync(path)) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(path, actual);
        if (!update) throw new Error(`golden file ${name}.json was missing and has been written: review it and commit`);
        return;
      }
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });
  }
});
