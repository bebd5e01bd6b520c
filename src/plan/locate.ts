// Maps a path in the plan (targets.revenue, products[2].share) back to the YAML source, using the
// ranges the yaml package keeps on every node, so each message points at the offending text.
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { PathSegment } from '../report/diagnostic.js';
import type { Span } from '../report/codeframe.js';

export interface Located extends Span {
  /** True when the path does not exist in the file and the span points at its nearest parent. */
  missing: boolean;
}

interface Found {
  node: Node | null;
  keyNode: Node | null;
  missing: boolean;
}

/**
 * Each map's pairs by key, built the first time the map is searched: a file with 50,000 unknown
 * keys gets 50,000 messages, and searching the keys once per message would be quadratic.
 */
const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, segment: PathSegment): Pair | undefined {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (!index.has(key)) index.set(key, pair);
    }
    indexes.set(map, index);
  }
  return index.get(String(segment));
}

function walk(doc: Document, path: readonly PathSegment[], preferKey: boolean): Found {
  let node = (doc.contents as Node | null) ?? null;
  let keyNode: Node | null = null;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isMap(node)) {
      const pair = pairOf(node as YAMLMap, segment!);
      if (!pair) return { node, keyNode, missing: true };
      keyNode = pair.key as Node;
      const value = (pair.value as Node | null) ?? null;
      if (value === null || (preferKey && i === path.length - 1)) {
        return { node: value ?? keyNode, keyNode, missing: false };
      }
      node = value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = (node.items[segment] as Node | undefined) ?? null;
      if (!item) return { node, keyNode, missing: true };
      keyNode = null;
      node = item;
    } else {
      return { node, keyNode, missing: true };
    }
  }
  return { node, keyNode, missing: false };
}

/**
 * The source span of `path`. With `key`, points at the key of the last segment (for unknown keys);
 * when the path is missing, points at the key of the deepest parent that exists.
 */
export function locate(doc: Document, lineCounter: LineCounter, path: readonly PathSegment[], key = false): Located {
  const found = walk(doc, path, key);
  const target = key && !found.missing ? (found.keyNode ?? found.node) : found.missing ? (found.keyNode ?? found.node) : found.node;
  const range = target?.range;
  if (!range) return { line: 1, column: 1, missing: found.missing };
  // A block map or list spans many lines: point at its first line only.
  const start = lineCounter.linePos(range[0]);
  const end = lineCounter.linePos(Math.max(range[0], range[1]));
  const singleLine = end.line === start.line;
  return {
    line: start.line,
    column: start.col,
    endLine: singleLine ? end.line : start.line,
    endColumn: singleLine ? end.col : undefined,
    missing: found.missing,
  };
}
