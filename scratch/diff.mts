import { readFileSync } from 'node:fs';
import { markdownToDocument } from '../src/document/from-markdown.js';
import { parseMarkdown } from '../src/document/markdown-parse.js';
const md = readFileSync('/work/main/tests/golden/service-zh.zh-CN.md', 'utf8');
const doc = markdownToDocument(md, { fallbackTitle: 'x', today: '2026-11-23' });
console.log(JSON.stringify(doc.tree.children.slice(0, 3).map((n) => ({ type: n.type, data: (n as any).data, children: (n as any).children?.slice(0, 4) })), null, 1).slice(0, 1500));
