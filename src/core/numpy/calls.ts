import { checkArrayConstraint, pyTypeName, sizeCount } from '../call/bindArgs';
import { numberArg, type Args, type CallSpec, type Constraint, type ParamSpec } from '../callSpec';
import { randomGumbel } from '../distributions/randomGumbel';
import { randomLaplace } from '../distributions/randomLaplace';
import { randomLogistic } from '../distributions/randomLogistic';
import { randomPoisson } from '../distributions/randomPoisson';
import { randomTriangular } from '../distributions/randomTriangular';
import { randomUniform } from '../distributions/randomUniform';
import { anyElement, drawEach as each, elements, intParam, isArrayLike, shapeOf, ufuncShape } from '../broadcast';
import { kahanSum } from '../distributions/kahanSum';
import { columnToPy, FRESH_ARRAYS, type Column, type ColumnAlloc } from '../column';
import { typeError, valueError } from '../errors';
import { permutationShape, triangularCheck, uniformCheck } from '../arrayArgs';
import { PyNdArray, PyTuple, type PyObj } from '../types';
import { toFloat64 } from '../ndarray';
import { legacyBeta } from './legacyBeta';
import { legacyBinomial } from './legacyBinomial';
import {
  legacyChisquare,
  legacyExponential,
  legacyF,
  legacyGamma,
  legacyLognormal,
  legacyNegativeBinomial,
  legacyNormal,
  legacyPareto,
  legacyPower,
  legacyRayleigh,
  legacyStandardCauchy,
  legacyStandardT,
  legacyWald,
  legacyWeibull,
} from './legacyContinuous';
import { legacyGeometric, legacyLogseries, legacyZipf, legacyZipfDraws, toInt64 } from './legacyDiscrete';
import { legacyHypergeometric } from './legacyHypergeometric';
import { legacyStandardGamma } from './legacyStandardGamma';
import { legacyDirichletRow, legacyMultinomialRow, legacyNoncentralChisquare, legacyNoncentralF } from './legacyMultivariate';
import { legacyVonmises } from './legacyVonmises';
import { legacyChoice } from './choice';
import { cLong, pyInt } from './intArg';
import { legacyExponentialFill, legacyGaussFill, maskedIntFill } from './legacyFill';
import { intDtype, randintBounds, randintDraw, type IntDtype } from './randint';
import type { RandomState } from './RandomState';
import { legacyPermutation, legacyShuffle } from './shuffle';
import { bytesArgs, randomBytes } from '../distributions/randomBytes';
import { mvnApply, mvnPlan } from '../distributions/multivariateNormalDiagonal';
import { boundedCount, leadingShape, trailingAxisShape, vectorLength } from '../distributions/vectorShape';
import { PyBytes } from '../types';
import { countOf, lengthOf, mvnWork, sizeElements } from '../callWork';

/*
 * The `numpy` engine's table: `np.random.<name>(...)` after `np.random.seed(s)`, i.e. the
 * legacy `RandomState` (numpy/random/mtrand.pyx, NumPy 2.4.6). Signatures, defaults, the
 * order of checks and the messages are NumPy's; float parameters broadcast as NumPy's (arrays
 * of them, see broadcast.ts; binomial's n and hypergeometric's counts too); `size` is None, an int or a tuple, and `run`
 * returns the values flattened in C order, their shape being the row's `shape` (by default the
 * size's; `size=None` gives one value).
 *
 * Every row is written out as an object literal: its parameters, then `run` (and `column` for
 * the bulk paths); `check` returns the arguments it converted.
 */

type Call = CallSpec<RandomState>;

/** A float parameter (NumPy's `double`), with an optional `_common.pyx` constraint. */
const floatParam = (name: string, dflt?: number, constraint?: Constraint): ParamSpec => ({
  name,
  type: 'float',
  ...(dflt === undefined ? {} : { default: dflt }),
  ...(constraint ? { constraint } : {}),
});
/** An argument `run` converts itself (ints that NumPy truncates from floats, sequences, dtypes). */
const anyParam = (name: string, dflt?: PyObj): ParamSpec => ({ name, type: 'any', ...(dflt === undefined ? {} : { default: dflt }) });
const SIZE: ParamSpec = { name: 'size', type: 'size', default: null };

/** `size` draws of `one()` (one draw when size is None), as NumPy's `cont`/`disc` fill arrays. */
function fill<T extends PyObj>(size: PyObj, one: () => T): T[] {
  const n = sizeCount(size);
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = one();
  return out;
}

/**
 * `run` and `column` of a float row whose values come in bulk: with its parameters `names` all
 * scalars, `fillValues(rs, a, out)` fills `out` with the values of successive calls
 * (`size` values per call) and `run` goes through the same code, so the pinned fixtures check
 * the bulk path; with an array among them, `run` draws element by element with `one` over the
 * broadcast shape ({@link each}) and there is no column.
 */
function floatBulk(
  names: readonly string[],
  fillValues: (rs: RandomState, a: Args, out: Float64Array) => void,
  one?: (rs: RandomState, v: Record<string, number>) => number,
): Pick<Call, 'run' | 'column'> {
  const scalar = (a: Args) => names.every((k) => typeof a[k] === 'number');
  const bulk = (rs: RandomState, a: Args, calls: number, alloc: ColumnAlloc = FRESH_ARRAYS): Column => {
    const values = alloc.float64(sizeCount(a.size) * calls);
    fillValues(rs, a, values);
    return { kind: 'float', values };
  };
  return {
    column: (rs, a, calls, alloc) => (scalar(a) ? bulk(rs, a, calls, alloc) : undefined),
    run: (rs, a) => (scalar(a) || !one ? columnToPy(bulk(rs, a, 1)) : each(a, names, (v) => one(rs, v))),
  };
}

const doubles = (rs: RandomState, _a: Args, out: Float64Array) => rs.bitgen.fillDoubles(out, 0, out.length);
const gaussians = (rs: RandomState, _a: Args, out: Float64Array) => legacyGaussFill(rs, out, 0, out.length);


/** `rand(d0, d1, ...)`/`randn(...)`: up to six int dimensions given positionally. */
const DIMS: ParamSpec[] = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5'].map((n) => ({ ...anyParam(n, null), posOnly: true }));

/**
 * rand/randn's check: the positional dims as the `size` NumPy passes on (None for no dims: a
 * scalar), with NumPy's messages for a bad dimension.
 */
function dimsArgs(a: Args): Args {
  return { size: dimsShape(a) };
}

function dimsShape(a: Args): PyObj {
  const dims: bigint[] = [];
  for (const p of DIMS) {
    const v = a[p.name];
    if (v === null) break;
    if (typeof v === 'bigint' || typeof v === 'boolean') {
      const d = BigInt(v);
      if (d < 0n) throw valueError('negative dimensions are not allowed');
      dims.push(d);
    } else {
      throw typeError(`'${typeof v === 'number' ? 'float' : v instanceof PyTuple ? 'tuple' : Array.isArray(v) ? 'list' : typeof v === 'string' ? 'str' : 'NoneType'}' object cannot be interpreted as an integer`);
    }
  }
  return dims.length === 0 ? null : dims;
}

/**
 * randint's check: the bounds validated for the dtype, as the closed interval `low`..`high`
 * (bigints) and the dtype's canonical name; `low` None when size has no elements (NumPy returns
 * an empty array before checking the bounds).
 */
function randintCheck(a: Args): Args {
  const dtype = intDtype(a.dtype);
  if (a.size !== null && sizeCount(a.size) === 0) return { ...a, low: null, high: null, dtype: dtype.name };
  const { low, high } = randintBounds(a.low, a.high, dtype);
  return { ...a, low, high, dtype: dtype.name };
}

/**
 * randint's values as a column when they have one: 64- and 32-bit dtypes whose range fits the
 * 32-bit masked sampler and whose bounds are exact in doubles (every value is low + a draw);
 * undefined otherwise (8/16-bit dtypes buffer words per call, bool, huge ranges: `run` handles them).
 */
function randintColumn(rs: RandomState, a: Args, count: number, alloc: ColumnAlloc = FRESH_ARRAYS): Column | undefined {
  if (a.low === null) return { kind: 'int', values: new Int32Array(0) };
  const lo = a.low as bigint;
  const hi = a.high as bigint;
  const bits = intDtype(a.dtype).bits;
  const rng = hi - lo;
  if ((bits !== 64 && bits !== 32) || rng > 0xffffffffn || lo < -(2n ** 52n) || hi > 2n ** 52n) return undefined;
  const low = Number(lo);
  const high = Number(hi);
  const values = low >= -0x80000000 && high <= 0x7fffffff ? alloc.int32(count) : alloc.float64(count);
  maskedIntFill(rs.bitgen, values, 0, count, low, Number(rng));
  return { kind: 'int', values };
}

/** randint's `run`: the column when there is one (so the fixtures check it), else the general draw. */
function randintRun(rs: RandomState, a: Args, count: number): PyObj[] {
  if (a.low === null) return [];
  const col = randintColumn(rs, a, count);
  return col ? columnToPy(col) : randintDraw(rs.bitgen, a.low as bigint, a.high as bigint, intDtype(a.dtype) as IntDtype, count);
}

/** binomial's (n, p): n converted as a C long first, then p's and n's constraints (NumPy's order). */
function binomialArgs(a: Args): Args {
  if (isArrayLike(a.n) || a.p instanceof PyNdArray) {
    // the array path: n as an intp array, p's then n's array constraints (LEGACY_CONS_NON_NEGATIVE_INBOUNDS_LONG)
    const n = intParam(a.n, (x) => cLong(x, 'n'));
    checkArrayConstraint('p', elements(a.p), 'bounded_0_1');
    if (elements(n).some((v) => v < 0)) throw valueError('n < 0');
    return { ...a, n };
  }
  const n = cLong(a.n, 'n');
  if (!(numberArg(a, 'p') >= 0 && numberArg(a, 'p') <= 1)) throw valueError('p < 0, p > 1 or p is NaN');
  if (n < 0n) throw valueError('n < 0');
  return { ...a, n };
}

/**
 * hypergeometric's counts: C longs, then `ngood + nbad < nsample`, then each constraint — or, with
 * an array among them, int64 arrays, `np.any(np.less(np.add(ongood, onbad), onsample))` (its
 * ufunc errors for mismatched shapes), then the array constraints.
 */
function hypergeometricArgs(a: Args): Args {
  const names = ['ngood', 'nbad', 'nsample'] as const;
  if (names.some((k) => isArrayLike(a[k]))) {
    const [good, bad, sample] = names.map((k) => intParam(a[k], (x) => cLong(x, k)));
    ufuncShape(ufuncShape(shapeOf(good), shapeOf(bad)), shapeOf(sample));
    const b = { ...a, ngood: good, nbad: bad, nsample: sample };
    if (anyElement(b, names, (v) => Number(v.ngood) + Number(v.nbad) < Number(v.nsample))) throw valueError('ngood + nbad < nsample');
    if (elements(good).some((v) => v < 0)) throw valueError('ngood < 0');
    if (elements(bad).some((v) => v < 0)) throw valueError('nbad < 0');
    if (elements(sample).some((v) => !(v >= 1))) throw valueError('nsample < 1 or nsample contains NaNs');
    return b;
  }
  const good = cLong(a.ngood, 'ngood');
  const bad = cLong(a.nbad, 'nbad');
  const sample = cLong(a.nsample, 'nsample');
  if (BigInt.asIntN(64, good + bad) < sample) throw valueError('ngood + nbad < nsample');
  if (good < 0n) throw valueError('ngood < 0');
  if (bad < 0n) throw valueError('nbad < 0');
  if (sample < 1n) throw valueError('nsample < 1 or nsample is NaN');
  return { ...a, ngood: good, nbad: bad, nsample: sample };
}

export const NUMPY_CALLS: readonly Call[] = [
  {
    name: 'random',
    params: [SIZE],
    doc: 'Floats uniform in [0, 1)',
    example: 'random()',
    ...floatBulk([], doubles),
  },
  {
    name: 'random_sample',
    params: [SIZE],
    doc: 'Floats uniform in [0, 1) (alias of random)',
    example: 'random_sample(3)',
    ...floatBulk([], doubles),
  },
  {
    name: 'ranf',
    params: [SIZE],
    doc: 'Floats uniform in [0, 1) (np.random.ranf: an alias of random_sample)',
    example: 'ranf(3)',
    ...floatBulk([], doubles),
  },
  {
    name: 'sample',
    params: [SIZE],
    doc: 'Floats uniform in [0, 1) (np.random.sample: an alias of random_sample)',
    example: 'sample(3)',
    ...floatBulk([], doubles),
  },
  {
    name: 'rand',
    params: DIMS,
    doc: 'Floats uniform in [0, 1); rand(d0, d1, ...) gives that shape (up to 6 dims)',
    example: 'rand(3)',
    check: dimsArgs,
    ...floatBulk([], doubles),
  },
  {
    name: 'randint',
    params: [anyParam('low'), anyParam('high', null), SIZE, anyParam('dtype', null)],
    doc: "Integers from low (inclusive) to high (exclusive); dtype as a string, e.g. 'int32'",
    example: 'randint(1, 10)',
    check: randintCheck,
    run: (rs, a) => randintRun(rs, a, sizeCount(a.size)),
    column: (rs, a, calls, alloc) => randintColumn(rs, a, sizeCount(a.size) * calls, alloc),
  },
  {
    name: 'random_integers',
    params: [anyParam('low'), anyParam('high', null), SIZE],
    doc: 'Integers from low to high inclusive (deprecated: use randint)',
    example: 'random_integers(1, 6)',
    check: (a) => randintCheck(integersAsRandint(a)),
    run: (rs, a) => randintRun(rs, a, sizeCount(a.size)),
    column: (rs, a, calls, alloc) => randintColumn(rs, a, sizeCount(a.size) * calls, alloc),
  },
  {
    name: 'uniform',
    params: [floatParam('low', 0.0), floatParam('high', 1.0), SIZE],
    doc: 'Floats uniform in [low, high)',
    example: 'uniform(0, 10)',
    check: (a) => uniformCheck(a, 'Range exceeds valid bounds', false),
    ...floatBulk(
      ['low', 'high'],
      (rs, a, out) => {
        const low = numberArg(a, 'low');
        const range = numberArg(a, 'high') - low;
        rs.bitgen.fillDoubles(out, 0, out.length);
        for (let i = 0; i < out.length; i++) out[i] = low + range * out[i]; // random_uniform
      },
      (rs, v) => randomUniform(rs.bitgen, v.low, v.high - v.low),
    ),
  },
  {
    name: 'standard_normal',
    params: [SIZE],
    doc: 'Standard normal floats (legacy polar method)',
    example: 'standard_normal()',
    ...floatBulk([], gaussians),
  },
  {
    name: 'randn',
    params: DIMS,
    doc: 'Standard normal floats; randn(d0, d1, ...) gives that shape (up to 6 dims)',
    example: 'randn(3)',
    check: dimsArgs,
    ...floatBulk([], gaussians),
  },
  {
    name: 'normal',
    params: [floatParam('loc', 0.0), floatParam('scale', 1.0, 'non_negative'), SIZE],
    doc: 'Normal floats with mean loc and std scale',
    example: 'normal(0, 1)',
    ...floatBulk(
      ['loc', 'scale'],
      (rs, a, out) => {
        const loc = numberArg(a, 'loc');
        const scale = numberArg(a, 'scale');
        legacyGaussFill(rs, out, 0, out.length);
        for (let i = 0; i < out.length; i++) out[i] = loc + scale * out[i]; // legacy_normal
      },
      (rs, v) => legacyNormal(rs, v.loc, v.scale),
    ),
  },
  {
    name: 'standard_exponential',
    params: [SIZE],
    doc: 'Exponential floats with scale 1',
    example: 'standard_exponential()',
    ...floatBulk([], (rs, _a, out) => legacyExponentialFill(rs, out, 0, out.length)),
  },
  {
    name: 'exponential',
    params: [floatParam('scale', 1.0, 'non_negative'), SIZE],
    doc: 'Exponential floats with the given scale (1/rate)',
    example: 'exponential(1.0)',
    ...floatBulk(
      ['scale'],
      (rs, a, out) => legacyExponentialFill(rs, out, 0, out.length, numberArg(a, 'scale')), // scale · -log(1 - U), as legacy_exponential
      (rs, v) => legacyExponential(rs, v.scale),
    ),
  },
  {
    name: 'triangular',
    params: [floatParam('left'), floatParam('mode'), floatParam('right'), SIZE],
    doc: 'Triangular floats on [left, right] peaking at mode',
    example: 'triangular(0, 0.5, 1)',
    check: triangularCheck,
    run: (rs, a) => each(a, ['left', 'mode', 'right'], (v) => randomTriangular(rs.bitgen, v.left, v.mode, v.right)),
  },
  {
    name: 'choice',
    params: [anyParam('a'), anyParam('size', null), { name: 'replace', type: 'bool', default: true }, anyParam('p', null)],
    doc: 'Random elements of a (or of range(a) for an int), optionally weighted by p',
    example: "choice(['a', 'b', 'c'])",
    work: (a) => choiceWork(a),
    run: (rs, a) => legacyChoice(rs.bitgen, a.a, a.size, a.replace as boolean, a.p),
  },
  {
    name: 'shuffle',
    params: [anyParam('x')],
    doc: 'The list x shuffled (np.random.shuffle shuffles in place)',
    example: 'shuffle([1, 2, 3, 4, 5])',
    inPlace: 'x',
    container: 'list',
    shape: (a) => (Array.isArray(a.x) ? [a.x.length] : null),
    run: (rs, a) => legacyShuffle(rs.bitgen, a.x),
  },
  {
    name: 'permutation',
    params: [anyParam('x')],
    doc: 'A shuffled copy of x, or of range(x) for an int',
    example: 'permutation(10)',
    shape: (a) => permutationShape(a.x),
    run: (rs, a) => legacyPermutation(rs.bitgen, a.x),
  },
  {
    name: 'poisson',
    params: [floatParam('lam', 1.0, 'poisson'), SIZE],
    doc: 'Poisson integers with mean lam',
    example: 'poisson(3.0)',
    run: (rs, a) => each(a, ['lam'], (v) => toInt64(randomPoisson(rs.bitgen, v.lam))),
  },
  {
    name: 'binomial',
    params: [anyParam('n'), floatParam('p'), SIZE],
    doc: 'Binomial integers: successes in n trials with probability p',
    example: 'binomial(10, 0.5)',
    check: binomialArgs,
    broadcast: ['p', 'n'],
    run: (rs, a) => each(a, ['p', 'n'], (v) => legacyBinomial(rs.bitgen, v.p, BigInt(v.n))),
  },
  {
    name: 'negative_binomial',
    params: [floatParam('n', undefined, 'positive'), floatParam('p', undefined, 'bounded_0_1'), SIZE],
    doc: 'Negative binomial integers: failures before n successes with probability p',
    example: 'negative_binomial(5, 0.5)',
    run: (rs, a) => each(a, ['n', 'p'], (v) => legacyNegativeBinomial(rs, v.n, v.p)),
  },
  {
    name: 'geometric',
    params: [floatParam('p', undefined, 'bounded_gt_0_1'), SIZE],
    doc: 'Geometric integers >= 1: trials until the first success with probability p',
    example: 'geometric(0.25)',
    run: (rs, a) => each(a, ['p'], (v) => legacyGeometric(rs.bitgen, v.p)),
  },
  {
    name: 'hypergeometric',
    params: [anyParam('ngood'), anyParam('nbad'), anyParam('nsample'), SIZE],
    doc: 'Hypergeometric integers: good items among nsample drawn without replacement',
    example: 'hypergeometric(10, 5, 4)',
    check: hypergeometricArgs,
    broadcast: ['ngood', 'nbad', 'nsample'],
    run: (rs, a) =>
      each(a, ['ngood', 'nbad', 'nsample'], (v) => BigInt(legacyHypergeometric(rs.bitgen, Number(v.ngood), Number(v.nbad), Number(v.nsample)))),
  },
  {
    name: 'logseries',
    params: [floatParam('p', undefined, 'bounded_lt_0_1'), SIZE],
    doc: 'Logarithmic-series integers >= 1 with parameter p',
    example: 'logseries(0.6)',
    run: (rs, a) => each(a, ['p'], (v) => legacyLogseries(rs.bitgen, v.p)),
  },
  {
    name: 'zipf',
    params: [floatParam('a', undefined, 'gt_1'), SIZE],
    doc: 'Zipf integers >= 1 with exponent a > 1',
    example: 'zipf(2.0)',
    work: (a) => sizeElements(a.size) * elements(a.a).reduce((most, x) => Math.max(most, legacyZipfDraws(x)), 0), // the most rejections any element's a makes
    run: (rs, a) => each(a, ['a'], (v) => legacyZipf(rs.bitgen, v.a)),
  },
  {
    name: 'lognormal',
    params: [floatParam('mean', 0.0), floatParam('sigma', 1.0, 'non_negative'), SIZE],
    doc: 'Log-normal floats: exp of normal(mean, sigma)',
    example: 'lognormal(0, 1)',
    run: (rs, a) => each(a, ['mean', 'sigma'], (v) => legacyLognormal(rs, v.mean, v.sigma)),
  },
  {
    name: 'standard_gamma',
    params: [floatParam('shape', undefined, 'non_negative'), SIZE],
    doc: 'Gamma floats with scale 1',
    example: 'standard_gamma(2.0)',
    run: (rs, a) => each(a, ['shape'], (v) => legacyStandardGamma(rs, v.shape)),
  },
  {
    name: 'gamma',
    params: [floatParam('shape', undefined, 'non_negative'), floatParam('scale', 1.0, 'non_negative'), SIZE],
    doc: 'Gamma floats with shape and scale',
    example: 'gamma(2.0, 1.0)',
    run: (rs, a) => each(a, ['shape', 'scale'], (v) => legacyGamma(rs, v.shape, v.scale)),
  },
  {
    name: 'beta',
    params: [floatParam('a', undefined, 'positive'), floatParam('b', undefined, 'positive'), SIZE],
    doc: 'Beta floats in [0, 1]',
    example: 'beta(2, 5)',
    run: (rs, a) => each(a, ['a', 'b'], (v) => legacyBeta(rs, v.a, v.b)),
  },
  {
    name: 'chisquare',
    params: [floatParam('df', undefined, 'positive'), SIZE],
    doc: 'Chi-square floats with df degrees of freedom',
    example: 'chisquare(3)',
    run: (rs, a) => each(a, ['df'], (v) => legacyChisquare(rs, v.df)),
  },
  {
    name: 'f',
    params: [floatParam('dfnum', undefined, 'positive'), floatParam('dfden', undefined, 'positive'), SIZE],
    doc: 'F-distribution floats',
    example: 'f(5, 10)',
    run: (rs, a) => each(a, ['dfnum', 'dfden'], (v) => legacyF(rs, v.dfnum, v.dfden)),
  },
  {
    name: 'standard_t',
    params: [floatParam('df', undefined, 'positive'), SIZE],
    doc: "Student's t floats with df degrees of freedom",
    example: 'standard_t(10)',
    run: (rs, a) => each(a, ['df'], (v) => legacyStandardT(rs, v.df)),
  },
  {
    name: 'standard_cauchy',
    params: [SIZE],
    doc: 'Standard Cauchy floats',
    example: 'standard_cauchy()',
    run: (rs, a) => each(a, [], () => legacyStandardCauchy(rs)),
  },
  {
    name: 'laplace',
    params: [floatParam('loc', 0.0), floatParam('scale', 1.0, 'non_negative'), SIZE],
    doc: 'Laplace (double exponential) floats',
    example: 'laplace(0, 1)',
    run: (rs, a) => each(a, ['loc', 'scale'], (v) => randomLaplace(rs.bitgen, v.loc, v.scale)),
  },
  {
    name: 'logistic',
    params: [floatParam('loc', 0.0), floatParam('scale', 1.0, 'non_negative'), SIZE],
    doc: 'Logistic floats',
    example: 'logistic(0, 1)',
    run: (rs, a) => each(a, ['loc', 'scale'], (v) => randomLogistic(rs.bitgen, v.loc, v.scale)),
  },
  {
    name: 'gumbel',
    params: [floatParam('loc', 0.0), floatParam('scale', 1.0, 'non_negative'), SIZE],
    doc: 'Gumbel (extreme value) floats',
    example: 'gumbel(0, 1)',
    run: (rs, a) => each(a, ['loc', 'scale'], (v) => randomGumbel(rs.bitgen, v.loc, v.scale)),
  },
  {
    name: 'weibull',
    params: [floatParam('a', undefined, 'non_negative'), SIZE],
    doc: 'Weibull floats with shape a',
    example: 'weibull(1.5)',
    run: (rs, a) => each(a, ['a'], (v) => legacyWeibull(rs, v.a)),
  },
  {
    name: 'pareto',
    params: [floatParam('a', undefined, 'positive'), SIZE],
    doc: 'Pareto II (Lomax) floats with shape a',
    example: 'pareto(3.0)',
    run: (rs, a) => each(a, ['a'], (v) => legacyPareto(rs, v.a)),
  },
  {
    name: 'power',
    params: [floatParam('a', undefined, 'positive'), SIZE],
    doc: 'Power-distribution floats in [0, 1] with exponent a - 1',
    example: 'power(5.0)',
    run: (rs, a) => each(a, ['a'], (v) => legacyPower(rs, v.a)),
  },
  {
    name: 'rayleigh',
    params: [floatParam('scale', 1.0, 'non_negative'), SIZE],
    doc: 'Rayleigh floats',
    example: 'rayleigh(1.0)',
    run: (rs, a) => each(a, ['scale'], (v) => legacyRayleigh(rs, v.scale)),
  },
  {
    name: 'vonmises',
    params: [floatParam('mu'), floatParam('kappa', undefined, 'non_negative'), SIZE],
    doc: 'Von Mises (circular normal) floats in [-pi, pi]',
    example: 'vonmises(0, 4)',
    run: (rs, a) => each(a, ['mu', 'kappa'], (v) => legacyVonmises(rs.bitgen, v.mu, v.kappa)),
  },
  {
    name: 'wald',
    params: [floatParam('mean', undefined, 'positive'), floatParam('scale', undefined, 'positive'), SIZE],
    doc: 'Wald (inverse Gaussian) floats',
    example: 'wald(1, 1)',
    run: (rs, a) => each(a, ['mean', 'scale'], (v) => legacyWald(rs, v.mean, v.scale)),
  },
  {
    name: 'noncentral_chisquare',
    params: [floatParam('df', undefined, 'positive'), floatParam('nonc', undefined, 'non_negative'), SIZE],
    doc: 'Noncentral chi-square floats',
    example: 'noncentral_chisquare(3, 2)',
    run: (rs, a) => each(a, ['df', 'nonc'], (v) => legacyNoncentralChisquare(rs, v.df, v.nonc)),
  },
  {
    name: 'noncentral_f',
    params: [floatParam('dfnum', undefined, 'positive'), floatParam('dfden', undefined, 'positive'), floatParam('nonc', undefined, 'non_negative'), SIZE],
    doc: 'Noncentral F-distribution floats',
    example: 'noncentral_f(3, 20, 3)',
    run: (rs, a) => each(a, ['dfnum', 'dfden', 'nonc'], (v) => legacyNoncentralF(rs, v.dfnum, v.dfden, v.nonc)),
  },
  {
    name: 'multinomial',
    params: [anyParam('n'), anyParam('pvals'), anyParam('size', null)], // size read as mtrand does: (operator.index(size), d) or tuple(size) + (d,)
    doc: 'Multinomial counts: n trials over categories with probabilities pvals (one row per draw)',
    example: 'multinomial(20, [0.2, 0.3, 0.5])',
    work: (a) => sizeElements(a.size) * lengthOf(a.pvals), // a binomial per category per row
    check: multinomialArgs,
    shape: (a) => trailingAxisShape(a.size, (a.pvals as number[]).length),
    run: (rs, a) => {
      const n = a.n as bigint;
      const pvals = a.pvals as number[];
      const rows = vectorRows(a.size, pvals.length);
      if (pvals.length === 0) return [];
      return Array.from({ length: rows }, () => legacyMultinomialRow(rs, n, pvals)).flat();
    },
  },
  {
    name: 'bytes',
    params: [anyParam('length')],
    doc: 'length random bytes: randint(0, 2**32, dtype=np.uint32) words, little-endian',
    example: 'bytes(10)',
    shape: () => null,
    container: 'bytes',
    work: (a) => countOf(a.length) / 4, // one 32-bit word per 4 bytes
    run: (rs, a) => [new PyBytes(randomBytes(rs.bitgen, ...bytesArgs(a.length)))],
  },
  {
    name: 'multivariate_normal',
    params: [anyParam('mean'), anyParam('cov'), anyParam('size', null), anyParam('check_valid', 'warn'), floatParam('tol', 1e-8)],
    doc: 'Multivariate normal vectors with mean and a diagonal covariance cov (one row per draw)',
    example: 'multivariate_normal([0, 10], [[1, 0], [0, 4]], size=3)',
    shape: (a) => trailingAxisShape(a.size, vectorLength(a.mean)),
    work: mvnWork,
    run: (rs, a) => {
      const plan = mvnPlan(a.mean, a.cov, a.size, a.check_valid, 'svd', false);
      const normals = new Float64Array(boundedCount([...plan.lead, BigInt(plan.k)]));
      legacyGaussFill(rs, normals, 0, normals.length);
      return mvnApply(plan, normals);
    },
  },
  {
    name: 'tomaxint',
    params: [SIZE],
    doc: 'Integers in [0, 2**63): a 64-bit word shifted right once (RandomState.tomaxint)',
    example: 'tomaxint()',
    run: (rs, a) => fill(a.size, () => rs.bitgen.next64() >> 1n), // random_positive_int
  },
  {
    name: 'dirichlet',
    params: [anyParam('alpha'), anyParam('size', null)],
    doc: 'Dirichlet vectors (non-negative, summing to 1) with concentrations alpha',
    example: 'dirichlet([1, 2, 3])',
    work: (a) => sizeElements(a.size) * lengthOf(a.alpha), // a gamma per concentration per row
    check: (a) => {
      const alpha = dirichletAlpha(a);
      vectorRows(a.size, alpha.length);
      return { ...a, alpha };
    },
    shape: (a) => trailingAxisShape(a.size, (a.alpha as number[]).length),
    run: (rs, a) => {
      const alpha = a.alpha as number[];
      const rows = vectorRows(a.size, alpha.length);
      if (alpha.length === 0) return [];
      return Array.from({ length: rows }, () => legacyDirichletRow(rs, alpha)).flat();
    },
  },
];

/** A 1-d float vector argument (multinomial's pvals, dirichlet's alpha) with NumPy's messages. */
function vector(v: PyObj, name: string): number[] {
  if (!(Array.isArray(v) || v instanceof PyTuple)) {
    if (name === 'pvals') throw typeError('pvals must be a 1-d sequence');
    throw typeError(`object of type '${pyTypeName(v)}' has no len()`);
  }
  const items = v instanceof PyTuple ? v.items : v;
  return items.map((x) => {
    if (Array.isArray(x) || x instanceof PyTuple) {
      throw valueError('setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
    }
    return toFloat64(x); // None → nan, as np.asarray(x, float64)
  });
}

/**
 * The rows of a vector draw (multinomial, dirichlet) of `k` values each, `size` read as mtrand
 * reads it (`(operator.index(size), k)` or `tuple(size) + (k,)`): NumPy's errors for a bad size,
 * and this tool's cap on the values of one call.
 */
function vectorRows(size: PyObj, k: number): number {
  return boundedCount([...leadingShape(size), BigInt(k)]) / Math.max(1, k);
}

/** dirichlet's alpha: a 1-d vector with no element <= 0 (NaN passes, as in NumPy). */
function dirichletAlpha(a: Args): number[] {
  const alpha = vector(a.alpha, 'alpha');
  if (alpha.some((v) => v <= 0)) throw valueError('alpha <= 0');
  return alpha;
}

/** multinomial's (n, pvals) in NumPy's order of checks: n as a C long, pvals, sum(pvals[:-1]), then n < 0. */
function multinomialArgs(a: Args): Args {
  const n = cLong(a.n, 'n');
  const pvals = vector(a.pvals, 'pvals');
  if (pvals.some((p) => !(p >= 0 && p <= 1))) throw valueError('pvals < 0, pvals > 1 or pvals contains NaNs');
  if (kahanSum(pvals, pvals.length - 1) > 1.0 + 1e-12) throw valueError('sum(pvals[:-1]) > 1.0');
  vectorRows(a.size, pvals.length); // np.zeros(shape) before n's check
  if (n < 0n) throw valueError('n < 0');
  return { ...a, n, pvals };
}

/** `random_integers(low, high, size)` is `randint(low, int(high) + 1, size, dtype='l')`; high None → [1, low]. */
function integersAsRandint(a: Args): Args {
  if (a.high === null) return { low: 1n, high: cLongPlus1(a.low), size: a.size, dtype: null };
  return { low: a.low, high: cLongPlus1(a.high), size: a.size, dtype: null };
}

function cLongPlus1(v: PyObj): bigint {
  return pyInt(v, 'high') + 1n;
}

/**
 * choice's work: without replacement and p, NumPy shuffles every index of a
 * (`permutation(len(a))[:size]`); with p it builds p's cumulative sum, and without replacement
 * redraws in rounds over it (at most size rounds).
 */
export function choiceWork(a: Args): number {
  const size = sizeElements(a.size);
  if (a.p === null) return a.replace === false ? lengthOf(a.a) : size;
  return lengthOf(a.p) * (a.replace === false ? size : 1) + size;
}
