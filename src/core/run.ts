import { bindArgs } from './call/bindArgs';
import { checkPrefix, MODULE_PREFIXES, parseCall, parseLiteral, parseValue, type ParsedCall } from './call/parseCall';
import type { Args, CallSpec, Container, Engine, EngineName, EngineSpec } from './callSpec';
import type { Column, ColumnAlloc } from './column';
import { ENGINE_INFO } from './engineNames';
import { ENGINES, ENGINE_NAMES, isEngineName } from './engines';
import { callResult, callShape } from './callShape';
import { PyError } from './errors';
import { UNSUPPORTED_METHODS } from './libraryMethods';
import { formatValue, reprString } from './format/formatValue';
import { findRecipeCall } from './recipes/recipeCalls';
import { MAX_SEED_CHARS } from './seedText';
import { PyNdArray, PySeqView, type PyObj } from './types';

export { formatValue };


/** The engine spec for a user-supplied name, or a clear error listing the valid ones. */
export function getEngine(name: string): EngineSpec {
  if (!isEngineName(name)) {
    throw new PyError('ValueError', `unknown engine '${name}': use one of ${ENGINE_NAMES.join(', ')}`);
  }
  return ENGINES[name];
}

/** Characters of list, tuple and string literals: text holding one is never a string seed by default. */
const LITERAL_CHARS = /[()[\]{}'",]/;

/**
 * Read a seed as the user types it: an expression of the call language, so it means what it
 * means in Python/NumPy (`101`, `2**32`, `3.14`, `True`, `'abc'`, `b'abc'`, `[1, 2, 3]`,
 * `np.arange(4)`). As a convenience, text that is not an expression (a SyntaxError, or a name the
 * language does not know) and holds no bracket, quote or comma is the string seed of that text
 * (`hello`, `my seed`); a typo in a literal (`[1, 2`) is the SyntaxError, never silently a string.
 * The engine then accepts or refuses the value with its library's own error.
 */
export function parseSeed(text: string): PyObj {
  checkSeedLength(text);
  try {
    return parseLiteral(text);
  } catch (e) {
    if (isPlainWords(text, e)) return text;
    throw e;
  }
}

function isPlainWords(text: string, err: unknown): boolean {
  if (!(err instanceof PyError) || LITERAL_CHARS.test(text) || text.trim() === '') return false;
  if (err.message.startsWith('the operator ')) return false; // `1 << 3`: an expression the language lacks
  return err.type === 'SyntaxError' || err.message.startsWith("the name '");
}

/**
 * The seed as Python source, as it is shown (status bar, prompts) and written in copied code:
 * text read as a string seed is quoted (`hello` → `'hello'`), anything else is as written
 * (`2**32`, `3.14`), with decimal ints beyond Python's 4,300-digit limit in hex. Throws the
 * parse error of a bad seed.
 */
export function seedSource(text: string): { source: string; modules: string[] } {
  checkSeedLength(text);
  try {
    const { source, modules } = parseValue(text);
    return { source, modules };
  } catch (e) {
    if (isPlainWords(text, e)) return { source: reprString(text), modules: [] };
    throw e;
  }
}

/** The seed as it is displayed (status bar, titles): {@link seedSource}, or the text itself when it does not parse. */
export function seedDisplay(text: string): string {
  try {
    return seedSource(text).source;
  } catch {
    return text;
  }
}

/**
 * Refuse, before parsing it, a seed text longer than {@link MAX_SEED_CHARS} (a `ValueError` that
 * says the limit); returns the text.
 */
export function checkSeedLength(text: string): string {
  if (text.length > MAX_SEED_CHARS) {
    throw new PyError(
      'ValueError',
      `the seed is ${text.length.toLocaleString('en-US')} characters long; Seeded Random accepts seeds of at most ${MAX_SEED_CHARS.toLocaleString('en-US')} characters`,
    );
  }
  return text;
}

/** Seed an engine from the seed text (see {@link parseSeed}); throws the library's own error. */
export function createEngine(engine: EngineName | string, seed: string | PyObj): Engine {
  const spec = getEngine(engine);
  return spec.create(typeof seed === 'string' ? parseSeed(seed) : seed);
}

/** A call checked once and ready to run any number of times on an engine. */
export interface PreparedCall {
  engine: EngineName;
  spec: CallSpec<Engine>;
  args: Args;
  /** What one call returns: its shape (null for a scalar; see {@link CallSpec.shape}). */
  shape: number[] | null;
  /** What a non-scalar result is in Python (see {@link CallSpec.container}). */
  container: Container;
  /** A value recipe (src/core/recipes), not a method of the engine's library. */
  recipe?: boolean;
}

/** Parse and bind call text against an engine's table; throws `PyError` with Python's wording. */
export function prepareCall(engine: EngineName | string, callText: string): PreparedCall {
  const spec = getEngine(engine);
  const parsed = parseCall(callText);
  checkPrefix(spec.name, parsed);
  const call = spec.calls.find((c) => c.name === parsed.name);
  checkCollections(spec.name, parsed);
  // The engines read arrays as nested lists (np.asarray of them finds int64/float64/bool again).
  const plain = (v: PyObj) => (v instanceof PyNdArray ? v.toList() : v);
  parsed.args = parsed.args.map(plain);
  parsed.kwargs = parsed.kwargs.map(([k, v]) => [k, plain(v)]);
  const container = (c: CallSpec<Engine>) => c.container ?? (ENGINE_INFO[spec.name].ndarray ? 'ndarray' : 'list');
  if (!call) {
    // the value recipes, a group of their own after the library's methods (plain functions: cython-style messages)
    const recipe = findRecipeCall(spec.name, parsed.name);
    if (recipe) {
      const args = bindArgs(recipe, parsed, 'cython');
      return { engine: spec.name, spec: recipe, args, shape: callShape(recipe, args), container: container(recipe), recipe: true };
    }
    const known = UNSUPPORTED_METHODS[spec.name];
    if (known.names.includes(parsed.name)) {
      throw new PyError('NotImplementedError', `${parsed.name} is not supported by this tool (${known.library} has it)`);
    }
    throw new PyError('AttributeError', `${ENGINE_INFO[spec.name].owner} has no attribute '${parsed.name}'`);
  }
  if (call.methodOnly && MODULE_PREFIXES.has(parsed.prefix)) {
    throw new PyError('AttributeError', `${ENGINE_INFO[spec.name].owner} has no attribute '${parsed.name}'`);
  }
  const args = bindArgs(call, parsed, ENGINE_INFO[spec.name].callStyle);
  return { engine: spec.name, spec: call, args, shape: callShape(call, args), container: container(call) };
}

/**
 * Arguments the engines would read as plain tuples but Python/NumPy do not: a set or dict
 * (`random.sample({…})` raises Python's TypeError; other uses are refused as not supported, since
 * Python indexes a dict by key) and bytes for NumPy (`np.asarray(b'…')` is a 0-d bytes array).
 */
function checkCollections(engine: EngineName, call: ParsedCall): void {
  for (const v of [...call.args, ...call.kwargs.map((k) => k[1])]) {
    const population = call.args[0] ?? call.kwargs.find((k) => k[0] === 'population')?.[1];
    if (engine === 'python' && call.name === 'sample' && v === population && v instanceof PyNdArray) {
      throw new PyError('TypeError', 'Population must be a sequence.  For dicts or sets, use sorted(d).');
    }
    if (!(v instanceof PySeqView) || v.pyType === 'range') continue;
    if (v.pyType === 'bytes') {
      if (engine === 'python') continue;
      throw new PyError('TypeError', `bytes arguments to NumPy calls are not supported by this tool (np.asarray(b'…') is a 0-d bytes array)`);
    }
    if (engine === 'python' && call.name === 'sample' && v === population) {
      throw new PyError('TypeError', 'Population must be a sequence.  For dicts or sets, use sorted(d).');
    }
    throw new PyError('TypeError', `a ${v.pyType} argument to ${call.name} is not supported by this tool: write a list`);
  }
}

/** Make a prepared call `n` times on `engine`, concatenating the flattened results. */
export function runPrepared(engine: Engine, call: PreparedCall, n = 1): PyObj[] {
  const out: PyObj[] = [];
  for (let i = 0; i < n; i++) {
    const values = call.spec.run(engine, call.args);
    for (const v of values) out.push(v);
  }
  return out;
}

/**
 * One call's result as the Python value it is: a scalar, a list, or a {@link PyNdArray} of the
 * call's shape (`rand(2, 3)` → a 2×3 array), as `print(result)` would show it through `.tolist()`.
 */
export function runPreparedResult(engine: Engine, call: PreparedCall): PyObj {
  return callResult(call.spec.run(engine, call.args), call.shape, call.container);
}

/**
 * {@link runPrepared} in bulk: the values of `n` calls as a {@link Column} — typed arrays of
 * floats or ints through the call's `column` fast path when it has one (no `PyObj` per value),
 * else the `run` results as a `py` column. Same values, same engine state afterwards.
 *
 * @param alloc where typed arrays come from: fresh ones by default; a `ScratchArrays` to reuse
 *   memory when each column is consumed before the next is made.
 */
export function runPreparedColumn(engine: Engine, call: PreparedCall, n = 1, alloc?: ColumnAlloc): Column {
  if (n <= 0) return { kind: 'py', values: [] }; // no call is made, as with runPrepared
  const col = call.spec.column?.(engine, call.args, n, alloc);
  return col ?? { kind: 'py', values: runPrepared(engine, call, n) };
}

/**
 * The whole round trip: `np.random.seed(seed)` (or the engine's seeding), then `call` `n` times.
 * Returns the values, flattened; throws `PyError` for any bad input.
 */
export function runCall(engine: EngineName | string, seed: string | PyObj, callText: string, n = 1): PyObj[] {
  const seeded = createEngine(engine, seed); // seeding errors first, as in Python
  return runPrepared(seeded, prepareCall(engine, callText), n);
}

/** {@link runCall}, formatted as we insert and print values. */
export function runCallFormatted(engine: EngineName | string, seed: string | PyObj, callText: string, n = 1): string[] {
  return runCall(engine, seed, callText, n).map(formatValue);
}
