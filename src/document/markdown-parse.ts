// Markdown (CommonMark with GFM tables) to an mdast tree, with line positions, through
// markdown-it: it parses about ten times faster than micromark, which matters when lint reads
// hundreds of plans. The tree is the standard mdast the writers and rules already use.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type {
  AlignType, BlockContent, Heading, List, ListItem, Nodes, Parent, PhrasingContent, Root, RootContent, Table, TableCell, TableRow,
} from 'mdast';

let parser: MarkdownIt | undefined;

function markdownIt(): MarkdownIt {
  // CommonMark, plus GFM tables; no typographer or autolinking, which would change user text.
  parser ??= new MarkdownIt('commonmark', { html: true }).enable('table');
  return parser;
}

const position = (token: Token) =>
  token.map ? { start: { line: token.map[0] + 1, column: 1 }, end: { line: token.map[1], column: 1 } } : undefined;

function withPosition<T extends Nodes>(node: T, token: Token): T {
  const p = position(token);
  if (p) node.position = p;
  return node;
}

/** Inline tokens to phrasing content, merging adjacent text. */
function inline(tokens: readonly Token[]): PhrasingContent[] {
  const root: { children: PhrasingContent[] } = { children: [] };
  const stack: Array<{ children: PhrasingContent[] }> = [root];
  const push = (node: PhrasingContent) => {
    // markdown-it leaves empty text tokens around emphasis: they carry nothing.
    if (node.type === 'text' && node.value === '') return;
    const siblings = stack[stack.length - 1]!.children;
    const last = siblings[siblings.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else siblings.push(node);
  };
  const open = (node: PhrasingContent & { children: PhrasingContent[] }) => {
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        push({ type: 'text', value: token.content });
        break;
      case 'softbreak':
        push({ type: 'text', value: '\n' });
        break;
      case 'hardbreak':
        push({ type: 'break' });
        break;
      case 'code_inline':
        push({ type: 'inlineCode', value: token.content });
        break;
      case 'html_inline':
        push({ type: 'html', value: token.content });
        break;
      case 'strong_open':
        open({ type: 'strong', children: [] });
        break;
      case 'em_open':
        open({ type: 'emphasis', children: [] });
        break;
      case 's_open':
        open({ type: 'delete', children: [] });
        break;
      case 'link_open':
        open({ type: 'link', url: token.attrGet('href') ?? '', title: token.attrGet('title'), children: [] });
        break;
      case 'strong_close':
      case 'em_close':
      case 's_close':
      case 'link_close':
        if (stack.length > 1) stack.pop();
        break;
      case 'image':
        push({ type: 'image', url: token.attrGet('src') ?? '', alt: token.content || (token.children ?? []).map((c) => c.content).join(''), title: token.attrGet('title') });
        break;
      default:
        if (token.content) push({ type: 'text', value: token.content });
    }
  }
  return root.children;
}

const ALIGN: Record<string, AlignType> = { 'text-align:left': 'left', 'text-align:right': 'right', 'text-align:center': 'center' };

/** Block tokens from `i` until the closing token of `closing` type, into `parent`. */
function blocks(tokens: readonly Token[], start: number, parent: Parent, closing?: string): number {
  let i = start;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (closing && token.type === closing) return i + 1;
    switch (token.type) {
      case 'heading_open': {
        const heading: Heading = withPosition({ type: 'heading', depth: Number(token.tag.slice(1)) as Heading['depth'], children: inline(tokens[i + 1]!.children ?? []) }, token);
        parent.children.push(heading as never);
        i += 3;
        break;
      }
      case 'paragraph_open': {
        parent.children.push(withPosition({ type: 'paragraph', children: inline(tokens[i + 1]!.children ?? []) }, token) as never);
        i += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const list: List = withPosition({ type: 'list', ordered: token.type === 'ordered_list_open', spread: false, children: [] }, token);
        const startAt = token.attrGet('start');
        if (list.ordered) list.start = startAt ? Number(startAt) : 1;
        i = blocks(tokens, i + 1, list, token.type.replace('_open', '_close'));
        // A loose list's paragraphs are not hidden.
        list.spread = list.children.some((item) => (item as ListItem).spread);
        parent.children.push(list as never);
        break;
      }
      case 'list_item_open': {
        const item: ListItem = withPosition({ type: 'listItem', spread: false, children: [] }, token);
        const next = tokens[i + 1];
        item.spread = next?.type === 'paragraph_open' && !next.hidden;
        i = blocks(tokens, i + 1, item, 'list_item_close');
        parent.children.push(item as never);
        break;
      }
      case 'blockquote_open': {
        const quote = withPosition({ type: 'blockquote' as const, children: [] as BlockContent[] }, token);
        i = blocks(tokens, i + 1, quote, 'blockquote_close');
        parent.children.push(quote as never);
        break;
      }
      case 'table_open': {
        const table: Table = withPosition({ type: 'table', align: [], children: [] }, token);
        let j = i + 1;
        for (; j < tokens.length && tokens[j]!.type !== 'table_close'; j++) {
          const t = tokens[j]!;
          if (t.type === 'tr_open') table.children.push(withPosition({ type: 'tableRow', children: [] } as TableRow, t));
          else if (t.type === 'th_open' || t.type === 'td_open') {
            const cell: TableCell = { type: 'tableCell', children: inline(tokens[j + 1]!.children ?? []) };
            table.children[table.children.length - 1]!.children.push(cell);
            if (t.type === 'th_open') table.align!.push(ALIGN[(t.attrGet('style') ?? '').replace(/\s/g, '')] ?? null);
          }
        }
        parent.children.push(table as never);
        i = j + 1;
        break;
      }
      case 'fence':
      case 'code_block':
        parent.children.push(withPosition({ type: 'code', lang: token.info.trim() || null, value: token.content.replace(/\n$/, '') }, token) as never);
        i++;
        break;
      case 'hr':
        parent.children.push(withPosition({ type: 'thematicBreak' }, token) as never);
        i++;
        break;
      case 'html_block':
        parent.children.push(withPosition({ type: 'html', value: token.content.replace(/\n$/, '') }, token) as never);
        i++;
        break;
      default:
        i++;
    }
  }
  return i;
}

export function parseMarkdown(markdown: string): Root {
  const root: Root = { type: 'root', children: [] };
  blocks(markdownIt().parse(markdown, {}), 0, root as Parent);
  return root;
}

export type { RootContent };
