import { pyTypeName } from '../call/bindArgs';
import type { BitGenerator } from '../bitgen/BitGenerator';
import { kahanSum } from '../distributions/kahanSum';
import { randomInterval } from '../distributions/randomInterval';
import { PyError } from '../errors';
import { MAX_VALUES_PER_CALL } from '../layout/checkCount';
import { boundedCount, dim, leadingShape } from '../distributions/vectorShape';
import { asArray, asFloatArray } from '../ndarray';
import { PyNdArray, PyTuple, type PyObj } from '../types';
import { broadcastShapes, broadcastStrides, intParam, shapeOf, tupleText } from '../broadcast';
import { cInt64 } from './pyInt';
import { randomBeta } from './randomBeta';
import { randomBinomial } from './randomBinomial';
import { randomHypergeometric } from './randomHypergeometric';
import { randomStandardGamma } from './randomStandardGamma';

/*
 * Generator's vector-valued draws (numpy/random/_generator.pyx v2.4.6 and distributions.c):
 * multinomial, dirichlet and multivariate_hypergeometric. Each returns its values flattened in
 * C order; the result's shape is `size + (d,)` (a trailing axis of the vector's length).
 */

const INT64_MAX = 2n ** 63n - 1n;

/**
 * `random_multinomial` (distributions.c): one row of counts — sequential binomials with
 * p = pvals[j] / remaining_p, stopping once no trials remain; the last category takes the rest.
 */
function multinomialRow(bitgen: BitGenerator, n: bigint, pvals: Float64Array, off: number, d: number, out: bigint[], at: number): void {
  let remainingP = 1.0;
  let dn = n;
  for (let j = 0; j < d - 1; j++) {
    const x = randomBinomial(bitgen, pvals[off + j] / remainingP, dn);
    out[at + j] = x;
    dn -= x;
    if (dn <= 0n) break;
    remainingP -= pvals[off + j];
  }
  if (dn > 0n) out[at + d - 1] = dn;
}

/** Generator.multinomial's rows: the output shape, each row's n and the offset of its pvals row. */
interface MultinomialPlan {
  shape: number[];
  d: number;
  p: Float64Array;
  n: bigint[];
  offsets: number[];
}

/**
 * `Generator.multinomial(n, pvals, size=None)` planned in NumPy's order (numpy/random/
 * _generator.pyx v2.4.6): n cast to int64 (an array's floats truncated), pvals to float64
 * (`pvals must have at least 1 dimension…` when its last axis is empty), every pvals in [0, 1],
 * each row's `kahan_sum(pvals[:-1]) <= 1 + 1e-12`. Then, when n is an array or pvals has more
 * than one dimension (NumPy's vector path), `n < 0` over every element and the broadcast of n,
 * pvals' rows (`pvals.shape[:-1]`) and `size` (args 0, 1, 2 of NumPy's `shape mismatch` error),
 * which must equal `size` (`Output size (2, 1) is not compatible with broadcast dimensions of
 * inputs (2, 2).`); rows in C order of that shape. Otherwise `size + (d,)`, then `n < 0`.
 */
function multinomialPlan(nArg: PyObj, pvalsArg: PyObj, size: PyObj): MultinomialPlan {
  if (typeof nArg === 'string' || nArg === null) throw new PyError('TypeError', 'an integer is required');
  const on = intParam(nArg, cInt64);
  const p = asFloatArray(pvalsArg);
  const ndim = p.shape.length;
  const d = ndim >= 1 ? p.shape[ndim - 1] : 0;
  if (d === 0) {
    throw new PyError('ValueError', 'pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.');
  }
  if (p.data.some((v) => !(v >= 0 && v <= 1))) throw new PyError('ValueError', 'pvals < 0, pvals > 1 or pvals contains NaNs');
  for (let off = 0; off < p.data.length; off += d) {
    if (kahanSum(p.data.subarray(off), d - 1) > 1.0 + 1e-12) {
      throw new PyError('ValueError', `sum(pvals${ndim === 1 ? '[:-1]' : '[...,:-1]'}) > 1.0`);
    }
  }
  if (typeof on === 'bigint' && ndim === 1) {
    const rows = boundedCount([...leadingShape(size), BigInt(d)]) / d;
    if (on < 0n) throw new PyError('ValueError', 'n < 0');
    return { shape: [...leadingShape(size).map(Number), d], d, p: p.data, n: new Array<bigint>(rows).fill(on), offsets: new Array<number>(rows).fill(0) };
  }
  const nValues = on instanceof PyNdArray ? (on.data as bigint[]) : [on];
  if (nValues.some((v) => v < 0n)) throw new PyError('ValueError', 'n < 0');
  const nShape = shapeOf(on);
  const rowShape = p.shape.slice(0, -1);
  let shape: number[];
  if (size === null) shape = broadcastShapes([nShape, rowShape]);
  else {
    const want = leadingShape(size).map(Number);
    shape = broadcastShapes([nShape, rowShape, want]);
    if (shape.length !== want.length || shape.some((v, i) => v !== want[i])) {
      throw new PyError('ValueError', `Output size ${tupleText(want)} is not compatible with broadcast dimensions of inputs ${tupleText(shape)}.`);
    }
  }
  const rows = boundedCount([...shape, d].map(BigInt)) / d;
  const nStrides = broadcastStrides(nShape, shape);
  const rowStrides = broadcastStrides(rowShape, shape);
  const n: bigint[] = new Array(rows);
  const offsets: number[] = new Array(rows);
  const index = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < rows; i++) {
    let ni = 0;
    let pi = 0;
    for (let k = 0; k < shape.length; k++) {
      ni += index[k] * nStrides[k];
      pi += index[k] * rowStrides[k];
    }
    n[i] = nValues[ni];
    offsets[i] = pi * d;
    for (let k = shape.length - 1; k >= 0 && ++index[k] === shape[k]; k--) index[k] = 0;
  }
  return { shape: [...shape, d], d, p: p.data, n, offsets };
}

/** `Generator.multinomial(n, pvals, size=None)`: the rows of {@link multinomialPlan}, each one `random_multinomial`. */
export function generatorMultinomial(bitgen: BitGenerator, nArg: PyObj, pvalsArg: PyObj, size: PyObj): bigint[] {
  const plan = multinomialPlan(nArg, pvalsArg, size);
  const rows = plan.n.length;
  const out = new Array<bigint>(rows * plan.d).fill(0n);
  for (let i = 0; i < rows; i++) multinomialRow(bitgen, plan.n[i], plan.p, plan.offsets[i], plan.d, out, i * plan.d);
  return out;
}

/** The result shape of `Generator.multinomial` (for `CallSpec.shape`, which must not throw: undefined when the call raises). */
export function generatorMultinomialShape(nArg: PyObj, pvalsArg: PyObj, size: PyObj): number[] | undefined {
  try {
    return multinomialPlan(nArg, pvalsArg, size).shape;
  } catch {
    return undefined;
  }
}

/**
 * `Generator.dirichlet(alpha, size=None)`: `len(alpha)` first, alpha as a 1-d float64 vector,
 * `alpha < 0` if any element is negative. When every alpha is below 0.1 NumPy uses the
 * stick-breaking construction from betas (`random_beta(alpha[j], sum(alpha[j+1:]))`, stopping
 * when the rest sums to 0) to avoid gammas that underflow; otherwise k standard gammas scaled by
 * the reciprocal of their sum.
 */
export function generatorDirichlet(bitgen: BitGenerator, alphaArg: PyObj, size: PyObj): number[] {
  if (!(Array.isArray(alphaArg) || alphaArg instanceof PyTuple || typeof alphaArg === 'string')) {
    throw new PyError('TypeError', `object of type '${pyTypeName(alphaArg)}' has no len()`);
  }
  const arr = asFloatArray(typeof alphaArg === 'string' ? [...alphaArg] : alphaArg);
  if (arr.shape.length > 1) {
    throw new PyError('ValueError', 'setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
  }
  const alpha = arr.data;
  const k = alpha.length;
  if (alpha.some((a) => a < 0)) throw new PyError('ValueError', 'alpha < 0');
  const total = boundedCount([...leadingShape(size), BigInt(k)]);
  const out = new Array<number>(total).fill(0);
  if (k === 0) return out;
  let max = -Infinity;
  for (const a of alpha) max = a > max || a !== a ? a : max; // ndarray.max propagates NaN
  if (max < 0.1) {
    const csum = new Float64Array(k);
    let c = 0.0;
    for (let j = k - 1; j >= 0; j--) {
      c += alpha[j];
      csum[j] = c;
    }
    if (!(c > 0)) return out;
    for (let i = 0; i < total; i += k) {
      let acc = 1.0;
      for (let j = 0; j < k - 1; j++) {
        const v = randomBeta(bitgen, alpha[j], csum[j + 1]);
        out[i + j] = acc * v;
        acc *= 1.0 - v;
        if (csum[j + 1] === 0) break;
      }
      out[i + k - 1] = acc;
    }
    return out;
  }
  for (let i = 0; i < total; i += k) {
    let acc = 0.0;
    for (let j = 0; j < k; j++) {
      out[i + j] = randomStandardGamma(bitgen, alpha[j]);
      acc = acc + out[i + j];
    }
    const invacc = 1.0 / acc;
    for (let j = 0; j < k; j++) out[i + j] = out[i + j] * invacc;
  }
  return out;
}

/** Largest sum(colors) this tool runs method='count' for: the method keeps an index per item. */
const MAX_COUNT_TOTAL = MAX_VALUES_PER_CALL;

/**
 * `Generator.multivariate_hypergeometric(colors, nsample, size=None, method='marginals')`, with
 * NumPy's checks and messages in its order. 'marginals' draws `random_hypergeometric(colors[j],
 * remaining, left)` color by color (random_mvhg_marginals.c); 'count' shuffles the first
 * nsample of a list of item colors by `random_interval` swaps (random_mvhg_count.c). Both
 * sample the complement when nsample > total / 2.
 */
export function multivariateHypergeometric(bitgen: BitGenerator, colorsArg: PyObj, nsampleArg: PyObj, size: PyObj, method: PyObj): bigint[] {
  if (method !== 'count' && method !== 'marginals') throw new PyError('ValueError', 'method must be "count" or "marginals".');
  if (typeof nsampleArg !== 'bigint' && typeof nsampleArg !== 'boolean') throw new PyError('ValueError', 'nsample must be an integer');
  const nsample = BigInt(nsampleArg);
  if (nsample < 0n) throw new PyError('ValueError', 'nsample must be nonnegative.');
  if (nsample > INT64_MAX) throw new PyError('ValueError', `nsample must not exceed ${INT64_MAX}`);
  let colors: bigint[] | undefined;
  try {
    const arr = asArray(colorsArg);
    const ok = arr.shape.length === 1 && arr.data.every((c) => typeof c === 'bigint' && c >= 0n && c <= INT64_MAX);
    if (ok) colors = arr.data as bigint[];
  } catch (e) {
    if (!(e instanceof PyError && e.type === 'ValueError')) throw e;
  }
  if (!colors) {
    throw new PyError('ValueError', `colors must be a one-dimensional sequence of nonnegative integers not exceeding ${INT64_MAX}.`);
  }
  let total = 0n;
  for (const c of colors) total += c;
  if (total > INT64_MAX) {
    throw new PyError('ValueError', `sum(colors) must not exceed the maximum value of a 64 bit signed integer (${INT64_MAX})`);
  }
  if (method === 'marginals' && total >= 1000000000n) {
    throw new PyError('ValueError', 'When method is "marginals", sum(colors) must be less than 1000000000.');
  }
  if (method === 'count' && total > INT64_MAX / 8n) throw new PyError('ValueError', `When method is 'count', sum(colors) must not exceed ${INT64_MAX / 8n}`);
  if (nsample > total) throw new PyError('ValueError', 'nsample > sum(colors)');
  const nc = colors.length;
  const lead = size === null ? [] : Array.isArray(size) || size instanceof PyTuple ? leadingShape(size) : [dim(size)];
  const count = boundedCount([...lead, BigInt(nc)]);
  const out = new Array<bigint>(count).fill(0n);
  if (nc === 0 || total === 0n || nsample === 0n || count === 0) return out;
  if (method === 'count' && total > BigInt(MAX_COUNT_TOTAL)) {
    throw new PyError('ValueError', `method='count' with sum(colors) above ${MAX_COUNT_TOTAL} is not supported by this tool (NumPy allocates an index per item)`);
  }
  const tot = Number(total);
  const moreThanHalf = nsample > total / 2n;
  const ns = Number(moreThanHalf ? total - nsample : nsample);
  const cols = colors.map(Number);
  let choices: Int32Array | undefined;
  if (method === 'count') {
    choices = new Int32Array(tot);
    for (let i = 0, k = 0; i < nc; i++) for (let j = 0; j < cols[i]; j++) choices[k++] = i;
  }
  for (let i = 0; i < count; i += nc) {
    if (choices) {
      for (let j = 0; j < ns; j++) {
        const k = j + randomInterval(bitgen, tot - j - 1);
        const t = choices[k];
        choices[k] = choices[j];
        choices[j] = t;
      }
      for (let j = 0; j < ns; j++) out[i + choices[j]] += 1n;
    } else {
      let left = ns;
      let remaining = tot;
      for (let j = 0; left > 0 && j + 1 < nc; j++) {
        remaining -= cols[j];
        const r = randomHypergeometric(bitgen, cols[j], remaining, left);
        out[i + j] = BigInt(r);
        left -= r;
      }
      if (left > 0) out[i + nc - 1] = BigInt(left);
    }
    if (moreThanHalf) for (let k = 0; k < nc; k++) out[i + k] = colors[k] - out[i + k];
  }
  return out;
}
