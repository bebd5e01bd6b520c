import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../src/plan/schema.js';

type Node = { description?: string; properties?: Record<string, Node>; items?: Node; additionalProperties?: Node | boolean; anyOf?: Node[] };

function undocumented(node: Node, path: string, out: string[]): string[] {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const full = path ? `${path}.${key}` : key;
    if (!child.description) out.push(full);
    const inner = child.items ?? (typeof child.additionalProperties === 'object' ? child.additionalProperties : undefined);
    undocumented(child, full, out);
    if (inner) undocumented(inner, `${full}[]`, out);
  }
  return out;
}

describe('the JSON Schema', () => {
  it('describes every key, in both languages', () => {
    const schema = planJsonSchema() as Node;
    expect(undocumented(schema, '', [])).toEqual([]);
    expect(schema.properties!.targets!.properties!.revenue!.description).toBe('本期销售总额目标 / Total revenue target for the period');
  });
});
