import type { SyntaxNode, Tree } from '@lezer/common';
import { bindArgs } from '../call/bindArgs';
import { truth } from '../call/evalExpr';
import { callShape, shapeCount } from '../callShape';
import { ENGINE_INFO } from '../engineNames';
import type { ParsedCall } from '../call/parseCall';
import type { Engine, EngineName } from '../callSpec';
import { ENGINES } from '../engines';
import { PyError } from '../errors';
import { repr } from '../format/formatValue';
import { createEngine } from '../run';
import { PyNdArray, PyTuple, type Json, type PyObj } from '../types';
import { evaluateConstant } from './constantValue';
import { childrenOf, hasError, LineIndex } from './pythonTree';
import { resultValue } from './resultValue';
import {
  GENERATOR_WRAPPER,
  NON_MUTATING_METHODS,
  PCG64_BIT_GENERATOR,
  PURE_BUILTINS,
  PURE_METHODS,
  PURE_MODULES,
  STREAM_KINDS,
} from './streamKinds';

/** One piece of source evaluated in order: a .py file, or one code cell of a notebook. */
export interface SourceChunk {
  source: string;
  tree: Tree;
  /** The notebook cell's index in `cells` (undefined for a .py file). */
  cell?: number;
}

/** A stream: one seeding (`np.random.seed(101)`, `rng = np.random.default_rng(7)`) and what followed. */
export interface StreamInfo {
  id: number;
  engine: EngineName;
  /** How the code names it: `np.random`, `random`, `rng`. */
  label: string;
  /** `repr` of the seed; null when it is not known (no seed, or a seed the evaluator cannot read). */
  seed: string | null;
  /** Where it was seeded (chunk index and offsets); chunk -1 for a global stream never seeded. */
  chunk: number;
  from: number;
  to: number;
  evaluated: number;
  unknown: number;
  /** Why it became unknown ("unknown from here"), or null while every call on it is known. */
  unknownReason: string | null;
}

/** One evaluation of a call site (a call in a loop has one per iteration). */
export interface CallRun {
  value: PyObj;
  /** How many calls the stream had made since its seeding before this one. */
  position: number;
}

/** A call that draws from a stream, where it is in the source and what it gives. */
export interface CallSite {
  chunk: number;
  from: number;
  to: number;
  line: number;
  col: number;
  cell?: number;
  /** The call's source text. */
  call: string;
  /** The method called (`integers`, `shuffle`). */
  method: string;
  stream: number | null;
  runs: CallRun[];
  /** Why its value is not known, or null when every run is known. */
  unknown: string | null;
}

/** What {@link evaluateProgram} found. */
export interface ProgramResult {
  calls: CallSite[];
  streams: StreamInfo[];
  /** True when the time or step budget ran out (the rest is marked unknown). */
  budgetExceeded: boolean;
  /** The name NumPy is imported as at the end (`np`), or null (what a frozen array literal is written with). */
  numpyName: string | null;
}

/** Limits on the work one evaluation may do (every loop and allocation sized by input is bounded). */
export interface EvaluateOptions {
  /** Wall-clock budget in milliseconds (default 2000). */
  timeBudgetMs?: number;
  /** Statements executed, loop iterations included (default 200,000). */
  maxSteps?: number;
  /** Values one call may produce (default 100,000). */
  maxValuesPerCall?: number;
  /** Values all calls together may produce (default 2,000,000). */
  maxValues?: number;
  /** A clock in milliseconds (default `Date.now`). */
  now?: () => number;
  /** Continue from this state (taken by an earlier run of the same text up to its offset) instead of the start. */
  resume?: Snapshot;
  /** Receives the state before every {@link SNAPSHOT_EVERY}-th top-level statement (incremental re-evaluation). */
  onSnapshot?: (s: Snapshot) => void;
}

/** Top-level statements between two snapshots. */
export const SNAPSHOT_EVERY = 16;

/**
 * The evaluator's whole state before a top-level statement: what a later run needs to resume
 * there when nothing before `from` in chunk `chunk` changed (see {@link ./programAnnotator}).
 */
export interface Snapshot {
  chunk: number;
  /** Offset of the statement in its chunk: the text before it is what the state depends on. */
  from: number;
  /** @internal the evaluator's copies */
  readonly state: unknown;
}

interface SavedState {
  env: Map<string, Val>;
  globals: Map<EngineName, Stream>;
  infos: StreamInfo[];
  streams: { stream: Stream; engine: Engine | null; state: Json | null; position: number; infoId: number }[];
  sites: Map<string, CallSite>;
  steps: number;
  values: number;
}

/** A value the evaluator knows; `substitutable` when it may be written back as text into an expression. */
type Val =
  | { kind: 'value'; value: PyObj; substitutable: boolean }
  | { kind: 'stream'; stream: Stream }
  | { kind: 'ref'; path: string }
  | { kind: 'bitgen'; seed: Val }
  | { kind: 'def'; body: SyntaxNode; name: string }
  | { kind: 'unknown'; reason: string };

interface Stream {
  info: StreamInfo;
  engine: Engine | null;
  position: number;
}

class BudgetExceeded extends Error {}

const UNKNOWN = (reason: string): Val => ({ kind: 'unknown', reason });

/** The evaluator's own limit on ints it substitutes from NumPy scalars (NumPy's int64 wraps; Python's int does not). */
const SAFE_NUMPY_INT = 2n ** 31n;

const COMPREHENSIONS = new Set([
  'ArrayComprehensionExpression',
  'DictionaryComprehensionExpression',
  'SetComprehensionExpression',
  'ComprehensionExpression',
]);

const LOOP_EXITS = new Set(['BreakStatement', 'ContinueStatement', 'ReturnStatement', 'YieldExpression', 'RaiseStatement']);

/** The engine and label of each global stream module (`numpy.random` → numpy), from {@link STREAM_KINDS}. */
const GLOBAL_MODULES = new Map(STREAM_KINDS.filter((k) => k.globalModule).map((k) => [k.globalModule as string, k]));
const CONSTRUCTORS = new Map(STREAM_KINDS.flatMap((k) => k.constructors.map((c) => [c, k] as const)));

/** Reads of a stream's state that draw nothing. */
const STATE_READS = new Set(['getstate', 'get_state', 'bit_generator']);

/**
 * Evaluates, without running Python, the module-level code of a program in execution order and
 * every call on a NumPy or Python random stream whose arguments it can resolve: constants (through
 * the call language), names bound earlier to constants or to results of evaluated calls. Streams
 * come from `np.random.seed(S)`, `random.seed(S)`, `np.random.default_rng(S)`,
 * `np.random.RandomState(S)`, `random.Random(S)` and `Generator(PCG64(S))` under any alias.
 *
 * Straight-line code, `for` loops over a known iterable (`range(K)`), `if` with a known condition
 * and `if __name__ == "__main__":` run; anything that may draw and cannot be evaluated — an
 * unknown argument, a function that may draw, a loop of unknown count — marks the streams it may
 * touch "unknown from here" with a reason. A value is never guessed.
 */
export function evaluateProgram(chunks: readonly SourceChunk[], options: EvaluateOptions = {}): ProgramResult {
  return new Evaluator(chunks, options).run();
}

class Evaluator {
  private env = new Map<string, Val>();
  private globals = new Map<EngineName, Stream>();
  private streams: StreamInfo[] = [];
  private sites = new Map<string, CallSite>();
  private readonly onSnapshot?: (s: Snapshot) => void;
  private readonly resume?: Snapshot;
  private readonly lines: LineIndex[];
  private chunk = 0;
  private steps = 0;
  private values = 0;
  private budgetExceeded = false;
  private readonly now: () => number;
  private readonly deadline: number;
  private readonly maxSteps: number;
  private readonly maxValuesPerCall: number;
  private readonly maxValues: number;

  constructor(
    private readonly chunks: readonly SourceChunk[],
    options: EvaluateOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.deadline = this.now() + (options.timeBudgetMs ?? 2000);
    this.maxSteps = options.maxSteps ?? 200_000;
    this.maxValuesPerCall = options.maxValuesPerCall ?? 100_000;
    this.maxValues = options.maxValues ?? 2_000_000;
    this.lines = chunks.map((c) => new LineIndex(c.source));
    this.onSnapshot = options.onSnapshot;
    this.resume = options.resume;
  }

  private snapshot(from: number): void {
    if (!this.onSnapshot) return;
    const streams = new Set<Stream>(this.globals.values());
    for (const v of this.env.values()) if (v.kind === 'stream') streams.add(v.stream);
    const state: SavedState = {
      env: new Map(this.env),
      globals: new Map(this.globals),
      infos: this.streams.map((i) => ({ ...i })),
      streams: [...streams].map((st) => ({ stream: st, engine: st.engine, state: st.engine ? st.engine.getState() : null, position: st.position, infoId: st.info.id })),
      sites: new Map([...this.sites].map(([k, v]) => [k, { ...v, runs: [...v.runs] }])),
      steps: this.steps,
      values: this.values,
    };
    this.onSnapshot({ chunk: this.chunk, from, state });
  }

  private restore(snap: Snapshot): void {
    const st = snap.state as SavedState;
    this.env = new Map(st.env);
    this.globals = new Map(st.globals);
    this.streams = st.infos.map((i) => ({ ...i }));
    for (const s of st.streams) {
      s.stream.engine = s.engine;
      if (s.engine && s.state !== null) s.engine.setState(s.state);
      s.stream.position = s.position;
      s.stream.info = this.streams[s.infoId];
    }
    this.sites = new Map([...st.sites].map(([k, v]) => [k, { ...v, runs: [...v.runs] }]));
    this.steps = st.steps;
    this.values = st.values;
  }

  run(): ProgramResult {
    let start = 0;
    let startFrom = -1;
    if (this.resume && this.resume.chunk < this.chunks.length) {
      this.restore(this.resume);
      start = this.resume.chunk;
      startFrom = this.resume.from;
    }
    for (this.chunk = start; this.chunk < this.chunks.length; this.chunk++) {
      let statements = childrenOf(this.chunks[this.chunk].tree.topNode);
      if (startFrom >= 0) {
        const at = statements.findIndex((st) => st.from === startFrom);
        statements = at >= 0 ? statements.slice(at) : statements.filter((st) => st.from >= startFrom);
        startFrom = -1;
      }
      if (this.budgetExceeded) {
        for (const st of statements) this.havoc(st, 'evaluation stopped (budget)', true);
        continue;
      }
      try {
        this.execBlock(statements, true);
      } catch (e) {
        if (!(e instanceof BudgetExceeded)) throw e; // execBlock has marked the rest unknown
      }
    }
    const calls = [...this.sites.values()].sort((a, b) => a.chunk - b.chunk || a.from - b.from);
    let numpyName: string | null = null;
    for (const [name, v] of this.env) if (v.kind === 'ref' && v.path === 'numpy' && (numpyName === null || name === 'np')) numpyName = name;
    return { calls, streams: this.streams, budgetExceeded: this.budgetExceeded, numpyName };
  }

  // ---- source helpers ----

  private text(node: SyntaxNode): string {
    return this.chunks[this.chunk].source.slice(node.from, node.to);
  }

  private lineOf(node: SyntaxNode): string {
    const { line } = this.lines[this.chunk].position(node.from);
    const cell = this.chunks[this.chunk].cell;
    return cell === undefined ? `line ${line}` : `cell ${cell + 1}, line ${line}`;
  }

  private tick(): void {
    this.steps++;
    if (this.steps > this.maxSteps) throw new BudgetExceeded(`more than ${this.maxSteps} statements to evaluate`);
    if ((this.steps & 63) === 0 && this.now() > this.deadline) throw new BudgetExceeded('the time budget ran out');
  }

  // ---- streams ----

  private newStream(engine: EngineName, label: string, seed: Val | null, node: SyntaxNode | null): Stream {
    const info: StreamInfo = {
      id: this.streams.length,
      engine,
      label,
      seed: null,
      chunk: node ? this.chunk : -1,
      from: node ? node.from : 0,
      to: node ? node.to : 0,
      evaluated: 0,
      unknown: 0,
      unknownReason: null,
    };
    this.streams.push(info);
    const stream: Stream = { info, engine: null, position: 0 };
    if (seed === null) {
      info.unknownReason = node
        ? `${this.lineOf(node)}: seeded from the operating system's entropy (no seed given)`
        : `${label} is used before it is seeded: its seed comes from the operating system`;
    } else if (seed.kind !== 'value') {
      info.unknownReason = `${this.lineOf(node as SyntaxNode)}: the seed is not known${seed.kind === 'unknown' ? ` (${seed.reason})` : ''}`;
    } else {
      try {
        stream.engine = createEngine(engine, seed.value instanceof PyNdArray ? seed.value.toList() : seed.value);
        info.seed = repr(seed.value);
      } catch (e) {
        info.unknownReason = `${this.lineOf(node as SyntaxNode)}: ${describe(e)}`;
      }
    }
    return stream;
  }

  private globalStream(engine: EngineName): Stream {
    let s = this.globals.get(engine);
    if (!s) {
      const kind = STREAM_KINDS.find((k) => k.engine === engine);
      s = this.newStream(engine, kind?.globalLabel ?? engine, null, null);
      this.globals.set(engine, s);
    }
    return s;
  }

  private markUnknown(stream: Stream, reason: string): void {
    if (stream.engine !== null || stream.info.unknownReason === null) {
      stream.engine = null;
      stream.info.unknownReason = reason;
    }
  }

  /** A call into code the evaluator does not model: the global streams may be drawn from. */
  private globalsMayDraw(reason: string): void {
    for (const kind of STREAM_KINDS) if (kind.globalModule) this.markUnknown(this.globalStream(kind.engine), reason);
  }

  // ---- call sites ----

  private site(node: SyntaxNode, method: string, stream: Stream | null): CallSite {
    const key = `${this.chunk}:${node.from}`;
    let s = this.sites.get(key);
    if (!s) {
      const { line, col } = this.lines[this.chunk].position(node.from);
      s = {
        chunk: this.chunk,
        from: node.from,
        to: node.to,
        line,
        col,
        ...(this.chunks[this.chunk].cell === undefined ? {} : { cell: this.chunks[this.chunk].cell }),
        call: this.text(node),
        method,
        stream: stream ? stream.info.id : null,
        runs: [],
        unknown: null,
      };
      this.sites.set(key, s);
    }
    return s;
  }

  private siteUnknown(node: SyntaxNode, method: string, stream: Stream | null, reason: string): void {
    const s = this.site(node, method, stream);
    if (s.unknown === null) s.unknown = reason;
    if (stream) stream.info.unknown++;
  }

  // ---- statements ----

  private execBlock(statements: SyntaxNode[], topLevel = false): void {
    for (let i = 0; i < statements.length; i++) {
      const st = statements[i];
      if (topLevel && i % SNAPSHOT_EVERY === 0) this.snapshot(st.from);
      try {
        this.tick();
        this.execStatement(st);
      } catch (e) {
        if (!(e instanceof BudgetExceeded)) throw e;
        if (!this.budgetExceeded) {
          this.budgetExceeded = true;
          const reason = `${this.lineOf(st)}: evaluation stopped: ${e.message}`;
          for (const s of this.liveStreams()) this.markUnknown(s, reason);
          this.globalsMayDraw(reason);
        }
        for (const rest of statements.slice(i)) this.havoc(rest, `evaluation stopped: ${e.message}`, true);
        throw e;
      }
    }
  }

  private liveStreams(): Stream[] {
    const out = new Set<Stream>(this.globals.values());
    for (const v of this.env.values()) if (v.kind === 'stream') out.add(v.stream);
    return [...out];
  }

  private execStatement(st: SyntaxNode): void {
    const name = st.type.name;
    if (name === 'Comment' || name === 'PassStatement' || name === 'GlobalStatement' || name === 'NonlocalStatement') return;
    if (hasError(st)) {
      // Python would run none of the file; values before this line are what it gives once fixed
      const reason = `${this.lineOf(st)}: a syntax error (Python runs nothing until it is fixed)`;
      this.havoc(st, reason, true);
      for (const s of this.liveStreams()) this.markUnknown(s, reason);
      this.globalsMayDraw(reason);
      return;
    }
    switch (name) {
      case 'ExpressionStatement':
      case 'AssertStatement':
        for (const c of childrenOf(st)) if (!isKeyword(c)) this.evalExpr(c);
        return;
      case 'AssignStatement':
        return this.execAssign(st);
      case 'UpdateStatement':
        return this.execUpdate(st);
      case 'ImportStatement':
        return this.execImport(st);
      case 'IfStatement':
        return this.execIf(st);
      case 'ForStatement':
        return this.execFor(st);
      case 'FunctionDefinition':
      case 'ClassDefinition':
        return this.execDef(st);
      case 'DecoratedStatement': {
        const def = childrenOf(st).find((c) => c.type.name === 'FunctionDefinition' || c.type.name === 'ClassDefinition');
        if (def) return this.execDef(def);
        break;
      }
      case 'DeleteStatement':
        for (const c of childrenOf(st)) if (c.type.name === 'VariableName') this.env.delete(this.text(c));
        return;
      case 'WithStatement':
        return this.execWith(st);
    }
    this.havoc(st, `${this.lineOf(st)}: ${describeStatement(name)} is not evaluated`, true);
  }

  private execAssign(st: SyntaxNode): void {
    const groups: SyntaxNode[][] = [[]];
    for (const c of childrenOf(st)) {
      if (c.type.name === 'AssignOp') groups.push([]);
      else if (c.type.name !== 'TypeDef') groups[groups.length - 1].push(c);
    }
    const valueNodes = groups.pop() as SyntaxNode[];
    const exprs = valueNodes.filter((n) => n.type.name !== ',');
    let value: Val;
    if (exprs.length === 1 && !valueNodes.some((n) => n.type.name === ',')) value = this.evalExpr(exprs[0]);
    else {
      const items = exprs.map((e) => this.evalExpr(e));
      value = items.every((v) => v.kind === 'value')
        ? { kind: 'value', value: new PyTuple(items.map((v) => (v as { value: PyObj }).value)), substitutable: false }
        : UNKNOWN('a tuple with values that are not known');
    }
    for (const targets of groups) this.assign(targets, value);
  }

  /** Bind assignment targets (one group between `=` signs) to a value. */
  private assign(targets: SyntaxNode[], value: Val): void {
    const names = targets.filter((t) => t.type.name !== ',');
    if (names.length === 1 && targets.length === 1 && names[0].type.name === 'VariableName') {
      this.bind(this.text(names[0]), value);
      return;
    }
    if (names.length === 1 && names[0].type.name === 'TupleExpression' || names.length === 1 && names[0].type.name === 'ArrayExpression') {
      return this.assign(childrenOf(names[0]).filter((c) => !['(', ')', '[', ']'].includes(c.type.name)), value);
    }
    const items =
      value.kind === 'value' && (Array.isArray(value.value) || value.value instanceof PyTuple)
        ? Array.isArray(value.value)
          ? value.value
          : value.value.items
        : undefined;
    if (items && items.length === names.length && names.every((n) => n.type.name === 'VariableName')) {
      names.forEach((n, i) => this.bind(this.text(n), { kind: 'value', value: items[i], substitutable: isPlain(items[i]) }));
      return;
    }
    for (const t of names) this.unbindTarget(t, value);
  }

  private bind(name: string, value: Val): void {
    if (value.kind === 'unknown') this.env.delete(name);
    else this.env.set(name, value);
  }

  /** A target the evaluator does not model (`x[0] = …`, `a.b = …`, `*rest`): its base name is no longer known. */
  private unbindTarget(t: SyntaxNode, value: Val): void {
    if (t.type.name !== 'VariableName') {
      for (const c of childrenOf(t)) if (c.type.name === 'VariableName' || c.type.name.endsWith('Expression')) this.unbindTarget(c, value);
      // `x[i] = v` evaluates the subscript; any call inside runs
      if (t.type.name === 'SubscriptExpression' || t.type.name === 'MemberExpression') this.evalEffects(t, true);
      return;
    }
    if (value.kind === 'stream') this.markUnknown(value.stream, `${this.lineOf(t)}: stored where the evaluator cannot follow it`);
    this.env.delete(this.text(t));
  }

  private execUpdate(st: SyntaxNode): void {
    const [target, op, expr] = childrenOf(st);
    const rhs = expr ? this.evalExpr(expr) : UNKNOWN('no value');
    if (target?.type.name !== 'VariableName' || !op) {
      if (target) this.unbindTarget(target, rhs);
      return;
    }
    const name = this.text(target);
    const lhs = this.env.get(name);
    const text = lhs && substitution(lhs) !== undefined && substitution(rhs) !== undefined ? `(${substitution(lhs)}) ${this.text(op).slice(0, -1)} (${substitution(rhs)})` : undefined;
    this.bind(name, text === undefined ? UNKNOWN('not known') : this.constant(text, lhs?.kind === 'value' && lhs.substitutable && rhs.kind === 'value' && isPlain(rhs.value)));
  }

  private execImport(st: SyntaxNode): void {
    const parts = childrenOf(st);
    const dotted = (from: number): [string, number] => {
      let name = '';
      let i = from;
      while (i < parts.length && (parts[i].type.name === 'VariableName' || parts[i].type.name === '.')) name += this.text(parts[i++]);
      return [name, i];
    };
    if (parts[0]?.type.name === 'from') {
      const [module, i0] = dotted(1);
      let i = i0 + 1; // past `import`
      if (parts[i]?.type.name === '(') i++;
      if (this.text(parts[i] ?? parts[0]) === '*') {
        const kind = GLOBAL_MODULES.get(module);
        if (kind) {
          for (const c of ENGINES[kind.engine].calls) this.env.set(c.name, { kind: 'ref', path: `${module}.${c.name}` });
          for (const r of kind.reseed) this.env.set(r, { kind: 'ref', path: `${module}.${r}` });
        }
        return;
      }
      while (i < parts.length) {
        const p = parts[i];
        if (p.type.name !== 'VariableName') {
          i++;
          continue;
        }
        const imported = this.text(p);
        let local = imported;
        if (parts[i + 1]?.type.name === 'as' && parts[i + 2]) {
          local = this.text(parts[i + 2]);
          i += 3;
        } else i++;
        this.env.set(local, { kind: 'ref', path: `${module}.${imported}` });
      }
      return;
    }
    let i = 1;
    while (i < parts.length) {
      const [module, next] = dotted(i);
      if (!module) {
        i++;
        continue;
      }
      i = next;
      if (parts[i]?.type.name === 'as' && parts[i + 1]) {
        this.env.set(this.text(parts[i + 1]), { kind: 'ref', path: module });
        i += 2;
      } else {
        const top = module.split('.')[0];
        this.env.set(top, { kind: 'ref', path: top });
      }
    }
  }

  private execIf(st: SyntaxNode): void {
    const parts = childrenOf(st);
    // pairs of (condition | null for else, body)
    const branches: { cond: SyntaxNode | null; body: SyntaxNode }[] = [];
    for (let i = 0; i < parts.length; i++) {
      const t = parts[i].type.name;
      if ((t === 'if' || t === 'elif') && parts[i + 1] && parts[i + 2]?.type.name === 'Body') {
        branches.push({ cond: parts[i + 1], body: parts[i + 2] });
        i += 2;
      } else if (t === 'else' && parts[i + 1]?.type.name === 'Body') {
        branches.push({ cond: null, body: parts[i + 1] });
        i += 1;
      }
    }
    for (let b = 0; b < branches.length; b++) {
      const { cond, body } = branches[b];
      let truth: boolean | undefined = true;
      if (cond) truth = this.isMainCheck(cond) ? true : truthiness(this.evalExpr(cond));
      if (truth === true) {
        this.execBody(body);
        for (const rest of branches.slice(b + 1)) this.reportInside(rest.body, `${this.lineOf(rest.body)}: not run (an earlier condition is true)`);
        return;
      }
      if (truth === false) this.reportInside(body, `${this.lineOf(body)}: not run (the condition is false)`);
      if (truth === undefined) {
        const reason = `${this.lineOf(cond as SyntaxNode)}: which branch runs is not known`;
        for (const rest of branches.slice(b)) {
          if (rest.cond && rest !== branches[b]) this.havoc(rest.cond, reason, true);
          this.havoc(rest.body, reason, true);
        }
        return;
      }
    }
  }

  /** `__name__ == "__main__"` (either order, either quote): true when the file runs as a script. */
  private isMainCheck(cond: SyntaxNode): boolean {
    return /^(__name__\s*==\s*(['"])__main__\2|(['"])__main__\3\s*==\s*__name__)$/.test(this.text(cond).trim());
  }

  private execBody(body: SyntaxNode): void {
    this.execBlock(childrenOf(body).filter((c) => c.type.name !== ':'));
  }

  private execFor(st: SyntaxNode): void {
    const parts = childrenOf(st);
    const inAt = parts.findIndex((p) => p.type.name === 'in');
    const targets = parts.slice(1, inAt);
    const iterNode = parts[inAt + 1];
    const bodies = parts.filter((p) => p.type.name === 'Body');
    const [body, elseBody] = bodies;
    if (!iterNode || !body) return this.havoc(st, `${this.lineOf(st)}: a for loop the evaluator cannot read`, true);
    const iter = this.evalExpr(iterNode);
    const items = iterItems(iter);
    let exits = false;
    walk(body, (n) => {
      if (LOOP_EXITS.has(n.type.name)) exits = true;
      return !exits;
    });
    if (items === undefined || exits) {
      const why = exits ? 'the loop may stop early (break/continue/return)' : "the loop's count is not known";
      this.havoc(body, `${this.lineOf(st)}: ${why}`, true);
      for (const t of targets) if (t.type.name !== ',') this.unbindTarget(t, UNKNOWN(why));
      if (elseBody) this.havoc(elseBody, `${this.lineOf(st)}: ${why}`, true);
      return;
    }
    if (items.length === 0) this.reportInside(body, `${this.lineOf(st)}: not run (the loop has no items)`);
    for (const item of items) {
      this.assign(targets, { kind: 'value', value: item, substitutable: isPlain(item) });
      this.execBody(body);
    }
    if (elseBody) this.execBody(elseBody);
  }

  private execWith(st: SyntaxNode): void {
    const parts = childrenOf(st);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (p.type.name === 'Body') this.execBody(p);
      else if (p.type.name === 'as' && parts[i + 1]) {
        this.unbindTarget(parts[i + 1], UNKNOWN('a context manager'));
        i++;
      } else if (!isKeyword(p) && p.type.name !== ',') this.evalExpr(p);
    }
  }

  /**
   * `def f(…):` / `class C:`: bound to their body, which runs only when called; the stream calls
   * inside are reported as not evaluated (the evaluator runs module-level code only).
   */
  private execDef(st: SyntaxNode): void {
    const nameNode = childrenOf(st).find((c) => c.type.name === 'VariableName');
    const body = childrenOf(st).find((c) => c.type.name === 'Body');
    if (!nameNode || !body) return;
    const name = this.text(nameNode);
    const kind = st.type.name === 'ClassDefinition' ? 'class' : 'function';
    this.reportInside(body, `inside ${kind} ${name}(): only module-level code is evaluated`);
    this.env.set(name, { kind: 'def', body, name });
  }

  // ---- havoc: code that runs an unknown number of times, or not at all ----

  /**
   * Code whose effect is not known (a loop of unknown count, a branch, a call into a function):
   * every stream it may draw from becomes unknown from here, names it assigns are no longer known,
   * and its stream calls are reported with the reason (when `report`).
   */
  private havoc(node: SyntaxNode, reason: string, report: boolean): void {
    walk(node, (n) => {
      const t = n.type.name;
      if (t === 'CallExpression') this.havocCall(n, reason, report);
      else if (t === 'VariableName') {
        const v = this.env.get(this.text(n));
        if (v?.kind === 'stream' && !isCallee(n)) this.markUnknown(v.stream, reason);
        if (isAssignTarget(n)) this.env.delete(this.text(n));
      } else if (t === 'FunctionDefinition' || t === 'ClassDefinition') {
        const nm = childrenOf(n).find((c) => c.type.name === 'VariableName');
        if (nm) this.env.delete(this.text(nm));
      }
      return true;
    });
  }

  private havocCall(call: SyntaxNode, reason: string, report: boolean): void {
    const target = this.peekCallee(call);
    if (target.kind === 'stream') {
      if (report) this.siteUnknown(call, target.method, target.stream, reason);
      this.markUnknown(target.stream, reason);
    } else if (target.kind === 'global') {
      const stream = this.globalStream(target.engine);
      if (report && !target.seeding) this.siteUnknown(call, target.method, stream, reason);
      this.markUnknown(stream, reason);
    } else if (target.kind === 'def') {
      this.havocDef(target.def, reason);
    } else if (target.kind === 'unmodelled') {
      this.globalsMayDraw(reason);
    }
  }

  /** Calling a function defined in the file: whatever its body may draw from becomes unknown. */
  private havocDef(def: Val & { kind: 'def' }, reason: string, depth = 0): void {
    const saved = this.shadowed;
    this.shadowed = localNames(def.body, (n) => this.text(n));
    try {
      walk(def.body, (n) => {
        const t = n.type.name;
        if (t === 'CallExpression') {
          const target = this.peekCallee(n);
          if (target.kind === 'stream') this.markUnknown(target.stream, reason);
          else if (target.kind === 'global') this.markUnknown(this.globalStream(target.engine), reason);
          else if (target.kind === 'unmodelled') this.globalsMayDraw(reason);
          else if (target.kind === 'def' && target.def !== def) {
            // functions calling functions: followed a few levels deep, then anything may happen
            if (depth < 3) this.havocDef(target.def, reason, depth + 1);
            else this.globalsMayDraw(reason);
          }
        } else if (t === 'VariableName') {
          const v = this.lookup(this.text(n));
          if (v?.kind === 'stream') this.markUnknown(v.stream, reason);
        } else if (t === 'GlobalStatement') {
          for (const c of childrenOf(n)) if (c.type.name === 'VariableName') this.env.delete(this.text(c));
        }
        return true;
      });
    } finally {
      this.shadowed = saved;
    }
  }

  /** Names local to the function body being followed (not the module's), while {@link havocDef} walks it. */
  private shadowed: Set<string> | null = null;

  /** A module-level binding, unless a local of the function being followed shadows it. */
  private lookup(name: string): Val | undefined {
    return this.shadowed?.has(name) ? undefined : this.env.get(name);
  }

  /** Report the stream calls inside code that is not run (a function body), without changing any stream. */
  private reportInside(node: SyntaxNode, reason: string): void {
    walk(node, (n) => {
      if (n.type.name === 'CallExpression') {
        const target = this.peekCallee(n);
        if (target.kind === 'stream' || (target.kind === 'global' && !target.seeding)) {
          const s = this.site(n, target.method, target.kind === 'stream' ? target.stream : this.globalStream(target.engine));
          if (s.unknown === null) s.unknown = reason;
        }
      }
      return true;
    });
  }

  /** What a call's callee is, from the current bindings, without evaluating anything. */
  private peekCallee(
    call: SyntaxNode,
  ):
    | { kind: 'stream'; stream: Stream; method: string }
    | { kind: 'global'; engine: EngineName; method: string; seeding: boolean }
    | { kind: 'def'; def: Val & { kind: 'def' } }
    | { kind: 'pure' }
    | { kind: 'unmodelled' } {
    const callee = call.firstChild;
    if (!callee) return { kind: 'unmodelled' };
    const path = this.staticPath(callee);
    if (path?.kind === 'stream') return { kind: 'stream', stream: path.stream, method: path.rest };
    if (path?.kind === 'def') return { kind: 'def', def: path.def };
    if (path?.kind === 'ref') {
      const cls = classify(path.path);
      if (cls.kind === 'global') return { kind: 'global', engine: cls.engine, method: cls.method, seeding: cls.seeding };
      if (cls.kind === 'pure' || cls.kind === 'constructor') return { kind: 'pure' };
      return { kind: 'unmodelled' };
    }
    if (path?.kind === 'valueMethod') return { kind: 'pure' };
    if (callee.type.name === 'MemberExpression') {
      const prop = callee.lastChild;
      if (prop && PURE_METHODS.has(this.text(prop))) return { kind: 'pure' };
    }
    return { kind: 'unmodelled' };
  }

  /** A callee's meaning from names alone: `np.random.randint` → ref `numpy.random.randint`; `rng.integers` → a stream method. */
  private staticPath(
    node: SyntaxNode,
  ):
    | { kind: 'ref'; path: string }
    | { kind: 'stream'; stream: Stream; rest: string }
    | { kind: 'def'; def: Val & { kind: 'def' } }
    | { kind: 'valueMethod' }
    | undefined {
    if (node.type.name === 'VariableName') {
      const name = this.text(node);
      const v = this.lookup(name);
      if (v?.kind === 'ref') return { kind: 'ref', path: v.path };
      if (v?.kind === 'def') return { kind: 'def', def: v };
      if (v === undefined && PURE_BUILTINS.has(name)) return { kind: 'ref', path: `builtins.${name}` };
      return undefined;
    }
    if (node.type.name === 'MemberExpression') {
      const obj = node.firstChild;
      const prop = node.lastChild;
      if (!obj || !prop || prop.type.name !== 'PropertyName') return undefined;
      const name = this.text(prop);
      if (obj.type.name === 'VariableName') {
        const v = this.lookup(this.text(obj));
        if (v?.kind === 'stream') return { kind: 'stream', stream: v.stream, rest: name };
        if (v?.kind === 'value') return { kind: 'valueMethod' };
      }
      const base = this.staticPath(obj);
      if (base?.kind === 'ref') return { kind: 'ref', path: `${base.path}.${name}` };
      return undefined;
    }
    return undefined;
  }

  // ---- expressions ----

  private evalExpr(node: SyntaxNode): Val {
    const t = node.type.name;
    switch (t) {
      case 'CallExpression':
        return this.evalCall(node);
      case 'VariableName': {
        const name = this.text(node);
        const v = this.env.get(name);
        if (v) return v;
        if (PURE_BUILTINS.has(name)) return { kind: 'ref', path: `builtins.${name}` };
        return UNKNOWN(`${name} is not known`);
      }
      case 'MemberExpression':
        return this.evalMember(node);
      case 'ParenthesizedExpression': {
        const inner = childrenOf(node).filter((c) => c.type.name !== '(' && c.type.name !== ')');
        if (inner.length === 1) return this.evalExpr(inner[0]);
        break;
      }
      case 'Number':
      case 'String':
      case 'Boolean':
      case 'None':
        return this.constant(this.text(node), true);
      case 'LambdaExpression':
        // not run here; a stream it names may be drawn from whenever it is called
        walk(node, (n) => {
          const v = n.type.name === 'VariableName' ? this.env.get(this.text(n)) : undefined;
          if (v?.kind === 'stream') this.markUnknown(v.stream, `${this.lineOf(node)}: used in a lambda`);
          if (n.type.name === 'CallExpression') this.havocCall(n, `${this.lineOf(node)}: inside a lambda`, true);
          return true;
        });
        return UNKNOWN('a lambda');
    }
    if (COMPREHENSIONS.has(t) || t === 'ConditionalExpression' || (t === 'BinaryExpression' && childrenOf(node).some((c) => c.type.name === 'and' || c.type.name === 'or'))) {
      let calls = false;
      walk(node, (n) => {
        if (n.type.name === 'CallExpression' && this.peekCallee(n).kind !== 'pure') calls = true;
        return !calls;
      });
      if (calls) {
        const what = COMPREHENSIONS.has(t) ? 'a comprehension (its count is not evaluated)' : 'a conditional expression';
        this.havoc(node, `${this.lineOf(node)}: ${what}`, true);
        return UNKNOWN(what);
      }
    }
    return this.evalGeneric(node);
  }

  /** Any other expression: run the calls inside in order, then evaluate the text with known values substituted. */
  private evalGeneric(node: SyntaxNode): Val {
    const replacements = this.evalEffects(node, false);
    if (replacements === undefined) return UNKNOWN(`${this.text(node)} is not known`);
    let text = '';
    let pos = node.from;
    const src = this.chunks[this.chunk].source;
    let plain = true;
    for (const r of replacements) {
      text += src.slice(pos, r.from) + r.text;
      pos = r.to;
      plain &&= r.plain;
    }
    text += src.slice(pos, node.to);
    return this.constant(text, plain);
  }

  /**
   * Evaluate the calls, names and attribute reads inside an expression in source order; returns
   * their text replacements (known values as Python source), or undefined when one is not known.
   */
  private evalEffects(node: SyntaxNode, skipSelf: boolean): { from: number; to: number; text: string; plain: boolean }[] | undefined {
    const out: { from: number; to: number; text: string; plain: boolean }[] = [];
    let known = true;
    const visit = (n: SyntaxNode) => {
      const t = n.type.name;
      if (t === 'CallExpression' || t === 'VariableName' || t === 'MemberExpression' || t === 'LambdaExpression' || COMPREHENSIONS.has(t)) {
        const v = this.evalExpr(n);
        const text = substitution(v);
        if (text === undefined) known = false;
        else out.push({ from: n.from, to: n.to, text, plain: v.kind === 'value' ? isPlain(v.value) && v.substitutable : true });
        return;
      }
      for (const c of childrenOf(n)) visit(c);
    };
    if (skipSelf) for (const c of childrenOf(node)) visit(c);
    else visit(node);
    return known ? out : undefined;
  }

  private constant(text: string, plain: boolean): Val {
    try {
      const value = evaluateConstant(text);
      return { kind: 'value', value, substitutable: plain };
    } catch (e) {
      return UNKNOWN(describe(e));
    }
  }

  private evalMember(node: SyntaxNode): Val {
    const obj = node.firstChild as SyntaxNode;
    const prop = node.lastChild as SyntaxNode;
    const base = this.evalExpr(obj);
    const name = this.text(prop);
    if (base.kind === 'ref') return { kind: 'ref', path: `${base.path}.${name}` };
    if (base.kind === 'stream') {
      if (!STATE_READS.has(name)) this.markUnknown(base.stream, `${this.lineOf(node)}: ${this.text(node)} is used as a value`);
      return UNKNOWN(`${this.text(node)}`);
    }
    return UNKNOWN(`${this.text(node)} is not known`);
  }

  private evalCall(node: SyntaxNode): Val {
    const callee = node.firstChild as SyntaxNode;
    const argList = node.lastChild?.type.name === 'ArgList' ? node.lastChild : null;
    if (callee.type.name === 'MemberExpression') {
      const obj = callee.firstChild as SyntaxNode;
      const method = this.text(callee.lastChild as SyntaxNode);
      const base = this.evalExpr(obj);
      if (base.kind === 'stream') return this.streamCall(node, base.stream, method, argList);
      if (base.kind === 'ref') return this.refCall(node, `${base.path}.${method}`, argList);
      const args = this.evalArgs(argList);
      if (base.kind === 'value') {
        if (!NON_MUTATING_METHODS.has(method) && obj.type.name === 'VariableName') this.env.delete(this.text(obj));
        return this.pureResult(node, args);
      }
      if (PURE_METHODS.has(method)) {
        this.argsEscape(node, args, false);
        return UNKNOWN(`${this.text(node)} is not known`);
      }
      this.argsEscape(node, args, true);
      return UNKNOWN(`${this.text(node)} is not known`);
    }
    const f = this.evalExpr(callee);
    if (f.kind === 'ref') return this.refCall(node, f.path, argList);
    const args = this.evalArgs(argList);
    if (f.kind === 'def') {
      this.havocDef(f, `${this.lineOf(node)}: ${f.name}() may draw from it`);
      this.argsEscape(node, args, false);
      return UNKNOWN(`${f.name}() is not evaluated`);
    }
    this.argsEscape(node, args, true);
    return UNKNOWN(`${this.text(node)} is not known`);
  }

  /**
   * Arguments passed to code the evaluator does not model: streams among them become unknown;
   * when `mayDrawGlobal`, so do the global streams — unless the call names its own stream as an
   * int `random_state=`/`seed=` (sklearn's convention: such a call draws from its own RandomState).
   */
  private argsEscape(node: SyntaxNode, args: EvaluatedArgs, mayDrawGlobal: boolean): void {
    const reason = `${this.lineOf(node)}: passed to ${this.text(node.firstChild as SyntaxNode)}()`;
    for (const v of [...args.positional, ...args.keywords.map((k) => k[1])]) {
      if (v.kind === 'stream') this.markUnknown(v.stream, reason);
      if (v.kind === 'def') this.havocDef(v, reason);
    }
    if (!mayDrawGlobal) return;
    const own = args.keywords.find(([k]) => k === 'random_state' || k === 'seed');
    if (own && own[1].kind === 'value' && typeof own[1].value === 'bigint') return;
    if (own && own[1].kind === 'stream') return;
    this.globalsMayDraw(`${this.lineOf(node)}: ${this.text(node.firstChild as SyntaxNode)}() may draw from the global streams`);
  }

  private pureResult(node: SyntaxNode, args: EvaluatedArgs): Val {
    if (args.starred) return UNKNOWN('starred arguments');
    return this.evalGenericCallText(node);
  }

  /** A pure call (`range(5)`, `np.arange(3)`, `len(x)`): the call language evaluates it with known values substituted. */
  private evalGenericCallText(node: SyntaxNode): Val {
    // arguments were already evaluated; substitute names only (calls inside were run: their values are cached per site)
    const src = this.chunks[this.chunk].source;
    const reps: { from: number; to: number; text: string }[] = [];
    let known = true;
    let plain = true;
    walk(node, (n) => {
      if (!known) return false;
      if (n === node) return true;
      if (n.type.name === 'CallExpression') {
        const cached = this.lastValue.get(`${this.chunk}:${n.from}`);
        const text = cached && substitution(cached);
        if (text === undefined) known = false;
        else reps.push({ from: n.from, to: n.to, text });
        return false;
      }
      if (n.type.name === 'VariableName' && !isKeywordArgName(n)) {
        const v = this.env.get(this.text(n));
        if (v === undefined) return false; // a builtin or module name the call language knows (range, np)
        const text = substitution(v);
        if (text === undefined) known = false;
        else {
          reps.push({ from: n.from, to: n.to, text });
          if (v.kind === 'value' && !(v.substitutable && isPlain(v.value))) plain = false;
        }
        return false;
      }
      return true;
    });
    if (!known) return UNKNOWN(`${this.text(node)} is not known`);
    let text = '';
    let pos = node.from;
    for (const r of reps) {
      text += src.slice(pos, r.from) + r.text;
      pos = r.to;
    }
    text += src.slice(pos, node.to);
    return this.remember(node, this.constant(text, plain));
  }

  /** The last value of each call evaluated (by site), for substitution into an enclosing pure call. */
  private readonly lastValue = new Map<string, Val>();

  private remember(node: SyntaxNode, v: Val): Val {
    this.lastValue.set(`${this.chunk}:${node.from}`, v);
    return v;
  }

  private evalArgs(argList: SyntaxNode | null): EvaluatedArgs {
    const out: EvaluatedArgs = { positional: [], keywords: [], nodes: [], starred: false };
    if (!argList) return out;
    const parts = childrenOf(argList).filter((c) => c.type.name !== '(' && c.type.name !== ')');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (p.type.name === ',') continue;
      if (p.type.name === 'VariableName' && parts[i + 1]?.type.name === 'AssignOp' && parts[i + 2]) {
        out.keywords.push([this.text(p), this.evalExpr(parts[i + 2])]);
        i += 2;
        continue;
      }
      const txt = this.text(p);
      if (txt === '*' || txt === '**') {
        out.starred = true;
        if (parts[i + 1]) this.evalExpr(parts[i + 1]);
        i++;
        continue;
      }
      out.nodes.push(p);
      out.positional.push(this.evalExpr(p));
    }
    return out;
  }

  /** A call through a module path: a stream's seeding or constructor, a global stream's draw, a pure function, or unmodelled code. */
  private refCall(node: SyntaxNode, path: string, argList: SyntaxNode | null): Val {
    const cls = classify(path);
    if (cls.kind === 'global') {
      if (cls.seeding) {
        const args = this.evalArgs(argList);
        const seed = args.positional[0] ?? args.keywords.find(([k]) => k === 'seed' || k === 'a')?.[1] ?? null;
        const explicitNone = seed?.kind === 'value' && seed.value === null;
        const stream = this.newStream(cls.engine, cls.label, explicitNone ? null : seed, node);
        this.globals.set(cls.engine, stream);
        return this.remember(node, { kind: 'value', value: null, substitutable: true });
      }
      return this.streamCall(node, this.globalStream(cls.engine), cls.method, argList);
    }
    if (cls.kind === 'constructor') {
      const args = this.evalArgs(argList);
      let seed: Val | null = args.positional[0] ?? args.keywords.find(([k]) => k === 'seed' || k === 'x' || k === 'bit_generator')?.[1] ?? null;
      if (seed?.kind === 'bitgen') seed = cls.engine === 'numpy-generator' ? seed.seed : UNKNOWN('a bit generator');
      if (seed?.kind === 'value' && seed.value === null) seed = null;
      if (seed?.kind === 'stream') seed = UNKNOWN('a Generator passed as seed');
      return { kind: 'stream', stream: this.newStream(cls.engine, this.labelFor(node), seed, node) };
    }
    if (cls.kind === 'bitgen') {
      const args = this.evalArgs(argList);
      const seed = args.positional[0] ?? args.keywords.find(([k]) => k === 'seed')?.[1];
      return { kind: 'bitgen', seed: seed ?? UNKNOWN('PCG64() without a seed') };
    }
    if (cls.kind === 'wrapper') {
      const args = this.evalArgs(argList);
      const bg = args.positional[0] ?? args.keywords.find(([k]) => k === 'bit_generator')?.[1];
      const seed = bg?.kind === 'bitgen' ? bg.seed : UNKNOWN('a bit generator the evaluator does not model');
      return { kind: 'stream', stream: this.newStream('numpy-generator', this.labelFor(node), seed, node) };
    }
    if (cls.kind === 'unsupported') {
      this.evalArgs(argList);
      const stream = this.globalStream(cls.engine);
      const reason = `${this.lineOf(node)}: ${this.text(node.firstChild as SyntaxNode)}() ${cls.why}`;
      if (cls.draws) this.siteUnknown(node, cls.method, stream, reason);
      this.markUnknown(stream, reason);
      return UNKNOWN(reason);
    }
    if (cls.kind === 'stateRead') {
      this.evalArgs(argList);
      return UNKNOWN('a state');
    }
    const args = this.evalArgs(argList);
    if (cls.kind === 'pure') {
      this.argsEscape(node, args, false);
      const v = this.pureResult(node, args);
      return v.kind === 'value' ? v : this.remember(node, builtinValue(path, args) ?? v);
    }
    this.argsEscape(node, args, true);
    return UNKNOWN(`${this.text(node)} is not known`);
  }

  /** The name a new stream is bound to (`rng` in `rng = np.random.default_rng(1)`), else the call text. */
  private labelFor(node: SyntaxNode): string {
    const parent = node.parent;
    if (parent?.type.name === 'AssignStatement' && parent.firstChild?.type.name === 'VariableName' && parent.firstChild.nextSibling?.type.name === 'AssignOp') {
      return this.text(parent.firstChild);
    }
    return this.text(node.firstChild as SyntaxNode);
  }

  /** A call on a stream: a table call evaluated exactly, a re-seeding, or something that makes the stream unknown. */
  private streamCall(node: SyntaxNode, stream: Stream, method: string, argList: SyntaxNode | null): Val {
    const spec = ENGINES[stream.info.engine];
    const kind = STREAM_KINDS.find((k) => k.engine === stream.info.engine);
    if (kind?.reseed.includes(method) && !this.isGlobal(stream)) {
      const args = this.evalArgs(argList);
      const seed = args.positional[0] ?? args.keywords.find(([k]) => k === 'seed' || k === 'a')?.[1] ?? null;
      const fresh = this.newStream(stream.info.engine, stream.info.label, seed?.kind === 'value' && seed.value === null ? null : seed, node);
      stream.info = fresh.info;
      stream.engine = fresh.engine;
      stream.position = 0;
      return { kind: 'value', value: null, substitutable: true };
    }
    const call = spec.calls.find((c) => c.name === method);
    if (!call) {
      const args = this.evalArgs(argList);
      if (STATE_READS.has(method)) return UNKNOWN('a state');
      void args;
      const reason = `${this.lineOf(node)}: ${this.text(node.firstChild as SyntaxNode)}() is not supported by this tool`;
      this.siteUnknown(node, method, stream, reason);
      this.markUnknown(stream, reason);
      return UNKNOWN(reason);
    }
    const args = this.evalArgs(argList);
    if (stream.engine === null) {
      this.siteUnknown(node, method, stream, stream.info.unknownReason ?? 'the stream is not known');
      return UNKNOWN('the stream is not known');
    }
    const bad = [...args.positional, ...args.keywords.map((k) => k[1])].find((v) => v.kind !== 'value');
    if (args.starred || bad) {
      const why = args.starred ? 'starred arguments' : bad?.kind === 'unknown' ? bad.reason : 'an argument that is not a value';
      const reason = `${this.lineOf(node)}: an argument is not known (${why})`;
      this.siteUnknown(node, method, stream, reason);
      this.markUnknown(stream, reason);
      return UNKNOWN(reason);
    }
    const value = (v: Val) => (v as { value: PyObj }).value;
    const parsed: Pick<ParsedCall, 'name' | 'args' | 'kwargs'> = { name: method, args: args.positional.map(value), kwargs: args.keywords.map(([k, v]) => [k, value(v)]) };
    let flat: PyObj[];
    let bound;
    try {
      bound = bindArgs(call, parsed, ENGINE_INFO[stream.info.engine].callStyle);
      const count = shapeCount(callShape(call, bound));
      if (count > this.maxValuesPerCall || this.values + count > this.maxValues) {
        throw new BudgetLimit(`${count} values: more than this evaluator draws for one call`);
      }
      flat = call.run(stream.engine, bound);
    } catch (e) {
      const reason = `${this.lineOf(node)}: ${describe(e)}`;
      this.siteUnknown(node, method, stream, reason);
      this.markUnknown(stream, reason);
      return UNKNOWN(reason);
    }
    this.values += flat.length;
    const position = stream.position++;
    const result = resultValue(stream.info.engine, call, bound, flat);
    const site = this.site(node, method, stream);
    if (!result.ok) {
      if (site.unknown === null) site.unknown = `${this.lineOf(node)}: ${result.reason}`;
      stream.info.unknown++;
      if (call.inPlace) this.unbindArg(args.nodes[0]);
      return this.remember(node, UNKNOWN(result.reason));
    }
    site.runs.push({ value: result.value, position });
    stream.info.evaluated++;
    if (call.inPlace) {
      const target = args.nodes[0];
      if (target?.type.name === 'VariableName') this.env.set(this.text(target), { kind: 'value', value: result.value, substitutable: false });
      return this.remember(node, { kind: 'value', value: null, substitutable: true });
    }
    const substitutable = !result.numpy || isSafeNumpyScalar(result.value);
    return this.remember(node, { kind: 'value', value: result.value, substitutable });
  }

  private unbindArg(node: SyntaxNode | undefined): void {
    if (node?.type.name === 'VariableName') this.env.delete(this.text(node));
  }

  private isGlobal(stream: Stream): boolean {
    for (const s of this.globals.values()) if (s === stream) return true;
    return false;
  }
}

class BudgetLimit extends Error {}

interface EvaluatedArgs {
  positional: Val[];
  keywords: [string, Val][];
  /** The positional arguments' nodes (shuffle rebinds its argument). */
  nodes: SyntaxNode[];
  starred: boolean;
}

type Classified =
  | { kind: 'global'; engine: EngineName; label: string; method: string; seeding: boolean }
  | { kind: 'constructor'; engine: EngineName }
  | { kind: 'bitgen' }
  | { kind: 'wrapper' }
  | { kind: 'unsupported'; engine: EngineName; method: string; why: string; draws: boolean }
  | { kind: 'stateRead' }
  | { kind: 'pure' }
  | { kind: 'unmodelled' };

/** What a fully qualified name refers to, from {@link STREAM_KINDS} and the engines' call tables. */
function classify(path: string): Classified {
  const ctor = CONSTRUCTORS.get(path);
  if (ctor) return { kind: 'constructor', engine: ctor.engine };
  if (path === PCG64_BIT_GENERATOR) return { kind: 'bitgen' };
  if (path === GENERATOR_WRAPPER) return { kind: 'wrapper' };
  const dot = path.lastIndexOf('.');
  const module = path.slice(0, dot);
  const name = path.slice(dot + 1);
  const kind = GLOBAL_MODULES.get(module);
  if (kind) {
    const label = kind.globalLabel ?? module;
    if (kind.reseed.includes(name)) return { kind: 'global', engine: kind.engine, label, method: name, seeding: true };
    if (ENGINES[kind.engine].calls.some((c) => c.name === name)) return { kind: 'global', engine: kind.engine, label, method: name, seeding: false };
    if (name === 'get_state' || name === 'getstate') return { kind: 'stateRead' };
    if (name === 'set_state' || name === 'setstate') return { kind: 'unsupported', engine: kind.engine, method: name, why: 'sets the state', draws: false };
    if (/^[A-Z]/.test(name) || name === 'SeedSequence') return { kind: 'pure' }; // other classes: a stream of their own, not modelled
    return { kind: 'unsupported', engine: kind.engine, method: name, why: 'is not supported by this tool', draws: true };
  }
  if (path.startsWith('builtins.')) return { kind: 'pure' };
  const top = path.split('.')[0];
  if (top === 'numpy' && !path.startsWith('numpy.random')) return { kind: 'pure' };
  if (PURE_MODULES.includes(module) || PURE_MODULES.includes(top)) return { kind: 'pure' };
  return { kind: 'unmodelled' };
}

/** Most items `range()` may give a loop or a list here (the step budget bounds the loop too). */
const MAX_RANGE = 200_000;

/**
 * `range`, `list`, `tuple` and `len` of known values, for loops and arguments when the call
 * language does not evaluate them (`for _ in range(n)` with `n` bound to a NumPy scalar).
 */
function builtinValue(path: string, args: EvaluatedArgs): Val | undefined {
  if (args.starred || args.keywords.length > 0 || !args.positional.every((a) => a.kind === 'value')) return undefined;
  const vals = args.positional.map((a) => (a as { value: PyObj }).value);
  const items = (v: PyObj): PyObj[] | undefined => (Array.isArray(v) ? v : v instanceof PyTuple ? v.items : typeof v === 'string' ? [...v] : v instanceof PyNdArray && v.ndim === 1 ? v.data : undefined);
  switch (path) {
    case 'builtins.range': {
      if (vals.length < 1 || vals.length > 3 || !vals.every((v) => typeof v === 'bigint')) return undefined;
      const [start, stop, step] = vals.length === 1 ? [0n, vals[0] as bigint, 1n] : [vals[0] as bigint, vals[1] as bigint, (vals[2] ?? 1n) as bigint];
      if (step === 0n) return undefined;
      const count = step > 0n ? (stop - start + step - 1n) / step : (start - stop - step - 1n) / -step;
      if (count > BigInt(MAX_RANGE)) return undefined;
      const out: PyObj[] = [];
      for (let i = 0n; i < count; i++) out.push(start + i * step);
      return { kind: 'value', value: out, substitutable: true };
    }
    case 'builtins.list':
    case 'builtins.tuple': {
      const it = vals.length === 1 ? items(vals[0]) : undefined;
      if (!it) return undefined;
      return { kind: 'value', value: path === 'builtins.list' ? [...it] : new PyTuple([...it]), substitutable: it.every(isPlain) };
    }
    case 'builtins.len': {
      const it = vals.length === 1 ? items(vals[0]) : undefined;
      return it ? { kind: 'value', value: BigInt(it.length), substitutable: true } : undefined;
    }
  }
  return undefined;
}

/** The Python source text of a known value for substitution into an expression, or undefined. */
function substitution(v: Val): string | undefined {
  if (v.kind === 'ref') {
    if (v.path === 'numpy') return 'np';
    if (v.path.startsWith('builtins.')) return v.path.slice('builtins.'.length);
    return v.path.startsWith('numpy.') ? `np.${v.path.slice('numpy.'.length)}` : v.path;
  }
  if (v.kind !== 'value' || !v.substitutable) return undefined;
  if (!isPlain(v.value)) return undefined;
  return repr(v.value);
}

/** A Python value that reads back as itself from its repr (not an array: `[1, 2] * 2` is not `np.array([1, 2]) * 2`). */
function isPlain(v: PyObj): boolean {
  if (v instanceof PyNdArray) return false;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isPlain);
  if (v instanceof PyTuple) return v.items.every(isPlain);
  return true;
}

function isSafeNumpyScalar(v: PyObj): boolean {
  if (typeof v === 'bigint') return v > -SAFE_NUMPY_INT && v < SAFE_NUMPY_INT;
  return typeof v === 'number' || typeof v === 'boolean';
}

/** Python's truth value of a known value; undefined when not known or when Python would raise (an array's size is not 1). */
function truthiness(v: Val): boolean | undefined {
  if (v.kind !== 'value') return undefined;
  try {
    return truth(v.value);
  } catch {
    return undefined;
  }
}

/** The items a `for` loop runs over, when the iterable is known. */
function iterItems(v: Val): PyObj[] | undefined {
  if (v.kind !== 'value') return undefined;
  const x = v.value;
  if (Array.isArray(x)) return x;
  if (x instanceof PyTuple) return x.items;
  if (typeof x === 'string') return [...x];
  if (x instanceof PyNdArray && x.ndim === 1) return x.data;
  return undefined;
}

/**
 * A function's local names: its parameters and the names it assigns (Python's scoping rule),
 * minus those it declares `global`. A class body is treated the same way.
 */
function localNames(body: SyntaxNode, text: (n: SyntaxNode) => string): Set<string> {
  const locals = new Set<string>();
  const globals = new Set<string>();
  const params = body.parent ? childrenOf(body.parent).find((c) => c.type.name === 'ParamList') : undefined;
  if (params) for (const p of childrenOf(params)) if (p.type.name === 'VariableName') locals.add(text(p));
  walk(body, (n) => {
    if (n.type.name === 'GlobalStatement' || n.type.name === 'NonlocalStatement') {
      for (const c of childrenOf(n)) if (c.type.name === 'VariableName') globals.add(text(c));
    } else if (n.type.name === 'VariableName' && isAssignTarget(n)) locals.add(text(n));
    return true;
  });
  for (const g of globals) locals.delete(g);
  return locals;
}

/** Depth-first, source order; `visit` returns false to skip a node's children. */
function walk(node: SyntaxNode, visit: (n: SyntaxNode) => boolean): void {
  if (!visit(node)) return;
  for (let c = node.firstChild; c; c = c.nextSibling) walk(c, visit);
}

function isKeyword(n: SyntaxNode): boolean {
  return /^[a-z]+$/.test(n.type.name);
}

function isCallee(n: SyntaxNode): boolean {
  const p = n.parent;
  return p?.type.name === 'MemberExpression' && p.parent?.type.name === 'CallExpression' && p.parent.firstChild === p;
}

function isKeywordArgName(n: SyntaxNode): boolean {
  return n.parent?.type.name === 'ArgList' && n.nextSibling?.type.name === 'AssignOp';
}

function isAssignTarget(n: SyntaxNode): boolean {
  const p = n.parent;
  if (!p) return false;
  if (p.type.name === 'AssignStatement' || p.type.name === 'UpdateStatement') {
    for (let s = n.nextSibling; s; s = s.nextSibling) if (s.type.name === 'AssignOp' || s.type.name === 'UpdateOp') return true;
    return false;
  }
  if (p.type.name === 'ForStatement') {
    for (let s = n.nextSibling; s; s = s.nextSibling) if (s.type.name === 'in') return true;
    return false;
  }
  if (p.type.name === 'ImportStatement' || p.type.name === 'DeleteStatement') return true;
  return n.prevSibling?.type.name === 'as';
}

function describe(e: unknown): string {
  if (e instanceof PyError) return e.toString();
  if (e instanceof Error) return e.message;
  return String(e);
}

function describeStatement(name: string): string {
  const words = name.replace(/Statement$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `a ${words} statement`;
}

/** The engine's state, for snapshots (incremental re-evaluation). */
export type StreamState = Json;
