import type { Engine, EngineName } from '../callSpec';
import { PyError } from '../errors';
import { createEngine, getEngine, prepareCall, type PreparedCall } from '../run';
import { PyNdArray, PyTuple, type PyObj } from '../types';
import { parseTemplate, type TemplateNode } from './parseTemplate';
import { isFloat32Dtype } from '../dtypes';
import { nestedShape } from '../annotate/resultValue';

/** A dict of a record, keys in template order (Python's dict display keeps them in order). */
export class PyDict {
  constructor(
    readonly keys: readonly string[],
    readonly values: readonly RecordValue[],
  ) {}
}

/** One value of a record: a Python value, or a dict / list of record values. */
export type RecordValue = PyObj | PyDict | RecordValue[];

/** A template node bound to an engine: calls parsed, bound and checked once. */
export type CompiledNode =
  | { kind: 'dict'; keys: string[]; values: CompiledNode[] }
  | { kind: 'list'; items: CompiledNode[] }
  | { kind: 'const'; value: PyObj }
  | { kind: 'call'; text: string; call: PreparedCall; shape: ShapeRule };

/** A template ready to draw records on one engine. */
export interface CompiledTemplate {
  engine: EngineName;
  root: CompiledNode;
  /** The value recipes its calls use, by name. */
  recipes: Set<string>;
  /** The top-level keys of a dict template (CSV header, SQL columns); undefined for a list template. */
  keys?: string[];
  /** Number of calls per record. */
  calls: number;
}

/**
 * How a call's flattened values (`CallSpec.run`) become the one value Python's call returns in
 * the record: `scalar` (the one value), `list` (a Python list, as `random.choices` returns),
 * or `shape` (a NumPy array as `.tolist()` gives it, nested by the shape).
 */
type ShapeRule = { kind: 'scalar' } | { kind: 'list' } | { kind: 'shape'; dims: number[] } | { kind: 'trailing'; lead: number[] };

/** Calls that return None in Python (they work in place): useless as a field. */
const IN_PLACE = new Set(['shuffle']);
/** NumPy calls whose result has one more axis than `size` (the sample's length). */
const TRAILING_AXIS = new Set(['multinomial', 'dirichlet', 'multivariate_normal']);
/**
 * NumPy parameters that take a sequence without changing the result's shape rule (a population,
 * probabilities, a mean). A sequence anywhere else broadcasts, which templates do not lay out.
 */
const SEQUENCE_PARAMS: Record<string, readonly string[]> = {
  choice: ['a', 'p'],
  multinomial: ['pvals'],
  dirichlet: ['alpha'],
  multivariate_normal: ['mean', 'cov'],
  permutation: ['x'],
  permuted: ['x'],
};

const isSequence = (v: PyObj) => Array.isArray(v) || v instanceof PyTuple || v instanceof PyNdArray;
const isNested = (v: PyObj) => {
  const items = Array.isArray(v) ? v : v instanceof PyTuple ? v.items : v instanceof PyNdArray ? (v.shape.length > 1 ? [[]] : []) : [];
  return items.some(isSequence);
};

const dimsOf = (v: PyObj): number[] | undefined => {
  if (v === null) return undefined;
  if (typeof v === 'bigint') return [Number(v)];
  const items = v instanceof PyTuple ? v.items : Array.isArray(v) ? v : undefined;
  return items?.every((d) => typeof d === 'bigint') ? items.map(Number) : undefined;
};

/** The {@link ShapeRule} of a prepared call, or a clear refusal for calls a field cannot hold. */
function shapeRule(call: PreparedCall, text: string): ShapeRule {
  const name = call.spec.name;
  if (call.recipe) return { kind: 'scalar' };
  if (IN_PLACE.has(name)) {
    throw new PyError('ValueError', `template value ${text}: ${name}() shuffles in place and returns None in Python; use ${call.engine === 'python' ? 'sample(x, k=len(x))' : 'permutation(x)'} in a template`);
  }
  if (name === 'bytes' || name === 'randbytes') {
    throw new PyError('ValueError', `template value ${text}: bytes are not supported by this tool in templates; use token_hex(n) for text`);
  }
  if (call.engine === 'python') return name === 'sample' || name === 'choices' ? { kind: 'list' } : { kind: 'scalar' };
  const a = call.args;
  const seqOk = SEQUENCE_PARAMS[name] ?? [];
  for (const [param, v] of Object.entries(a)) {
    if (param === 'size' || !isSequence(v)) continue;
    if (!seqOk.includes(param)) {
      throw new PyError('ValueError', `template value ${text}: an array for ${param} (broadcasting) is not supported by this tool in templates; give a scalar ${param} and size=…`);
    }
    if ((param === 'a' || param === 'x') && isNested(v)) {
      throw new PyError('ValueError', `template value ${text}: a nested ${param} is not supported by this tool in templates; give a flat list`);
    }
  }
  if (name === 'rand' || name === 'randn') {
    const dims = Object.values(a).filter((v): v is bigint => typeof v === 'bigint').map(Number);
    return dims.length === 0 ? { kind: 'scalar' } : { kind: 'shape', dims };
  }
  const size = 'size' in a ? dimsOf(a.size) : undefined;
  if ('size' in a && a.size !== null && size === undefined) throw new PyError('TypeError', `template value ${text}: size must be an int or a tuple of ints`);
  if (TRAILING_AXIS.has(name)) {
    // Generator.multinomial with a 2-D pvals draws one row per pvals row: its leading axes are
    // pvals.shape[:-1] (size, if given, must equal them; the engine checks that).
    const pvalsShape = name === 'multinomial' ? nestedShape(a.pvals) : undefined;
    if (pvalsShape !== undefined && pvalsShape.length > 1) return { kind: 'trailing', lead: pvalsShape.slice(0, -1) };
    return { kind: 'trailing', lead: size ?? [] };
  }
  if (name === 'permutation' || name === 'permuted') return { kind: 'list' }; // checked 1-D per draw
  return size === undefined ? { kind: 'scalar' } : { kind: 'shape', dims: size };
}

function nest(flat: readonly PyObj[], dims: readonly number[], at = 0, offset = 0, count = flat.length): RecordValue {
  if (at === dims.length) return flat[offset];
  const n = dims[at];
  const inner = n === 0 ? 0 : count / n;
  const out: RecordValue[] = [];
  for (let i = 0; i < n; i++) out.push(nest(flat, dims, at + 1, offset + i * inner, inner));
  return out;
}

/** The record value of one call's flattened values under its {@link ShapeRule}. */
export function shapeValue(rule: ShapeRule, flat: PyObj[], text: string): RecordValue {
  switch (rule.kind) {
    case 'scalar':
      if (flat.length !== 1) throw new PyError('ValueError', `template value ${text}: returns an array this tool cannot lay out in a template (give size=…)`);
      return flat[0] instanceof PyNdArray ? (flat[0].toList() as RecordValue) : flat[0];
    case 'list':
      return flat;
    case 'shape':
      return nest(flat, rule.dims);
    case 'trailing': {
      const lead = rule.lead.reduce((p, d) => p * d, 1);
      const k = lead === 0 ? 0 : flat.length / lead;
      return nest(flat, [...rule.lead, k]);
    }
  }
}

function compileNode(engine: EngineName, node: TemplateNode, recipes: Set<string>, counter: { calls: number }): CompiledNode {
  switch (node.kind) {
    case 'dict':
      return { kind: 'dict', keys: node.keys, values: node.values.map((v) => compileNode(engine, v, recipes, counter)) };
    case 'list':
      return { kind: 'list', items: node.items.map((v) => compileNode(engine, v, recipes, counter)) };
    case 'const':
      return node;
    case 'call': {
      let call: PreparedCall;
      try {
        call = prepareCall(engine, node.text);
      } catch (e) {
        if (e instanceof PyError) throw new PyError(e.type, `template value ${node.text}: ${e.message}`);
        throw e;
      }
      if (call.recipe) recipes.add(call.spec.name);
      counter.calls++;
      return { kind: 'call', text: node.text, call, shape: shapeRule(call, node.text) };
    }
  }
}

/** Parse a template and bind its calls for an engine; throws `PyError` with the value named. */
export function compileTemplate(engine: EngineName | string, text: string): CompiledTemplate {
  const name = getEngine(engine).name;
  const root = parseTemplate(text);
  const recipes = new Set<string>();
  const counter = { calls: 0 };
  const compiled = compileNode(name, root, recipes, counter);
  return { engine: name, root: compiled, recipes, keys: root.kind === 'dict' ? root.keys : undefined, calls: counter.calls };
}

/** One record: the fields drawn in template order (Python evaluates a display left to right). */
export function drawRecord(engine: Engine, node: CompiledNode): RecordValue {
  switch (node.kind) {
    case 'dict':
      return new PyDict(node.keys, node.values.map((v) => drawRecord(engine, v)));
    case 'list':
      return node.items.map((v) => drawRecord(engine, v));
    case 'const':
      return node.value;
    case 'call':
      {
        const flat = node.call.spec.run(engine, node.call.args);
        // A float32 array's values come shown as NumPy prints float32; `.tolist()` gives the float32 values.
        const asListed = node.shape.kind === 'shape' && isFloat32Dtype(node.call.args.dtype ?? null) ? flat.map((v) => Math.fround(v as number)) : flat;
        return shapeValue(node.shape, asListed, node.text);
      }
  }
}

/** A seeded engine and a compiled template: `next()` draws the next record from the one stream. */
export class RecordStream {
  readonly engine: Engine;
  constructor(
    readonly template: CompiledTemplate,
    seed: string | PyObj,
  ) {
    this.engine = createEngine(template.engine, seed);
  }
  next(): RecordValue {
    return drawRecord(this.engine, this.template.root);
  }
}
