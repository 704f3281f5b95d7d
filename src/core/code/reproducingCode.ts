import { isFloat32Dtype } from '../dtypes';
import { parseCall } from '../call/parseCall';
import type { EngineName } from '../callSpec';
import { isPlainFormat, pythonFormatSpec, REPR_FORMAT, type NumberFormat } from '../format/numberFormat';
import { literalElement } from '../layout/literalElement';
import { importLines, recipeDefinitions, recipePythonCall } from '../recipes/recipeCode';
import { createEngine, getEngine, parseSeed, prepareCall } from '../run';
import type { PyObj } from '../types';

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

/** How each engine is imported, seeded and called in Python. */
const PYTHON: Record<EngineName, { imports: string; seed: (lit: string) => string; prefix: string; numpy: boolean }> = {
  numpy: { imports: 'import numpy as np', seed: (s) => `np.random.seed(${s})`, prefix: 'np.random.', numpy: true },
  python: { imports: 'import random', seed: (s) => `random.seed(${s})`, prefix: 'random.', numpy: false },
  'numpy-generator': { imports: 'import numpy as np', seed: (s) => `rng = np.random.default_rng(${s})`, prefix: 'rng.', numpy: true },
};

/** Python `random` calls that return a list (every other `random` call returns one value). */
const PYTHON_LIST_CALLS = new Set(['sample', 'choices']);

/** A Python literal for a parsed value: `repr`, with `float('nan')`/`float('inf')` for non-finite floats. */
const lit = (v: PyObj): string => literalElement(v, 'python', REPR_FORMAT);

/**
 * The call as Python source, re-written from its parsed form: `np.random.randint(1, 10, size=5)`.
 * With `inPlace`, the first argument (or the `x=` keyword) is the variable `x` instead of its
 * literal (`np.random.shuffle(x)`).
 */
export function pythonCall(engine: EngineName, callText: string, inPlace = false): string {
  const parsed = parseCall(callText);
  const args = [
    ...parsed.args.map((v, i) => (inPlace && i === 0 ? 'x' : lit(v))),
    ...parsed.kwargs.map(([k, v]) => `${k}=${inPlace && k === 'x' && parsed.args.length === 0 ? 'x' : lit(v)}`),
  ];
  // np.random has no tomaxint: the global RandomState that np.random.seed seeds does
  const prefix = engine === 'numpy' && parsed.name === 'tomaxint' ? 'np.random.mtrand._rand.' : PYTHON[engine].prefix;
  return `${prefix}${parsed.name}(${args.join(', ')})`;
}

/**
 * The Python source that reproduces a draw exactly, for the clipboard (`seededRandom.copyCode`)
 * and the CLI's `--code`: the import, the seeding, `values = <the call>` (a list comprehension for
 * n > 1; for `shuffle(x)`, the list literal then the in-place shuffle), then a loop printing every
 * value on its own line — so running it prints byte for byte what the CLI prints for the same
 * engine, seed, call, `-n` and `--format`, i.e. the values inserted.
 *
 * Printing: Python's `print(v)` is our repr format; NumPy results go through
 * `np.ravel(values).tolist()` first (flattened in C order, as Python scalars); float32 arrays
 * print each element's `str` (NumPy's shortest float32 text), as the CLI and
 * `scripts/fixtures/reference.py` show them. Other formats add a
 * `show(v)` helper built from {@link pythonFormatSpec} (`format(v, ',.3f')`).
 *
 * The seed and the call are parsed and checked (the library's error, as `PyError`) but not run.
 * Arguments are re-written from their parsed values, so the code is normalised valid Python
 * (`1e400` → `float('inf')`, prefixes such as `np.random.` dropped then re-added per engine).
 */
export function reproducingCode(req: CodeRequest): string {
  const engine = getEngine(req.engine).name;
  const py = PYTHON[engine];
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

  const show = showFunction(fmt);
  const { imports, defs } = recipeDefinitions(engine, recipes);
  const head = recipes.size > 0 ? [...importLines(engine, imports), '', '', ...defs, '', ''] : [py.imports, ''];
  const lines: string[] = show ? [...head, ...(recipes.size > 0 ? [] : ['']), ...show, '', ''] : head;
  const needs = new Set([req.call, ...(req.before ?? []).map((b) => b.call)].map((t) => prepareCall(engine, t).spec).filter((s) => s.requires).map((s) => `${s.requires} or newer (${py.prefix}${s.name})`));
  if (needs.size > 0) lines.unshift(`# needs ${[...needs].join(', ')}`);
  lines.push(py.seed(lit(parseSeed(req.seed))));
  for (const b of req.before ?? []) {
    if (b.n < 1) continue;
    const c = anyCall(b.call);
    lines.push(...(b.n === 1 ? [`${c}  # an earlier draw in this sequence`] : [`for _ in range(${b.n}):  # earlier draws in this sequence`, `    ${c}`]));
  }

  const name = prepared.spec.name;
  const call = pythonCall(engine, req.call, name === 'shuffle');
  let items: string; // the iterable of values to print
  if (name === 'shuffle') {
    const x = lit(prepared.args.x ?? null);
    if (n === 1) {
      lines.push(`x = ${x}`, call);
      items = 'x';
    } else {
      lines.push('values = []', `for _ in range(${n}):`, `    x = ${x}`, `    ${call}`, '    values.extend(x)');
      items = 'values';
    }
  } else if (prepared.recipe) {
    const rc = recipePythonCall(parseCall(req.call));
    lines.push(n === 1 ? `value = ${rc}` : `values = [${rc} for _ in range(${n})]`);
    if (n === 1) {
      lines.push(show ? 'print(show(value))' : 'print(value)');
      return lines.join('\n') + '\n';
    }
    items = 'values';
  } else if (py.numpy) {
    lines.push(n === 1 ? `values = ${call}` : `values = [${call} for _ in range(${n})]`);
    // float32 arrays print as NumPy prints float32 (str of each element), as the CLI shows them
    items = isFloat32Dtype(prepared.args.dtype ?? null) ? '[float(str(v)) for v in np.ravel(values)]' : 'np.ravel(values).tolist()';
  } else if (PYTHON_LIST_CALLS.has(name)) {
    lines.push(n === 1 ? `values = ${call}` : `values = [v for _ in range(${n}) for v in ${call}]`);
    items = 'values';
  } else if (n === 1) {
    lines.push(`value = ${call}`);
    lines.push(show ? 'print(show(value))' : 'print(value)');
    return lines.join('\n') + '\n';
  } else {
    lines.push(`values = [${call} for _ in range(${n})]`);
    items = 'values';
  }
  lines.push(`for v in ${items}:`, show ? '    print(show(v))' : '    print(v)');
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
    out.push('    if isinstance(v, float):', `        return format(v, ${lit(pythonFormatSpec(fmt))})`);
  }
  if (fmt.thousands) {
    out.push('    if isinstance(v, int) and not isinstance(v, bool):', `        return format(v, ${lit(pythonFormatSpec(fmt, true))})`);
  }
  if (fmt.quoteStrings) out.push('    if isinstance(v, str):', '        return repr(v)');
  out.push('    return v');
  return out;
}
