import type { Engine, EngineName } from '../callSpec';
import { PyError } from '../errors';
import { createEngine, getEngine, prepareCall, type PreparedCall } from '../run';
import { callResult, shapeCount } from '../callShape';
import { PyNdArray, type PyObj } from '../types';
import { parseTemplate, type TemplateNode } from './parseTemplate';
import { isFloat32Dtype } from '../dtypes';

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
  | { kind: 'call'; text: string; call: PreparedCall };

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

/** Refuse, with the reason, a call whose result a field cannot hold. */
function checkField(call: PreparedCall, text: string): void {
  const name = call.spec.name;
  if (call.spec.inPlace) {
    throw new PyError('ValueError', `template value ${text}: ${name}() shuffles in place and returns None in Python; use ${call.engine === 'python' ? 'sample(x, k=len(x))' : 'permutation(x)'} in a template`);
  }
  if (call.container === 'bytes') {
    throw new PyError('ValueError', `template value ${text}: bytes are not supported by this tool in templates; use token_hex(n) for text`);
  }
}

/**
 * The record value of one call's flattened values: what Python's call returns, as `.tolist()`
 * gives it — shaped by the call's row ({@link PreparedCall.shape} and container, the facts `run`,
 * the CLI and the reproducing code use): a scalar, a Python list, or nested lists of the NumPy
 * array's shape (broadcast parameters, `size`, trailing axes included). A float32 array's values
 * come shown as NumPy prints float32; `.tolist()` gives the float32 values.
 */
export function recordValue(call: PreparedCall, flat: PyObj[], text: string): RecordValue {
  const { shape, container } = call;
  if (shapeCount(shape) !== flat.length) {
    throw new PyError('ValueError', `template value ${text}: returned ${flat.length} values where its shape has ${shapeCount(shape)}`);
  }
  if (shape === null) return flat[0] instanceof PyNdArray ? (flat[0].toList() as RecordValue) : flat[0];
  const values = container === 'ndarray' && isFloat32Dtype(call.args.dtype ?? null) ? flat.map((v) => Math.fround(v as number)) : flat;
  const result = callResult(values, shape, container);
  return result instanceof PyNdArray ? (result.toList() as RecordValue) : result;
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
      checkField(call, node.text);
      counter.calls++;
      return { kind: 'call', text: node.text, call };
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
      return recordValue(node.call, node.call.spec.run(engine, node.call.args), node.text);
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
