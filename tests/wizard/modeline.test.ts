// The $schema line of a written plan points at a schema that exists however salesplan is
// installed: in the plan's project (relative), globally (absolute), through npx (a copy beside
// the plan, since npm clears its cache), and for a plan written to standard output (absolute).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

const where = vi.hoisted(() => ({ root: '' }));
vi.mock('../../src/io/package-root.js', () => ({ packageRoot: () => where.root }));
const { schemaPathFor } = await import('../../src/plan/yaml-out.js');

/** A fake installed package at `root`, with its schema file. */
function installAt(root: string): void {
  mkdirSync(join(root, 'schema'), { recursive: true });
  copyFileSync(join(ROOT, 'schema', 'plan.schema.json'), join(root, 'schema', 'plan.schema.json'));
  where.root = root;
}

describe('the $schema line', () => {
  let home: string;
  beforeEach(() => {
    home = tempDir();
  });

  it('is relative in the project that installed salesplan', () => {
    installAt(join(home, 'project', 'node_modules', 'salesplan'));
    expect(schemaPathFor(join(home, 'project', 'plans', 'p.yaml'))).toBe('../node_modules/salesplan/schema/plan.schema.json');
  });

  it('is the absolute path for a global install and for standard output', () => {
    installAt(join(home, 'global', 'lib', 'node_modules', 'salesplan'));
    expect(schemaPathFor(join(home, 'work', 'p.yaml'))).toBe(join(home, 'global', 'lib', 'node_modules', 'salesplan', 'schema', 'plan.schema.json'));
    expect(schemaPathFor('-')).toBe(join(where.root, 'schema', 'plan.schema.json'));
  });

  it('is a copy beside the plan under npx, whose cache does not last', () => {
    installAt(join(home, '.npm', '_npx', 'abc123', 'node_modules', 'salesplan'));
    mkdirSync(join(home, 'work'));
    expect(schemaPathFor(join(home, 'work', 'p.yaml'))).toBe('plan.schema.json');
    expect(existsSync(join(home, 'work', 'plan.schema.json'))).toBe(true);
  });
});
