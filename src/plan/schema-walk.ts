// Reads the zod schema itself: the schema at a path, the keys an object allows, its description.
// Used to suggest keys ("did you mean") and to explain what a missing key is for.
import * as z from 'zod';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/localized.js';
import type { PathSegment } from '../report/diagnostic.js';
import { descriptions } from './schema.js';

type Any = z.ZodType;

/** Strips optional/default/nullable/readonly wrappers. */
export function unwrap(schema: Any): Any {
  let current: Any = schema;
  for (let i = 0; i < 10; i++) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap() as Any;
    else if (current instanceof z.ZodDefault || current instanceof z.ZodPrefault) current = current.unwrap() as Any;
    else if (current instanceof z.ZodReadonly) current = current.unwrap() as Any;
    else break;
  }
  return current;
}

export function schemaAt(root: Any, path: readonly PathSegment[]): Any | undefined {
  let current: Any | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    const inner = unwrap(current);
    if (inner instanceof z.ZodObject) current = (inner.shape as Record<string, Any>)[String(segment)];
    else if (inner instanceof z.ZodArray) current = inner.element as Any;
    else if (inner instanceof z.ZodRecord) current = inner.valueType as Any;
    else if (inner instanceof z.ZodUnion) {
      const options = inner.options as readonly Any[];
      current = options.map((o) => schemaAt(o, [segment])).find((s) => s !== undefined);
    } else return undefined;
  }
  return current;
}

export function objectKeys(schema: Any | undefined): string[] {
  if (!schema) return [];
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) return Object.keys(inner.shape as Record<string, unknown>);
  return [];
}

export function describe(schema: Any | undefined): string | undefined {
  let current: Any | undefined = schema;
  for (let i = 0; current && i < 10; i++) {
    if (current.description) return current.description;
    const inner = unwrap(current);
    if (inner === current) break;
    current = inner;
  }
  return undefined;
}

/** A schema's description in one language, from the schema's `descriptions` registry. */
export function describeIn(schema: Any | undefined, lang: Lang): string | undefined {
  let current: Any | undefined = schema;
  for (let i = 0; current && i < 10; i++) {
    const text = descriptions.get(current);
    if (text) return pick(lang, text);
    const inner = unwrap(current);
    if (inner === current) break;
    current = inner;
  }
  return undefined;
}

export function enumValues(schema: Any | undefined): string[] {
  if (!schema) return [];
  const inner = unwrap(schema);
  if (inner instanceof z.ZodEnum) return (inner.options as (string | number)[]).map(String);
  return [];
}
