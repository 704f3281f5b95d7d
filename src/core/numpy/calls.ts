import { pyTypeName, sizeCount } from '../call/bindArgs';
import { numberArg, type Args, type CallSpec, type Constraint, type ParamSpec } from '../callSpec';
import { randomGumbel } from '../distributions/randomGumbel';
import { randomLaplace } from '../distributions/randomLaplace';
import { randomLogistic } from '../distributions/randomLogistic';
import { randomPoisson } from '../distributions/randomPoisson';
import { randomTriangular } from '../distributions/randomTriangular';
import { randomUniform } from '../distributions/randomUniform';
import { columnToPy, FRESH_ARRAYS, type Column, type ColumnAlloc } from '../column';
import { PyError, typeError, valueError } from '../errors';
import { PyTuple, type PyObj } from '../types';
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
import { legacyGeometric, legacyLogseries, legacyZipf, toInt64 } from './legacyDiscrete';
import { legacyGauss, legacyStandardExponential } from './legacyGauss';
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
import { boundedCount, leadingShape } from '../distributions/vectorShape';
import { PyBytes } from '../types';

/*
 * The `numpy` engine's table: `np.random.<name>(...)` after `np.random.seed(s)`, i.e. the
 * legacy `RandomState` (numpy/random/mtrand.pyx, NumPy 2.4.6). Signatures, defaults, the
 * order of checks and the messages are NumPy's; distribution parameters are scalars (NumPy
 * would broadcast arrays), `size` is None, an int or a tuple, and results are flattened in C
 * order (`size=None` gives one value).
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
 * `run` and `column` of a float row whose values come in bulk: `fillValues(rs, a, out)` fills
 * `out` with the values of successive calls (`count(a)` per call). `run` goes through the same
 * code, so the pinned fixtures check the bulk path.
 */
function floatBulk(count: (a: Args) => number, fillValues: (rs: RandomState, a: Args, out: Float64Array) => void): Pick<Call, 'run' | 'column'> {
  const column = (rs: RandomState, a: Args, calls: number, alloc: ColumnAlloc = FRESH_ARRAYS): Column => {
    const values = alloc.float64(count(a) * calls);
    fillValues(rs, a, values);
    return { kind: 'float', values };
  };
  return { column, run: (rs, a) => columnToPy(column(rs, a, 1)) };
}

const sizeOf = (a: Args) => sizeCount(a.size);
const dimsOf = (a: Args) => sizeCount(dimsShape(a));
const doubles = (rs: RandomState, _a: Args, out: Float64Array) => rs.bitgen.fillDoubles(out, 0, out.length);
const gaussians = (rs: RandomState, _a: Args, out: Float64Array) => legacyGaussFill(rs, out, 0, out.length);

/** A continuous distribution row: float parameters (with constraints), then size. */
function cont(name: string, params: ParamSpec[], doc: string, example: string, draw: (rs: RandomState, a: Args) => number): Call {
  return { name, params: [...params, SIZE], doc, example, run: (rs, a) => fill(a.size, () => draw(rs, a)) };
}

/** `rand(d0, d1, ...)`/`randn(...)`: up to six int dimensions given positionally. */
const DIMS: ParamSpec[] = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5'].map((n) => ({ ...anyParam(n, null), posOnly: true }));

/** The shape from rand/randn's positional dims (None for no dims: a scalar). */
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

/** randint's validated bounds and dtype, shared by `check` and `run`; null when size has no elements. */
function randintArgs(a: Args) {
  const dtype = intDtype(a.dtype);
  if (a.size !== null && sizeCount(a.size) === 0) return null; // NumPy returns an empty array before checking the bounds
  return { dtype, ...randintBounds(a.low, a.high, dtype) };
}

type RandintArgs = ReturnType<typeof randintArgs>;

/**
 * randint's values as a column when they have one: 64- and 32-bit dtypes whose range fits the
 * 32-bit masked sampler and whose bounds are exact in doubles (every value is low + a draw);
 * undefined otherwise (8/16-bit dtypes buffer words per call, bool, huge ranges: `run` handles them).
 */
function randintColumn(rs: RandomState, r: RandintArgs, count: number, alloc: ColumnAlloc = FRESH_ARRAYS): Column | undefined {
  if (r === null) return { kind: 'int', values: new Int32Array(0) };
  const rng = r.high - r.low;
  if ((r.dtype.bits !== 64 && r.dtype.bits !== 32) || rng > 0xffffffffn || r.low < -(2n ** 52n) || r.high > 2n ** 52n) return undefined;
  const low = Number(r.low);
  const high = Number(r.high);
  const values = low >= -0x80000000 && high <= 0x7fffffff ? alloc.int32(count) : alloc.float64(count);
  maskedIntFill(rs.bitgen, values, 0, count, low, Number(rng));
  return { kind: 'int', values };
}

/** randint's `run`: the column when there is one (so the fixtures check it), else the general draw. */
function randintRun(rs: RandomState, r: RandintArgs, count: number): PyObj[] {
  if (r === null) return [];
  const col = randintColumn(rs, r, count);
  return col ? columnToPy(col) : randintDraw(rs.bitgen, r.low, r.high, r.dtype as IntDtype, count);
}

/** binomial's (n, p): n converted as a C long first, then p's and n's constraints (NumPy's order). */
function binomialArgs(a: Args): { n: bigint; p: number } {
  const n = cLong(a.n, 'n');
  const p = numberArg(a, 'p');
  if (!(p >= 0 && p <= 1)) throw valueError('p < 0, p > 1 or p is NaN');
  if (n < 0n) throw valueError('n < 0');
  return { n, p };
}

/** hypergeometric's counts: C longs, then `ngood + nbad < nsample`, then each constraint. */
function hypergeometricArgs(a: Args): { good: bigint; bad: bigint; sample: bigint } {
  const good = cLong(a.ngood, 'ngood');
  const bad = cLong(a.nbad, 'nbad');
  const sample = cLong(a.nsample, 'nsample');
  if (BigInt.asIntN(64, good + bad) < sample) throw valueError('ngood + nbad < nsample');
  if (good < 0n) throw valueError('ngood < 0');
  if (bad < 0n) throw valueError('nbad < 0');
  if (sample < 1n) throw valueError('nsample < 1 or nsample is NaN');
  return { good, bad, sample };
}

/** uniform's range check: `OverflowError: Range exceeds valid bounds` when high - low is not finite. */
function uniformRange(a: Args): number {
  const range = numberArg(a, 'high') - numberArg(a, 'low');
  if (!Number.isFinite(range)) throw new PyError('OverflowError', 'Range exceeds valid bounds');
  return range;
}

function triangularCheck(a: Args): void {
  const left = numberArg(a, 'left');
  const mode = numberArg(a, 'mode');
  const right = numberArg(a, 'right');
  if (left > mode) throw valueError('left > mode');
  if (mode > right) throw valueError('mode > right');
  if (left === right) throw valueError('left == right');
}

export const NUMPY_CALLS: readonly Call[] = [
  {
    name: 'random',
    params: [SIZE],
    doc: 'Floats uniform in [0, 1)',
    example: 'random()',
    ...floatBulk(sizeOf, doubles),
  },
  {
    name: 'random_sample',
    params: [SIZE],
    doc: 'Floats uniform in [0, 1) (alias of random)',
    example: 'random_sample(3)',
    ...floatBulk(sizeOf, doubles),
  },
  {
    name: 'ranf',
    params: [SIZE],
    doc: 'Floats uniform in [0, 1) (np.random.ranf: an alias of random_sample)',
    example: 'ranf(3)',
    ...floatBulk(sizeOf, doubles),
  },
  {
    name: 'sample',
    params: [SIZE],
    doc: 'Floats uniform in [0, 1) (np.random.sample: an alias of random_sample)',
    example: 'sample(3)',
    ...floatBulk(sizeOf, doubles),
  },
  {
    name: 'rand',
    params: DIMS,
    doc: 'Floats uniform in [0, 1); rand(d0, d1, ...) gives that shape (up to 6 dims)',
    example: 'rand(3)',
    ...floatBulk(dimsOf, doubles),
  },
  {
    name: 'randint',
    params: [anyParam('low'), anyParam('high', null), SIZE, anyParam('dtype', null)],
    doc: "Integers from low (inclusive) to high (exclusive); dtype as a string, e.g. 'int32'",
    example: 'randint(1, 10)',
    check: (a) => void randintArgs(a),
    run: (rs, a) => randintRun(rs, randintArgs(a), sizeCount(a.size)),
    column: (rs, a, calls, alloc) => randintColumn(rs, randintArgs(a), sizeCount(a.size) * calls, alloc),
  },
  {
    name: 'random_integers',
    params: [anyParam('low'), anyParam('high', null), SIZE],
    doc: 'Integers from low to high inclusive (deprecated: use randint)',
    example: 'random_integers(1, 6)',
    check: (a) => void randintArgs(integersAsRandint(a)),
    run: (rs, a) => randintRun(rs, randintArgs(integersAsRandint(a)), sizeCount(a.size)),
    column: (rs, a, calls, alloc) => randintColumn(rs, randintArgs(integersAsRandint(a)), sizeCount(a.size) * calls, alloc),
  },
  {
    ...cont('uniform', [floatParam('low', 0.0), floatParam('high', 1.0)], 'Floats uniform in [low, high)', 'uniform(0, 10)', (rs, a) =>
      randomUniform(rs.bitgen, numberArg(a, 'low'), uniformRange(a)),
    ),
    ...floatBulk(sizeOf, (rs, a, out) => {
      const low = numberArg(a, 'low');
      const range = uniformRange(a);
      rs.bitgen.fillDoubles(out, 0, out.length);
      for (let i = 0; i < out.length; i++) out[i] = low + range * out[i]; // random_uniform
    }),
  },
  { ...cont('standard_normal', [], 'Standard normal floats (legacy polar method)', 'standard_normal()', (rs) => legacyGauss(rs)), ...floatBulk(sizeOf, gaussians) },
  {
    name: 'randn',
    params: DIMS,
    doc: 'Standard normal floats; randn(d0, d1, ...) gives that shape (up to 6 dims)',
    example: 'randn(3)',
    ...floatBulk(dimsOf, gaussians),
  },
  {
    ...cont('normal', [floatParam('loc', 0.0), floatParam('scale', 1.0, 'non_negative')], 'Normal floats with mean loc and std scale', 'normal(0, 1)', (rs, a) =>
      legacyNormal(rs, numberArg(a, 'loc'), numberArg(a, 'scale')),
    ),
    ...floatBulk(sizeOf, (rs, a, out) => {
      const loc = numberArg(a, 'loc');
      const scale = numberArg(a, 'scale');
      legacyGaussFill(rs, out, 0, out.length);
      for (let i = 0; i < out.length; i++) out[i] = loc + scale * out[i]; // legacy_normal
    }),
  },
  {
    ...cont('standard_exponential', [], 'Exponential floats with scale 1', 'standard_exponential()', (rs) => legacyStandardExponential(rs)),
    ...floatBulk(sizeOf, (rs, _a, out) => legacyExponentialFill(rs, out, 0, out.length)),
  },
  {
    ...cont('exponential', [floatParam('scale', 1.0, 'non_negative')], 'Exponential floats with the given scale (1/rate)', 'exponential(1.0)', (rs, a) =>
      legacyExponential(rs, numberArg(a, 'scale')),
    ),
    ...floatBulk(sizeOf, (rs, a, out) => legacyExponentialFill(rs, out, 0, out.length, numberArg(a, 'scale'))), // scale · -log(1 - U), as legacy_exponential
  },
  {
    ...cont('triangular', [floatParam('left'), floatParam('mode'), floatParam('right')], 'Triangular floats on [left, right] peaking at mode', 'triangular(0, 0.5, 1)', (rs, a) =>
      randomTriangular(rs.bitgen, numberArg(a, 'left'), numberArg(a, 'mode'), numberArg(a, 'right')),
    ),
    check: triangularCheck,
  },
  {
    name: 'choice',
    params: [anyParam('a'), anyParam('size', null), { name: 'replace', type: 'bool', default: true }, anyParam('p', null)],
    doc: 'Random elements of a (or of range(a) for an int), optionally weighted by p',
    example: "choice(['a', 'b', 'c'])",
    run: (rs, a) => legacyChoice(rs.bitgen, a.a, a.size, a.replace as boolean, a.p),
  },
  {
    name: 'shuffle',
    params: [anyParam('x')],
    doc: 'The list x shuffled (np.random.shuffle shuffles in place)',
    example: 'shuffle([1, 2, 3, 4, 5])',
    run: (rs, a) => legacyShuffle(rs.bitgen, a.x),
  },
  {
    name: 'permutation',
    params: [anyParam('x')],
    doc: 'A shuffled copy of x, or of range(x) for an int',
    example: 'permutation(10)',
    run: (rs, a) => legacyPermutation(rs.bitgen, a.x),
  },
  {
    name: 'poisson',
    params: [floatParam('lam', 1.0, 'poisson'), SIZE],
    doc: 'Poisson integers with mean lam',
    example: 'poisson(3.0)',
    run: (rs, a) => fill(a.size, () => toInt64(randomPoisson(rs.bitgen, numberArg(a, 'lam')))),
  },
  {
    name: 'binomial',
    params: [anyParam('n'), floatParam('p'), SIZE],
    doc: 'Binomial integers: successes in n trials with probability p',
    example: 'binomial(10, 0.5)',
    check: (a) => void binomialArgs(a),
    run: (rs, a) => {
      const { n, p } = binomialArgs(a);
      return fill(a.size, () => legacyBinomial(rs.bitgen, p, n));
    },
  },
  {
    name: 'negative_binomial',
    params: [floatParam('n', undefined, 'positive'), floatParam('p', undefined, 'bounded_0_1'), SIZE],
    doc: 'Negative binomial integers: failures before n successes with probability p',
    example: 'negative_binomial(5, 0.5)',
    run: (rs, a) => fill(a.size, () => legacyNegativeBinomial(rs, numberArg(a, 'n'), numberArg(a, 'p'))),
  },
  {
    name: 'geometric',
    params: [floatParam('p', undefined, 'bounded_gt_0_1'), SIZE],
    doc: 'Geometric integers >= 1: trials until the first success with probability p',
    example: 'geometric(0.25)',
    run: (rs, a) => fill(a.size, () => legacyGeometric(rs.bitgen, numberArg(a, 'p'))),
  },
  {
    name: 'hypergeometric',
    params: [anyParam('ngood'), anyParam('nbad'), anyParam('nsample'), SIZE],
    doc: 'Hypergeometric integers: good items among nsample drawn without replacement',
    example: 'hypergeometric(10, 5, 4)',
    check: (a) => void hypergeometricArgs(a),
    run: (rs, a) => {
      const { good, bad, sample } = hypergeometricArgs(a);
      return fill(a.size, () => BigInt(legacyHypergeometric(rs.bitgen, Number(good), Number(bad), Number(sample))));
    },
  },
  {
    name: 'logseries',
    params: [floatParam('p', undefined, 'bounded_lt_0_1'), SIZE],
    doc: 'Logarithmic-series integers >= 1 with parameter p',
    example: 'logseries(0.6)',
    run: (rs, a) => fill(a.size, () => legacyLogseries(rs.bitgen, numberArg(a, 'p'))),
  },
  {
    name: 'zipf',
    params: [floatParam('a', undefined, 'gt_1'), SIZE],
    doc: 'Zipf integers >= 1 with exponent a > 1',
    example: 'zipf(2.0)',
    run: (rs, a) => fill(a.size, () => legacyZipf(rs.bitgen, numberArg(a, 'a'))),
  },
  cont('lognormal', [floatParam('mean', 0.0), floatParam('sigma', 1.0, 'non_negative')], 'Log-normal floats: exp of normal(mean, sigma)', 'lognormal(0, 1)', (rs, a) =>
    legacyLognormal(rs, numberArg(a, 'mean'), numberArg(a, 'sigma')),
  ),
  cont('standard_gamma', [floatParam('shape', undefined, 'non_negative')], 'Gamma floats with scale 1', 'standard_gamma(2.0)', (rs, a) =>
    legacyStandardGamma(rs, numberArg(a, 'shape')),
  ),
  cont('gamma', [floatParam('shape', undefined, 'non_negative'), floatParam('scale', 1.0, 'non_negative')], 'Gamma floats with shape and scale', 'gamma(2.0, 1.0)', (rs, a) =>
    legacyGamma(rs, numberArg(a, 'shape'), numberArg(a, 'scale')),
  ),
  cont('beta', [floatParam('a', undefined, 'positive'), floatParam('b', undefined, 'positive')], 'Beta floats in [0, 1]', 'beta(2, 5)', (rs, a) =>
    legacyBeta(rs, numberArg(a, 'a'), numberArg(a, 'b')),
  ),
  cont('chisquare', [floatParam('df', undefined, 'positive')], 'Chi-square floats with df degrees of freedom', 'chisquare(3)', (rs, a) =>
    legacyChisquare(rs, numberArg(a, 'df')),
  ),
  cont('f', [floatParam('dfnum', undefined, 'positive'), floatParam('dfden', undefined, 'positive')], 'F-distribution floats', 'f(5, 10)', (rs, a) =>
    legacyF(rs, numberArg(a, 'dfnum'), numberArg(a, 'dfden')),
  ),
  cont('standard_t', [floatParam('df', undefined, 'positive')], "Student's t floats with df degrees of freedom", 'standard_t(10)', (rs, a) =>
    legacyStandardT(rs, numberArg(a, 'df')),
  ),
  cont('standard_cauchy', [], 'Standard Cauchy floats', 'standard_cauchy()', (rs) => legacyStandardCauchy(rs)),
  cont('laplace', [floatParam('loc', 0.0), floatParam('scale', 1.0, 'non_negative')], 'Laplace (double exponential) floats', 'laplace(0, 1)', (rs, a) =>
    randomLaplace(rs.bitgen, numberArg(a, 'loc'), numberArg(a, 'scale')),
  ),
  cont('logistic', [floatParam('loc', 0.0), floatParam('scale', 1.0, 'non_negative')], 'Logistic floats', 'logistic(0, 1)', (rs, a) =>
    randomLogistic(rs.bitgen, numberArg(a, 'loc'), numberArg(a, 'scale')),
  ),
  cont('gumbel', [floatParam('loc', 0.0), floatParam('scale', 1.0, 'non_negative')], 'Gumbel (extreme value) floats', 'gumbel(0, 1)', (rs, a) =>
    randomGumbel(rs.bitgen, numberArg(a, 'loc'), numberArg(a, 'scale')),
  ),
  cont('weibull', [floatParam('a', undefined, 'non_negative')], 'Weibull floats with shape a', 'weibull(1.5)', (rs, a) => legacyWeibull(rs, numberArg(a, 'a'))),
  cont('pareto', [floatParam('a', undefined, 'positive')], 'Pareto II (Lomax) floats with shape a', 'pareto(3.0)', (rs, a) => legacyPareto(rs, numberArg(a, 'a'))),
  cont('power', [floatParam('a', undefined, 'positive')], 'Power-distribution floats in [0, 1] with exponent a - 1', 'power(5.0)', (rs, a) =>
    legacyPower(rs, numberArg(a, 'a')),
  ),
  cont('rayleigh', [floatParam('scale', 1.0, 'non_negative')], 'Rayleigh floats', 'rayleigh(1.0)', (rs, a) => legacyRayleigh(rs, numberArg(a, 'scale'))),
  cont('vonmises', [floatParam('mu'), floatParam('kappa', undefined, 'non_negative')], 'Von Mises (circular normal) floats in [-pi, pi]', 'vonmises(0, 4)', (rs, a) =>
    legacyVonmises(rs.bitgen, numberArg(a, 'mu'), numberArg(a, 'kappa')),
  ),
  cont('wald', [floatParam('mean', undefined, 'positive'), floatParam('scale', undefined, 'positive')], 'Wald (inverse Gaussian) floats', 'wald(1, 1)', (rs, a) =>
    legacyWald(rs, numberArg(a, 'mean'), numberArg(a, 'scale')),
  ),
  cont(
    'noncentral_chisquare',
    [floatParam('df', undefined, 'positive'), floatParam('nonc', undefined, 'non_negative')],
    'Noncentral chi-square floats',
    'noncentral_chisquare(3, 2)',
    (rs, a) => legacyNoncentralChisquare(rs, numberArg(a, 'df'), numberArg(a, 'nonc')),
  ),
  cont(
    'noncentral_f',
    [floatParam('dfnum', undefined, 'positive'), floatParam('dfden', undefined, 'positive'), floatParam('nonc', undefined, 'non_negative')],
    'Noncentral F-distribution floats',
    'noncentral_f(3, 20, 3)',
    (rs, a) => legacyNoncentralF(rs, numberArg(a, 'dfnum'), numberArg(a, 'dfden'), numberArg(a, 'nonc')),
  ),
  {
    name: 'multinomial',
    params: [anyParam('n'), anyParam('pvals'), anyParam('size', null)], // size read as mtrand does: (operator.index(size), d) or tuple(size) + (d,)
    doc: 'Multinomial counts: n trials over categories with probabilities pvals (one row per draw)',
    example: 'multinomial(20, [0.2, 0.3, 0.5])',
    check: (a) => void multinomialArgs(a),
    run: (rs, a) => {
      const { n, pvals, rows } = multinomialArgs(a);
      if (pvals.length === 0) return [];
      return Array.from({ length: rows }, () => legacyMultinomialRow(rs, n, pvals)).flat();
    },
  },
  {
    name: 'bytes',
    params: [anyParam('length')],
    doc: 'length random bytes: randint(0, 2**32, dtype=np.uint32) words, little-endian',
    example: 'bytes(10)',
    run: (rs, a) => [new PyBytes(randomBytes(rs.bitgen, ...bytesArgs(a.length)))],
  },
  {
    name: 'multivariate_normal',
    params: [anyParam('mean'), anyParam('cov'), anyParam('size', null), anyParam('check_valid', 'warn'), floatParam('tol', 1e-8)],
    doc: 'Multivariate normal vectors with mean and a diagonal covariance cov (one row per draw)',
    example: 'multivariate_normal([0, 10], [[1, 0], [0, 4]], size=3)',
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
    check: (a) => void dirichletAlpha(a),
    run: (rs, a) => {
      const alpha = dirichletAlpha(a);
      const rows = boundedCount([...leadingShape(a.size), BigInt(alpha.length)]) / Math.max(1, alpha.length);
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

/** dirichlet's alpha: a 1-d vector with no element <= 0 (NaN passes, as in NumPy). */
function dirichletAlpha(a: Args): number[] {
  const alpha = vector(a.alpha, 'alpha');
  if (alpha.some((v) => v <= 0)) throw valueError('alpha <= 0');
  return alpha;
}

/** multinomial's (n, pvals) in NumPy's order of checks: n as a C long, pvals, sum(pvals[:-1]), then n < 0. */
function multinomialArgs(a: Args): { n: bigint; pvals: number[]; rows: number } {
  const n = cLong(a.n, 'n');
  const pvals = vector(a.pvals, 'pvals');
  if (pvals.some((p) => !(p >= 0 && p <= 1))) throw valueError('pvals < 0, pvals > 1 or pvals contains NaNs');
  if (pvals.length > 0) {
    let sum = pvals[0];
    let c = 0.0;
    for (let i = 1; i < pvals.length - 1; i++) {
      const y = pvals[i] - c;
      const t = sum + y;
      c = t - sum - y;
      sum = t;
    }
    if (pvals.length === 1) sum = 0; // kahan_sum over an empty prefix
    if (sum > 1.0 + 1e-12) throw valueError('sum(pvals[:-1]) > 1.0');
  }
  const rows = boundedCount([...leadingShape(a.size), BigInt(pvals.length)]) / Math.max(1, pvals.length); // np.zeros(shape) before n's check
  if (n < 0n) throw valueError('n < 0');
  return { n, pvals, rows };
}

/** `random_integers(low, high, size)` is `randint(low, int(high) + 1, size, dtype='l')`; high None → [1, low]. */
function integersAsRandint(a: Args): Args {
  if (a.high === null) return { low: 1n, high: cLongPlus1(a.low), size: a.size, dtype: null };
  return { low: a.low, high: cLongPlus1(a.high), size: a.size, dtype: null };
}

function cLongPlus1(v: PyObj): bigint {
  return pyInt(v, 'high') + 1n;
}
