import { PyError, typeError, valueError } from '../errors';
import { PyNdArray, PySeqView, PyTuple, type PyObj } from '../types';
import { RandomState } from './RandomState';

const SEED_RANGE = 'Seed must be between 0 and 2**32 - 1';

/**
 * `np.random.seed(seed)`: a fresh {@link RandomState} seeded exactly as
 * `MT19937._legacy_seeding` (numpy/random/_mt19937.pyx) does, with its errors:
 * - an int (or bool) in [0, 2**32) → `mt19937_seed` (MT19937.seedInt); outside →
 *   `ValueError: Seed must be between 0 and 2**32 - 1`;
 * - a list/tuple → `np.asarray(seed)`: empty → `Seed must be non-empty`; not castable to int64
 *   under the 'safe' rule (floats, strings, huge ints) → NumPy's TypeError; not 1-d →
 *   `Seed array must be 1-d`; any element outside [0, 2**32) → the range error; otherwise
 *   `init_by_array` (MT19937.seedArray);
 * - any other scalar (float, str) → the 'safe' cast TypeError for a scalar.
 * The Gaussian cache is reset, as `RandomState.seed` does.
 */
export function legacySeed(seed: PyObj): RandomState {
  const rs = new RandomState();
  if (seed instanceof PyNdArray) {
    // np.asarray(a) is a itself: its dtype decides the 'safe' cast
    if (!/^(u?int\d+|bool)$/.test(seed.dtype)) {
      const kind = seed.ndim === 0 ? 'scalar' : 'array data';
      throw typeError(`Cannot cast ${kind} from dtype('${seed.dtype}') to dtype('int64') according to the rule 'safe'`);
    }
    seed = seed.toList();
  }
  if (typeof seed === 'bigint' || typeof seed === 'boolean') {
    const s = BigInt(seed);
    if (s < 0n || s > 0xffffffffn) throw valueError(SEED_RANGE);
    rs.bitgen.seedInt(Number(s));
    return rs;
  }
  if (seed === null) {
    throw new PyError('ValueError', 'a fresh unpredictable seed (None) cannot be reproduced: give an int or a list of ints');
  }
  if (!(Array.isArray(seed) || (seed instanceof PyTuple && !(seed instanceof PySeqView && seed.pyType !== 'range')))) {
    throw typeError(`Cannot cast scalar from dtype('${scalarDtype(seed)}') to dtype('int64') according to the rule 'safe'`);
  }
  const { shape, flat } = nested(seed);
  if (flat.length === 0) throw valueError('Seed must be non-empty');
  const dtype = arrayDtype(flat);
  if (dtype !== 'int64' && dtype !== 'bool') {
    throw typeError(`Cannot cast array data from dtype('${dtype}') to dtype('int64') according to the rule 'safe'`);
  }
  if (shape.length !== 1) throw valueError('Seed array must be 1-d');
  const key = flat.map((v) => BigInt(v as bigint | boolean));
  if (key.some((k) => k < 0n || k > 0xffffffffn)) throw valueError(SEED_RANGE);
  rs.bitgen.seedArray(key.map(Number));
  return rs;
}

/** NumPy's dtype string for a Python scalar in an error message. */
function scalarDtype(v: PyObj): string {
  if (typeof v === 'number') return 'float64';
  if (v instanceof PySeqView && v.pyType === 'bytes') return `S${Math.max(1, v.items.length)}`;
  if (typeof v === 'string') return `<U${[...v].length}`;
  return 'O';
}

/** The shape (rectangular nesting) and C-order elements of a nested list; ragged → NumPy's error. */
function nested(v: PyObj): { shape: number[]; flat: PyObj[] } {
  const items = (x: PyObj) => (x instanceof PyTuple ? x.items : (x as PyObj[]));
  const isSeq = (x: PyObj) => Array.isArray(x) || x instanceof PyTuple;
  const shape: number[] = [];
  let level: PyObj[] = [v];
  while (level.length > 0 && level.every(isSeq)) {
    const lens = level.map((x) => items(x).length);
    if (lens.some((n) => n !== lens[0])) throw inhomogeneous(shape);
    shape.push(lens[0]);
    level = level.flatMap(items);
  }
  if (level.some(isSeq)) throw inhomogeneous(shape);
  return { shape, flat: level };
}

function inhomogeneous(shape: number[]): PyError {
  const t = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  return valueError(
    'setting an array element with a sequence. The requested array has an inhomogeneous shape after ' +
      `${shape.length} dimensions. The detected shape was ${t} + inhomogeneous part.`,
  );
}

/** NumPy 2's dtype for a flat list of Python scalars, as its name appears in cast errors. */
function arrayDtype(flat: PyObj[]): string {
  let bool = false;
  let int64 = false;
  let uint64 = false;
  let float = false;
  let maxStr = -1;
  for (const v of flat) {
    if (typeof v === 'boolean') bool = true;
    else if (typeof v === 'number') float = true;
    else if (typeof v === 'string') maxStr = Math.max(maxStr, [...v].length);
    else if (typeof v === 'bigint') {
      if (v >= -(2n ** 63n) && v < 2n ** 63n) int64 = true;
      else if (v >= 0n && v < 2n ** 64n) uint64 = true;
      else return 'O';
    } else return 'O';
  }
  if (maxStr >= 0) {
    // numbers become their str(); NumPy sizes the string dtype for them (32 for floats, 21 for ints, 5 for bools)
    let n = maxStr;
    if (float) n = Math.max(n, 32);
    if (int64 || uint64) n = Math.max(n, 21);
    if (bool) n = Math.max(n, 5);
    return `<U${n}`;
  }
  if (float || (int64 && uint64)) return 'float64';
  if (uint64) return 'uint64';
  if (int64) return 'int64';
  return 'bool';
}
