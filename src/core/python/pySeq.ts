import { pyTypeName } from '../call/bindArgs';
import { PyError } from '../errors';
import { PyTuple, type PyObj } from '../types';

/**
 * The sequences a call can pass (list, tuple, str) seen as Python sees them: a str is a
 * sequence of one-character strs, one per code point (Python indexes code points, not UTF-16
 * units). Errors read as CPython's.
 */
export interface PySeq {
  /** `type(x).__name__`: 'list', 'tuple' or 'str'. */
  kind: 'list' | 'tuple' | 'str';
  items: PyObj[];
}

/** `isinstance(v, collections.abc.Sequence)` for parsed values: list, tuple or str. */
export function asSequence(v: PyObj): PySeq | undefined {
  if (Array.isArray(v)) return { kind: 'list', items: v };
  if (v instanceof PyTuple) return { kind: 'tuple', items: v.items };
  if (typeof v === 'string') return { kind: 'str', items: Array.from(v) };
  return undefined;
}

/** A value `len()` applies to, or `TypeError: object of type 'int' has no len()`. */
export function sized(v: PyObj): PySeq {
  const s = asSequence(v);
  if (!s) throw new PyError('TypeError', `object of type '${pyTypeName(v)}' has no len()`);
  return s;
}

/** The items of an iterable, or `TypeError: 'int' object is not iterable`. */
export function iterable(v: PyObj): PyObj[] {
  const s = asSequence(v);
  if (!s) throw new PyError('TypeError', `'${pyTypeName(v)}' object is not iterable`);
  return s.items;
}

/** `seq[i]`, with `IndexError: list index out of range` (`tuple …`, `string …`) when out of range. */
export function item(seq: PySeq, i: number): PyObj {
  if (i < 0) i += seq.items.length;
  if (i < 0 || i >= seq.items.length) {
    throw new PyError('IndexError', `${seq.kind === 'str' ? 'string' : seq.kind} index out of range`);
  }
  return seq.items[i];
}

/** `list(itertools.accumulate(items))`: running sums with Python's `+`. */
export function accumulate(items: PyObj[], add: (a: PyObj, b: PyObj) => PyObj): PyObj[] {
  const out: PyObj[] = [];
  let total: PyObj | undefined;
  for (const x of items) {
    total = total === undefined ? x : add(total, x);
    out.push(total);
  }
  return out;
}
