import type { Column, ColumnAlloc } from './column';
import type { Json, PyObj } from './types';

/** The user-facing engine names (settings, CLI `--engine`, keybinding args). */
export type EngineName = 'numpy' | 'python' | 'numpy-generator';

/**
 * How an argument is coerced after binding, before `run` sees it:
 * - `float`  → `number` (accepts int, float, bool — as NumPy's `double` parameters do)
 * - `int`    → `bigint` (accepts int and bool; a float is a TypeError in Python's words)
 * - `bool`   → `boolean`
 * - `size`   → `null` | `bigint[]` (None, an int, or a tuple/list of ints: the output shape)
 * - `any`    → the parsed `PyObj`, untouched (sequences, populations, `p`, `weights`, ints-or-arrays)
 */
export type ParamType = 'float' | 'int' | 'bool' | 'size' | 'any';

/**
 * Per-parameter constraints, named after NumPy's `_common.pyx` `CONS_*` kinds, with the messages
 * NumPy 2.4's scalar `check_constraint` raises (checked live). The binder raises `ValueError`.
 */
export type Constraint =
  | 'non_negative' //     `${name} < 0`  when signbit(v) and not NaN: -0.0 fails, NaN passes (NumPy's quirk)
  | 'positive' //         `${name} <= 0` when v <= 0 (NaN passes)
  | 'positive_not_nan' // `${name} must not be NaN`, else `${name} <= 0`
  | 'bounded_0_1' //      `${name} < 0, ${name} > 1 or ${name} is NaN`
  | 'bounded_gt_0_1' //   `${name} <= 0, ${name} > 1 or ${name} contains NaNs`
  | 'bounded_lt_0_1' //   `${name} < 0, ${name} >= 1 or ${name} is NaN`
  | 'gt_1' //             `${name} <= 1 or ${name} is NaN`
  | 'gte_1' //            `${name} < 1 or ${name} is NaN`
  | 'poisson'; //         `${name} value too large` above POISSON_LAM_MAX, else `${name} < 0 or ${name} is NaN`

export interface ParamSpec {
  /** The parameter's name in the Python signature (keyword arguments use it). */
  name: string;
  type: ParamType;
  /** Value used when the argument is omitted; omit the field for a required parameter. */
  default?: PyObj;
  /** Keyword-only (after `*` in the Python signature), e.g. `choices(..., *, cum_weights=None, k=1)`. */
  kwOnly?: boolean;
  /** Positional-only (a C method such as CPython's `getrandbits(k, /)`): a keyword is a TypeError. */
  posOnly?: boolean;
  constraint?: Constraint;
}

/** What a call's result is in Python (see {@link CallSpec.container}). */
export type Container = 'list' | 'ndarray' | 'bytes';

/** Arguments after binding and coercion, by parameter name. */
export type Args = Record<string, PyObj>;

/** The bound value of a float parameter (`type: 'float'`; the binder has made it a number). */
export const numberArg = (a: Args, name: string): number => a[name] as number;

/**
 * One row of an engine's declarative table. The same row drives the parser's binding, the
 * editor's QuickPick (name, signature, doc), the InputBox validation and keybinding args.
 */
export interface CallSpec<E = unknown> {
  /** The library's method name: `randint`, `integers`, `gauss`. */
  name: string;
  params: ParamSpec[];
  /** One line for the QuickPick, e.g. "Random integers from low (inclusive) to high (exclusive)". */
  doc: string;
  /** A ready-to-run call the prompts prefill, e.g. `randint(1, 10)`. */
  example: string;
  /**
   * The library version the call needs when it is newer than the one the engine otherwise follows
   * (`Python 3.12` for `random.binomialvariate`): the Insert list marks it, the copied code says so.
   */
  requires?: string;
  /**
   * Cross-parameter checks with the library's wording (`high <= low`), after per-parameter
   * constraints. May return the arguments converted as the checks converted them (C longs,
   * validated vectors, bounds), which then replace the bound ones: `run`, `column` and `shape`
   * never convert twice.
   */
  check?(args: Args): Args | void;
  /**
   * The shape of what one call returns, from its bound arguments, before it runs: NumPy's
   * `result.shape` (`rand(2, 3)` → `[2, 3]`, `multinomial(5, [0.2, 0.8], size=3)` → `[3, 2]`), a
   * Python list's length (`sample(x, k=4)` → `[4]`), or null for one scalar. It sizes the caps
   * (see `layout/checkCount.ts`) and nests the printed literals, so `run` returns exactly its
   * product of values. Must not throw: for arguments `run` will reject, any shape does.
   * Absent: the `size` argument's shape (None → a scalar), NumPy's rule for every distribution.
   */
  shape?(args: Args): number[] | null;
  /**
   * The parameters NumPy broadcasts, in the order its `PyArray_MultiIterNew` takes them (the
   * order of the `arg i` in its shape-mismatch message, after the size as arg 0): by default the
   * row's `float` parameters in signature order. Integer parameters listed here (binomial's n,
   * hypergeometric's counts) are converted by the row's `check` (see `broadcast.intParam`).
   */
  broadcast?: readonly string[];
  /**
   * The parameter whose argument the call changes in place and returns nothing for
   * (`shuffle(x)` → `'x'`): `run` returns that argument's elements afterwards, and the
   * reproducing code shuffles a variable and prints it.
   */
  inPlace?: string;
  /**
   * A method of the engine's stream object that its module does not export: NumPy 2.4.6 has
   * `RandomState.tomaxint` but no `np.random.tomaxint`. Written with the module's prefix it is
   * Python's AttributeError; the reproducing code calls it on the global RandomState that
   * `np.random.seed` seeds (`np.random.mtrand._rand`).
   */
  methodOnly?: boolean;
  /**
   * What a non-scalar result is in Python: `'list'` (CPython's `sample`/`choices`, a shuffled
   * list) or `'ndarray'` (what NumPy's methods return; printed as its `.tolist()`). Absent:
   * `'ndarray'` for the NumPy engines, `'list'` for python (the engine's `ENGINE_INFO.ndarray`).
   * `'bytes'`: the call returns one Python `bytes` object (`bytes(10)`, `randbytes(8)`; shape
   * null), which NumPy returns as it is (not a NumPy scalar) and the code prints as it is.
   */
  container?: Container;
  /**
   * Perform one call on `engine` and return what Python returns, flattened: a scalar call returns
   * `[value]`, `size=(2, 3)` returns 6 values in C order (the product of {@link shape}),
   * `shuffle(x)` returns the shuffled `x`'s elements. Throws `PyError` for bad input (the engine's state is then unspecified; callers
   * re-seed or restore a snapshot).
   */
  run(engine: E, args: Args): PyObj[];
  /**
   * The work one call does, in draws (or comparable steps), when it is more than the values it
   * returns, estimated from the bound arguments before it runs: legacy `choice(a, k,
   * replace=False)` shuffles all `len(a)` indices to return k, `multinomial` draws a binomial per
   * category per row, `getrandbits(k)` draws k/32 words, `p=` builds a cumulative sum. The
   * editor's previews compare the larger of this and the value count with their budget before
   * running anything (`layout/previewBudget.ts`). Absent: the value count. Must not throw.
   */
  work?(args: Args): number;
  /**
   * Optional bulk form of {@link run}: the values of `calls` successive calls, concatenated, as a
   * typed {@link Column} — exactly what `calls` runs return (same values in the same order, the
   * same engine state afterwards, the same errors), without a `PyObj` per value. Returns
   * undefined when these arguments have no bulk form; callers then use `run`. Typed arrays come
   * from `alloc` (fresh arrays when omitted).
   */
  column?(engine: E, args: Args, calls: number, alloc?: ColumnAlloc): Column | undefined;
}

/** A seeded engine instance: the state object (bit generator + cached values such as `has_gauss`). */
export interface Engine {
  getState(): Json;
  setState(state: Json): void;
}

export interface EngineSpec<E extends Engine = Engine> {
  name: EngineName;
  /** How Python spells seeding this engine, e.g. `np.random.seed(s)`. */
  seeding: string;
  /**
   * Validate a seed (a parsed Python literal) with the library's message and return a freshly
   * seeded engine: numpy takes an int in [0, 2**32) or a list of them; python any int or str;
   * numpy-generator an int >= 0 of any size or a list of them.
   */
  create(seed: PyObj): E;
  /** The declarative table of calls. */
  calls: readonly CallSpec<E>[];
}
