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
  /** Cross-parameter checks with the library's wording (`high <= low`), after per-parameter constraints. */
  check?(args: Args): void;
  /**
   * Perform one call on `engine` and return what Python returns, flattened: a scalar call returns
   * `[value]`, `size=(2, 3)` returns 6 values in C order, `shuffle(x)` returns the shuffled `x`'s
   * elements. Throws `PyError` for bad input (the engine's state is then unspecified; callers
   * re-seed or restore a snapshot).
   */
  run(engine: E, args: Args): PyObj[];
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
