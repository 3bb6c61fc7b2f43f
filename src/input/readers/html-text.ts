/** Elements that end a line of text; their content becomes a paragraph of its own. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD']);

interface NodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<NodeLike>;
}

/**
 * The visible text of a DOM subtree, one paragraph per block element, separated by blank lines,
 * whitespace inside a paragraph collapsed. Walks iteratively, so deeply nested pages cannot
 * overflow the stack.
 *
 * @example htmlText(document.body) // 'Headline\n\nFirst paragraph…'
 */
export function htmlText(root: NodeLike): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const p = current.join('').replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = [];
  };
  // A stack of nodes to visit; `null` marks the end of a block element.
  const stack: (NodeLike | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === 3) {
      current.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      flush();
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) {
      flush();
      stack.push(null);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return paragraphs.join('\n\n');
}
