import type { SyntaxNode, Tree, TreeFragment } from '@lezer/common';
import { parser } from '@lezer/python';

/**
 * Python source parsed by the Lezer Python grammar (@lezer/python): a concrete syntax tree with
 * error recovery (a half-typed line becomes an error node, the rest still parses) and incremental
 * re-parsing from the fragments of the previous tree. Pure JavaScript, so it bundles for the
 * browser (docs/ANNOTATE.md compares it with tree-sitter-python under WebAssembly).
 */
export function parsePython(source: string, fragments?: readonly TreeFragment[]): Tree {
  return parser.parse(source, fragments);
}

/** The node's children in source order. */
export function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** True when the node or anything under it failed to parse. */
export function hasError(node: SyntaxNode): boolean {
  const cursor = node.cursor();
  do {
    if (cursor.type.isError) return true;
  } while (cursor.next() && cursor.from < node.to);
  return false;
}

/** 1-based line and 0-based column (in UTF-16 code units) of an offset, from a table of line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.starts[lo] };
  }
}
