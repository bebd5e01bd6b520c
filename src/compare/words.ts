// A word-level diff of two short texts (longest common subsequence of tokens). Chinese has no
// spaces between words, so each Han character is a token; Latin words and numbers stay whole.

export interface WordPart {
  op: 'same' | 'removed' | 'added';
  text: string;
}

const TOKEN = /\p{Script=Han}|[\p{L}\p{N}_.,%-]+|\s+|./gsu;
/** Past this many tokens a side, the texts are shown whole (removed, then added). */
const MAX_TOKENS = 2000;

export function wordDiff(before: string, after: string): WordPart[] {
  const a = before.match(TOKEN) ?? [];
  const b = after.match(TOKEN) ?? [];
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) return merge([{ op: 'removed', text: before }, { op: 'added', text: after }]);
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const parts: WordPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      parts.push({ op: 'same', text: a[i++]! });
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) parts.push({ op: 'removed', text: a[i++]! });
    // What was there is said before what replaced it.
    else parts.push({ op: 'added', text: b[j++]! });
  }
  return merge(parts);
}

/** Neighbouring parts of the same kind joined, so the output reads as phrases. */
function merge(parts: readonly WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.op === p.op) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}
