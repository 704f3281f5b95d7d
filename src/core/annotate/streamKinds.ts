import type { EngineName } from '../callSpec';

/**
 * The one table of how Python code reaches each engine's streams, read by the static evaluator
 * ({@link ./evaluateProgram}): which module holds the global stream and its seeding function,
 * and which constructors make a new stream (`np.random.default_rng(S)`, `random.Random(S)`, …).
 *
 * Names are fully qualified (`numpy.random.default_rng`); the evaluator resolves aliases
 * (`import numpy as np`, `from numpy.random import default_rng as rng_from`) to these names.
 */
export interface StreamKind {
  engine: EngineName;
  /** The module whose functions draw from a global stream (`numpy.random`, `random`), if any. */
  globalModule?: string;
  /** How the global stream is shown: `np.random`, `random`. */
  globalLabel?: string;
  /** Fully qualified constructors that return a new seeded stream of this engine; `S` is their first argument. */
  constructors: string[];
  /** Methods of a stream (and functions of the global module) that re-seed it in place, with the seed as first argument. */
  reseed: string[];
}

export const STREAM_KINDS: readonly StreamKind[] = [
  {
    engine: 'numpy',
    globalModule: 'numpy.random',
    globalLabel: 'np.random',
    constructors: ['numpy.random.RandomState', 'numpy.random.mtrand.RandomState'],
    reseed: ['seed'],
  },
  {
    engine: 'python',
    globalModule: 'random',
    globalLabel: 'random',
    constructors: ['random.Random'],
    reseed: ['seed'],
  },
  {
    engine: 'numpy-generator',
    // default_rng(S) is Generator(PCG64(S)); the nested form is recognised by the evaluator
    constructors: ['numpy.random.default_rng'],
    reseed: [],
  },
];

/** `Generator(PCG64(S))`: the wrapper and the bit generator that make a numpy-generator stream. */
export const GENERATOR_WRAPPER = 'numpy.random.Generator';
export const PCG64_BIT_GENERATOR = 'numpy.random.PCG64';

/**
 * Modules whose functions never draw from these streams (pure, or I/O only); a call into them
 * leaves every stream as it was. Anything not listed here, nor a call of these tables, may draw
 * from a global stream (sklearn with `random_state=None`, pandas' `sample()`, …).
 */
export const PURE_MODULES: readonly string[] = [
  'math', 'string', 'json', 'os', 'os.path', 'sys', 'time', 'datetime', 'collections', 'itertools',
  'functools', 'operator', 're', 'statistics', 'pathlib', 'csv', 'matplotlib', 'matplotlib.pyplot', 'seaborn',
];

/** Builtins that never draw (they may call methods of their arguments, which the evaluator checks). */
export const PURE_BUILTINS: ReadonlySet<string> = new Set([
  'print', 'len', 'range', 'list', 'tuple', 'dict', 'set', 'frozenset', 'sorted', 'reversed', 'sum', 'min', 'max',
  'abs', 'round', 'int', 'float', 'str', 'bool', 'bytes', 'repr', 'format', 'enumerate', 'zip', 'isinstance', 'type',
  'divmod', 'pow', 'chr', 'ord', 'hex', 'oct', 'bin', 'all', 'any', 'id', 'hash', 'open', 'input', 'iter',
]);

/**
 * Methods that never draw, called on objects the evaluator does not model (`df.head()`,
 * `plt.show()`, `xs.append(1)`); any other method of an unmodelled object may draw from a global
 * stream (an sklearn model's `fit` with `random_state=None`, pandas' `sample`).
 */
export const PURE_METHODS: ReadonlySet<string> = new Set([
  'append', 'extend', 'insert', 'pop', 'remove', 'clear', 'sort', 'reverse', 'copy', 'index', 'count',
  'tolist', 'reshape', 'astype', 'ravel', 'flatten', 'transpose', 'mean', 'sum', 'std', 'var', 'min', 'max',
  'argmin', 'argmax', 'cumsum', 'round', 'item', 'head', 'tail', 'describe', 'info', 'join', 'split', 'strip',
  'format', 'replace', 'upper', 'lower', 'startswith', 'endswith', 'items', 'keys', 'values', 'get', 'update',
  'setdefault', 'add', 'discard', 'write', 'read', 'readlines', 'close', 'show', 'plot', 'savefig', 'figure',
  'title', 'xlabel', 'ylabel', 'legend', 'hist', 'scatter', 'bar', 'subplots', 'set_title', 'set_xlabel',
  'set_ylabel', 'grid', 'tight_layout', 'to_csv', 'iloc', 'loc', 'groupby', 'agg', 'apply', 'value_counts',
]);

/** Of {@link PURE_METHODS}, those that leave the receiver unchanged (a known list stays known). */
export const NON_MUTATING_METHODS: ReadonlySet<string> = new Set([
  'copy', 'index', 'count', 'tolist', 'reshape', 'astype', 'ravel', 'flatten', 'transpose', 'mean', 'sum', 'std',
  'var', 'min', 'max', 'argmin', 'argmax', 'cumsum', 'round', 'item', 'join', 'split', 'strip', 'format', 'replace',
  'upper', 'lower', 'startswith', 'endswith', 'items', 'keys', 'values', 'get',
]);
