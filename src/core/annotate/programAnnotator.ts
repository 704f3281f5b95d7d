import { TreeFragment, type Tree } from '@lezer/common';
import { evaluateProgram, type EvaluateOptions, type ProgramResult, type Snapshot, type SourceChunk } from './evaluateProgram';
import { parsePython } from './pythonTree';

interface ChunkState {
  source: string;
  tree: Tree;
  cell?: number;
}

/**
 * Re-evaluates a program (a file, or a notebook's code cells) after each edit incrementally:
 * the changed chunk is re-parsed from the previous tree's fragments (Lezer's incremental parse),
 * and evaluation resumes from the last snapshot taken before the first changed character —
 * everything before it is kept. A run cut short by the time budget resumes where it stopped on
 * the next {@link update} with the same text, so a large file completes over several calls
 * without blocking any one of them for long.
 */
export class ProgramAnnotator {
  private chunks: ChunkState[] = [];
  private snapshots: Snapshot[] = [];
  private last: ProgramResult | undefined;

  /** Evaluate `sources` (one per chunk; `cells` gives notebook cell indexes) within `options`' budgets. */
  update(sources: readonly string[], options: EvaluateOptions = {}, cells?: readonly number[]): ProgramResult {
    // the first changed chunk and offset
    let chunk = 0;
    let offset = 0;
    const sameCells = (cells ?? []).every((c, i) => this.chunks[i]?.cell === c) && (cells?.length ?? 0) === (cells ? this.chunks.length : 0);
    while (chunk < sources.length && chunk < this.chunks.length && sources[chunk] === this.chunks[chunk].source && sameCells) chunk++;
    const unchanged = chunk === sources.length && chunk === this.chunks.length && sameCells;
    if (!unchanged && chunk < sources.length && chunk < this.chunks.length && sameCells) offset = commonPrefix(this.chunks[chunk].source, sources[chunk]);
    if (unchanged && this.last && !this.last.budgetExceeded) return this.last;

    const next: ChunkState[] = sources.map((source, i) => {
      const old = this.chunks[i];
      const cell = cells?.[i];
      if (old && old.source === source && old.cell === cell) return old;
      return { source, tree: old ? reparse(old, source) : parsePython(source), cell };
    });
    this.chunks = next;

    // the last snapshot whose state depends on unchanged text only
    const valid = (s: Snapshot) => unchanged || s.chunk < chunk || (s.chunk === chunk && s.from < offset);
    this.snapshots = this.snapshots.filter(valid);
    const resume = this.snapshots[this.snapshots.length - 1];
    const program: SourceChunk[] = next.map((c) => ({ source: c.source, tree: c.tree, ...(c.cell === undefined ? {} : { cell: c.cell }) }));
    const kept = new Set(this.snapshots);
    this.last = evaluateProgram(program, {
      ...options,
      resume,
      onSnapshot: (s) => {
        if (!kept.has(s) && !(resume && s.chunk === resume.chunk && s.from === resume.from)) this.snapshots.push(s);
      },
    });
    return this.last;
  }
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Lezer's incremental parse: the old tree's fragments outside the one changed range are reused. */
function reparse(old: ChunkState, source: string): Tree {
  const from = commonPrefix(old.source, source);
  let endOld = old.source.length;
  let endNew = source.length;
  while (endOld > from && endNew > from && old.source.charCodeAt(endOld - 1) === source.charCodeAt(endNew - 1)) {
    endOld--;
    endNew--;
  }
  const fragments = TreeFragment.applyChanges(TreeFragment.addTree(old.tree), [{ fromA: from, toA: endOld, fromB: from, toB: endNew }]);
  return parsePython(source, fragments);
}
