import type { EngineName } from '../callSpec';
import { PyError } from '../errors';
import type { PyObj } from '../types';
import { CallParser, syntaxError, type Expr } from './callSyntax';
import { allHeld, evalExpr, INT_MAX_STR_DIGITS, modulesUsed } from './evalExpr';
import { clearWeights } from './limits';

/** A call as typed: `randint(1, 10, size=5)` → name, positional and keyword arguments. */
export interface ParsedCall {
  name: string;
  /** The library prefix as written (`np.random.`, `random.`, `rng.`, …), or `''`. */
  prefix: string;
  args: PyObj[];
  /** Keyword arguments in the order written (names are unique: a repeat is a SyntaxError). */
  kwargs: [string, PyObj][];
  /** Each positional argument as Python source, as written (see {@link pythonSource}). */
  argSource: string[];
  /** Each keyword argument's value as Python source, as written. */
  kwargSource: string[];
  /** Modules the arguments name (`np`, `numpy`, `math`, `string`), which copied code imports. */
  modules: string[];
}

/**
 * The library prefixes people copy from code, and the engines each one may run on: `np.random.`
 * is NumPy's legacy module-level RandomState, `random.` Python's `random`, `generator.` a NumPy
 * Generator; `rng.` is a variable name used for all three (a Generator, a RandomState or a
 * `random.Random`), so it is accepted with every engine. A prefix naming another library is
 * refused by {@link checkPrefix}, never silently reinterpreted.
 */
export const LIBRARY_PREFIXES: Readonly<Record<string, readonly EngineName[]>> = {
  'np.random.': ['numpy'],
  'numpy.random.': ['numpy'],
  'random.': ['python'],
  'generator.': ['numpy-generator'],
  'rng.': ['numpy', 'numpy-generator', 'python'],
};

/** The prefixes that name a module (its functions, bound to the global stream), not a stream object. */
export const MODULE_PREFIXES: ReadonlySet<string> = new Set(['np.random.', 'numpy.random.', 'random.']);

const LIBRARY_OF: Record<EngineName, string> = {
  numpy: "NumPy's legacy np.random (RandomState)",
  'numpy-generator': "NumPy's Generator (default_rng)",
  python: "Python's random module",
};

/**
 * The engine a prefix names, when it names exactly one (`random.` → python, `np.random.` →
 * numpy): the prompt uses it to switch engines with a note. Undefined for `rng.` and no prefix.
 */
export function engineOfPrefix(prefix: string): EngineName | undefined {
  const engines = LIBRARY_PREFIXES[prefix];
  return engines?.length === 1 ? engines[0] : undefined;
}

/**
 * Refuse a call whose prefix names a library other than the engine's:
 * `ValueError: 'random.randint' is Python's random module, but the engine is numpy (NumPy's legacy
 * np.random (RandomState)): choose the python engine or write the call without the prefix`.
 */
export function checkPrefix(engine: EngineName, call: ParsedCall): void {
  const engines = LIBRARY_PREFIXES[call.prefix];
  if (engines === undefined || engines.includes(engine)) return;
  throw new PyError(
    'ValueError',
    `'${call.prefix}${call.name}' is ${LIBRARY_OF[engines[0]]}, but the engine is ${engine} (${LIBRARY_OF[engine]}): ` +
      `choose the ${engines[0]} engine or write the call without the prefix`,
  );
}

/** Any error other than `PyError` (a stack or memory limit of the JavaScript engine) as a `PyError`. */
function guarded<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof PyError) throw err;
    throw new PyError('ValueError', `the text is too large or too deeply nested for the call language (${err instanceof Error ? err.message : String(err)})`);
  } finally {
    clearWeights();
  }
}

/**
 * Parse call text such as `np.random.randint(1, 10**9, size=5)`; a bare name means a call with no
 * arguments. The arguments are expressions of the call language (docs/CALLS.md), evaluated
 * without `eval`. Throws only `PyError`.
 */
export function parseCall(text: string): ParsedCall {
  return guarded(() => {
    const p = new CallParser(text);
    p.skipSpace();
    const start = p.pos;
    const parts: string[] = [];
    for (;;) {
      const part = p.readName();
      if (part === undefined) {
        throw syntaxError(parts.length === 0 ? 'expected a call such as randint(1, 10)' : 'expected a name after "."', p.pos);
      }
      parts.push(part);
      p.skipSpace();
      if (p.peek() !== '.') break;
      p.pos++;
      p.skipSpace();
    }
    let prefix = '';
    for (const candidate of Object.keys(LIBRARY_PREFIXES)) {
      const n = candidate.split('.').length - 1;
      if (parts.length > n && parts.slice(0, n).join('.') + '.' === candidate) {
        prefix = candidate;
        parts.splice(0, n);
        break;
      }
    }
    const name = parts.join('.');
    if (parts.length > 1) {
      throw new PyError('AttributeError', `'${text.slice(start, p.pos).trim()}' is not a call of the engines: write a method of np.random, a Generator or random, such as randint(1, 10) (at column ${start + 1})`);
    }
    const result: ParsedCall = { name, prefix, args: [], kwargs: [], argSource: [], kwargSource: [], modules: [] };
    if (p.pos < text.length) {
      if (p.peek() !== '(') throw syntaxError("expected '(' after the call's name", p.pos);
      p.pos++;
      const { args, kwargs } = p.parseArguments();
      p.skipSpace();
      if (p.pos < text.length) {
        const method = /^\.\s*([A-Za-z_]\w*)/.exec(text.slice(p.pos));
        if (method) {
          throw new PyError('ValueError', `a method of the call's result (.${method[1]}) is not supported by this tool: write the call alone, as it returns its values (at column ${p.pos + 1})`);
        }
        throw syntaxError('unexpected text after the call', p.pos);
      }
      const modules = new Set<string>();
      // every argument evaluated, in order, before a complex one is refused (Python raises the others' errors first)
      const values = allHeld([...args, ...kwargs.map((k) => k.value)].map((a) => () => evalExpr(a)));
      args.forEach((a, i) => {
        result.args.push(values[i]);
        result.argSource.push(pythonSource(text, a));
        modulesUsed(a, modules);
      });
      kwargs.forEach((k, i) => {
        result.kwargs.push([k.name, values[args.length + i]]);
        result.kwargSource.push(pythonSource(text, k.value));
        modulesUsed(k.value, modules);
      });
      result.modules = [...modules];
    }
    return result;
  });
}

/** A parsed expression with its source: the value, the Python source as written, the modules it names. */
export interface ParsedValue {
  value: PyObj;
  source: string;
  modules: string[];
}

/** Parse and evaluate one expression of the call language (a seed such as `2**32`, `[1, 2, 3]`, `'abc'`). */
export function parseValue(text: string): ParsedValue {
  return guarded(() => {
    const expr = new CallParser(text).parseWhole();
    return { value: evalExpr(expr), source: pythonSource(text, expr), modules: [...modulesUsed(expr)] };
  });
}

/** Parse one value of the call language (see {@link parseValue}). */
export function parseLiteral(text: string): PyObj {
  return parseValue(text).value;
}

/**
 * An expression's source as written (`10**9` stays `10**9`), made valid under Python 3.11's
 * 4,300-digit limit on decimal int literals: a longer decimal literal is written in hex
 * (`0x…`, which the limit does not cover).
 */
export function pythonSource(text: string, e: Expr): string {
  const huge: Expr[] = [];
  const visit = (x: Expr): void => {
    switch (x.kind) {
      case 'int': {
        if (x.end - x.start <= INT_MAX_STR_DIGITS) return; // too short to pass the limit
        const src = text.slice(x.start, x.end).replace(/_/g, '');
        if (/^\d+$/.test(src) && src.replace(/^0+/, '').length > INT_MAX_STR_DIGITS) huge.push(x);
        return;
      }
      case 'attr':
        return visit(x.object);
      case 'call':
        visit(x.fn);
        x.args.forEach(visit);
        x.kwargs.forEach((k) => visit(k.value));
        return;
      case 'unary':
        return visit(x.operand);
      case 'binary':
        visit(x.left);
        return visit(x.right);
      case 'list':
      case 'tuple':
      case 'set':
        return x.items.forEach(visit);
      case 'dict':
        x.keys.forEach(visit);
        return x.values.forEach(visit);
    }
  };
  visit(e);
  let out = '';
  let at = e.start;
  for (const x of huge.sort((a, b) => a.start - b.start)) {
    out += text.slice(at, x.start) + '0x' + (x as { value: bigint }).value.toString(16);
    at = x.end;
  }
  return out + text.slice(at, e.end);
}
