import { isFloat32Dtype } from '../dtypes';
import { parseCall } from '../call/parseCall';
import type { EngineName } from '../callSpec';
import { ENGINE_INFO, seedingWith } from '../engineNames';
import { isPlainFormat, pythonFormatSpec, REPR_FORMAT, type NumberFormat } from '../format/numberFormat';
import { pythonLiteral } from '../layout/literalElement';
import { importLines, recipeDefinitions, recipePythonCall } from '../recipes/recipeCode';
import { createEngine, getEngine, prepareCall, seedSource } from '../run';
import { PyTuple, type PyObj } from '../types';

/** One call made `n` times, as the user typed it. */
export interface CallRun {
  call: string;
  n: number;
}

/** What was drawn, as the CLI and the editor describe it. */
export interface CodeRequest {
  engine: EngineName;
  /** The seed as typed (`101`, `[1, 2, 3]`, `'abc'`, `hello`), read as the CLI reads it. */
  seed: string;
  /** The call as typed (`randint(1, 10, size=5)`, `np.random.normal(0, 1)`). */
  call: string;
  /** Successive calls after seeding: the CLI's `-n`, or the number of cursors filled one call each. Default 1. */
  n?: number;
  /**
   * Calls made since seeding before these (`sequence: continue`): replayed, values discarded, so
   * the code reaches the same stream position.
   */
  before?: readonly CallRun[];
  /** How the printed values look; default repr (what `print` shows). */
  format?: NumberFormat;
}

/** A Python literal for a parsed value: `repr`, with `float('nan')`/`float('inf')` for non-finite floats. */

/**
 * The call as Python source, its arguments as the user wrote them (`randint(1, 10**9)` stays
 * `10**9`; decimal ints beyond Python 3.11's 4,300-digit limit are written in hex), under the
 * engine's own prefix (`np.random.`, `random.`, `rng.`). With `inPlace` (the row's
 * `CallSpec.inPlace` parameter and its position), that argument is the variable `x` instead
 * (`np.random.shuffle(x)`).
 */
export function pythonCall(engine: EngineName, callText: string, inPlace?: { name: string; index: number }): string {
  const parsed = parseCall(callText);
  const args = [
    ...parsed.argSource.map((src, i) => (inPlace && i === inPlace.index ? 'x' : src)),
    ...parsed.kwargs.map(([k], i) => `${k}=${inPlace && k === inPlace.name ? 'x' : parsed.kwargSource[i]}`),
  ];
  // np.random has no tomaxint: the global RandomState that np.random.seed seeds does
  const prefix = engine === 'numpy' && parsed.name === 'tomaxint' ? 'np.random.mtrand._rand.' : ENGINE_INFO[engine].prefix;
  return `${prefix}${parsed.name}(${args.join(', ')})`;
}

/** 10**4300: ints at least this large print only after `sys.set_int_max_str_digits(0)` in Python 3.11. */
const INT_DIGITS_LIMIT = 10n ** 4300n;

/** Whether printing the values may need more than 4,300 decimal digits (a huge int argument, or getrandbits(k ≥ 14,284)). */
function needsLongInts(values: readonly PyObj[], callName: string): boolean {
  const huge = (v: PyObj): boolean => {
    if (typeof v === 'bigint') return v >= INT_DIGITS_LIMIT || v <= -INT_DIGITS_LIMIT;
    if (Array.isArray(v)) return v.some(huge);
    if (v instanceof PyTuple) return v.items.some(huge);
    return false;
  };
  if (callName === 'getrandbits' && values.some((v) => typeof v === 'bigint' && v >= 14284n)) return true;
  return values.some(huge);
}

/**
 * The Python source that reproduces a draw exactly, for the clipboard (`seededRandom.copyCode`)
 * and the CLI's `--code`: the import, the seeding, `values = <the call>` (a list comprehension for
 * n > 1; for an in-place call such as `shuffle(x)`, the list literal then the call on it), then
 * loops printing every value on its own line — so running it prints byte for byte what the CLI
 * prints for the same engine, seed, call, `-n` and `--format`, i.e. the values inserted.
 *
 * Everything the code needs to know about the call comes from its table row: `inPlace`, the
 * result's shape (`CallSpec.shape`) and container. A NumPy array result keeps its shape:
 * `values = np.random.rand(2, 3).tolist()` (Python scalars in nested lists, as the product
 * inserts them), printed by one loop per dimension (plus one over the calls when n > 1); NumPy's
 * scalar results (`np.int64`, `np.str_`) go through `np.asarray(…).tolist()` the same way; a
 * `bytes` result prints as it is. float32 arrays print each element's `str` (NumPy's shortest
 * float32 text), as the CLI and `scripts/fixtures/reference.py` show them. Our repr format is
 * Python's `print(v)`; other formats add a `show(v)` helper built from {@link pythonFormatSpec}
 * (`format(v, ',.3f')`).
 *
 * The seed and the call are parsed and checked (the library's error, as `PyError`) but not run.
 * The seed and the arguments are written as the user wrote them (see {@link pythonCall},
 * `seedSource`), with the imports of the modules they name (`math`, `string`, `numpy`); the
 * prefix is the engine's. When a value may print with more than 4,300 digits, the code lifts
 * Python 3.11's limit (`sys.set_int_max_str_digits(0)`).
 */
export function reproducingCode(req: CodeRequest): string {
  const engine = getEngine(req.engine).name;
  const info = ENGINE_INFO[engine];
  const n = req.n ?? 1;
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, not ${n}`);
  createEngine(engine, req.seed); // the library's seeding error, as Python would raise it
  const prepared = prepareCall(engine, req.call);
  // value recipes (src/core/recipes) are defined as functions at the top and called by name
  const recipes = new Set<string>();
  for (const text of [req.call, ...(req.before ?? []).map((b) => b.call)]) {
    const p = prepareCall(engine, text);
    if (p.recipe) recipes.add(p.spec.name);
  }
  const anyCall = (text: string) => (recipes.has(prepareCall(engine, text).spec.name) ? recipePythonCall(parseCall(text)) : pythonCall(engine, text));
  const fmt = req.format ?? REPR_FORMAT;

  const seed = seedSource(req.seed);
  const parsed = parseCall(req.call);
  const modules = new Set([...seed.modules, ...parsed.modules]);
  for (const b of req.before ?? []) for (const m of parseCall(b.call).modules) modules.add(m);
  const longInts = needsLongInts([...parsed.args, ...parsed.kwargs.map((k) => k[1])], prepared.spec.name);
  const show = showFunction(fmt);
  const { imports: recipeImports, defs } = recipeDefinitions(engine, recipes);
  // the standard modules the recipes, the seed and the arguments name (`string`, `math`), `sys` for long ints
  const importBlock = importLines(engine, [...recipeImports, ...[...modules].filter((m) => m !== 'np'), ...(longInts ? ['sys'] : [])]);
  if (!info.ndarray && modules.has('np')) importBlock.push('', 'import numpy as np');
  const head = recipes.size > 0 ? [...importBlock, '', '', ...defs, '', ''] : [...importBlock, ''];
  const lines: string[] = show ? [...head, ...(recipes.size > 0 ? [] : ['']), ...show, '', ''] : head;
  const needs = new Set([req.call, ...(req.before ?? []).map((b) => b.call)].map((t) => prepareCall(engine, t).spec).filter((s) => s.requires).map((s) => `${s.requires} or newer (${info.prefix}${s.name})`));
  if (needs.size > 0) lines.unshift(`# needs ${[...needs].join(', ')}`);
  if (longInts) lines.push('sys.set_int_max_str_digits(0)  # print ints of more than 4,300 digits');
  lines.push(seedingWith(engine, seed.source));
  for (const b of req.before ?? []) {
    if (b.n < 1) continue;
    const c = anyCall(b.call);
    lines.push(...(b.n === 1 ? [`${c}  # an earlier draw in this sequence`] : [`for _ in range(${b.n}):  # earlier draws in this sequence`, `    ${c}`]));
  }

  const spec = prepared.spec;
  const print = (v: string) => (show ? `print(show(${v}))` : `print(${v})`);
  if (prepared.recipe) {
    const rc = recipePythonCall(parseCall(req.call));
    if (n === 1) lines.push(`value = ${rc}`, print('value'));
    else lines.push(`values = [${rc} for _ in range(${n})]`, 'for v in values:', `    ${print('v')}`);
    return lines.join('\n') + '\n';
  }
  if (spec.inPlace) {
    const index = spec.params.filter((p) => !p.kwOnly).findIndex((p) => p.name === spec.inPlace);
    const call = pythonCall(engine, req.call, { name: spec.inPlace, index });
    // the argument as written (`list(range(10))` stays so), else its value
    const x = parsed.argSource[index] ?? parsed.kwargSource[parsed.kwargs.findIndex(([k]) => k === spec.inPlace)] ?? pythonLiteral(prepared.args[spec.inPlace] ?? null);
    if (n === 1) {
      lines.push(`x = ${x}`, call, 'for v in x:', `    ${print('v')}`);
    } else {
      lines.push('values = []', `for _ in range(${n}):`, `    x = ${x}`, `    ${call}`, '    values.extend(x)', 'for v in values:', `    ${print('v')}`);
    }
    return lines.join('\n') + '\n';
  }
  const call = pythonCall(engine, req.call);
  const shape = prepared.shape;
  if (shape === null) {
    // NumPy's scalars (np.int64, np.str_…) as the Python scalars the product prints; bytes as they are
    const wrap = info.ndarray && prepared.container !== 'bytes';
    const one = wrap ? `np.asarray(${call}).tolist()` : call;
    const many = wrap ? `np.array([${call} for _ in range(${n})]).tolist()` : `[${call} for _ in range(${n})]`;
    if (n === 1) lines.push(`value = ${one}`, print('value'));
    else lines.push(`values = ${many}`, 'for v in values:', `    ${print('v')}`);
    return lines.join('\n') + '\n';
  }
  if (prepared.container === 'list') {
    lines.push(n === 1 ? `values = ${call}` : `values = [v for _ in range(${n}) for v in ${call}]`, 'for v in values:', `    ${print('v')}`);
    return lines.join('\n') + '\n';
  }
  // float32 arrays print as NumPy prints float32 (the str of each element), as the CLI shows them
  const float32 = isFloat32Dtype(prepared.args.dtype ?? null);
  const array = float32 ? call : `${call}.tolist()`;
  lines.push(n === 1 ? `values = ${array}` : `values = [${array} for _ in range(${n})]`);
  const depth = shape.length + (n === 1 ? 0 : 1);
  for (let d = 0; d < depth; d++) {
    const name = d === depth - 1 ? 'v' : `v${d}`;
    const over = d === 0 ? 'values' : `v${d - 1}`;
    lines.push(`${'    '.repeat(d)}for ${name} in ${over}:`);
  }
  lines.push(`${'    '.repeat(depth)}${print(float32 ? 'float(str(v))' : 'v')}`);
  return lines.join('\n') + '\n';
}

/**
 * `def show(v)`: one value as {@link formatValueWith} writes it, in Python — only the branches the
 * format needs (floats, ints, strings); everything else prints as `print` does. Undefined for the
 * plain format, where `print(v)` already is the format.
 */
function showFunction(fmt: NumberFormat): string[] | undefined {
  if (isPlainFormat(fmt)) return undefined;
  const out = ['def show(v):'];
  if (fmt.style !== 'repr' || fmt.thousands) {
    out.push('    if isinstance(v, float):', `        return format(v, ${pythonLiteral(pythonFormatSpec(fmt))})`);
  }
  if (fmt.thousands) {
    out.push('    if isinstance(v, int) and not isinstance(v, bool):', `        return format(v, ${pythonLiteral(pythonFormatSpec(fmt, true))})`);
  }
  if (fmt.quoteStrings) out.push('    if isinstance(v, str):', '        return repr(v)');
  out.push('    return v');
  return out;
}
