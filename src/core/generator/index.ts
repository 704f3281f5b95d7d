import { pyTypeName, sizeCount } from '../call/bindArgs';
import type { Args, CallSpec, EngineSpec } from '../callSpec';
import { randomGumbel } from '../distributions/randomGumbel';
import { randomLaplace } from '../distributions/randomLaplace';
import { randomLogistic } from '../distributions/randomLogistic';
import { POISSON_LAM_MAX, randomPoisson } from '../distributions/randomPoisson';
import { randomTriangular } from '../distributions/randomTriangular';
import { anyElement, drawEach as each, elements, intParam, isArrayLike, shapeOf, ufuncShape } from '../broadcast';
import { permutationShape, triangularCheck, uniformCheck } from '../arrayArgs';
import { columnToPy, FRESH_ARRAYS, type Column, type ColumnAlloc } from '../column';
import { PyError } from '../errors';
import { log1p } from '../libm/log1p';
import { GeneratorEngine } from './GeneratorEngine';
import { generatorChoice, generatorChoiceShape } from './choice';
import { checkDtype } from './dtype';
import { standardExponentialFill, standardNormalFill } from './generatorFill';
import { generatorIntegers, integersBounds, integersColumn } from './integers';
import { cInt64 } from './pyInt';
import { randomBeta } from './randomBeta';
import { randomBinomial } from './randomBinomial';
import {
  randomChisquare,
  randomF,
  randomGamma,
  randomLognormal,
  randomNoncentralChisquare,
  randomNoncentralF,
  randomPareto,
  randomPower,
  randomRayleigh,
  randomStandardCauchy,
  randomStandardT,
  randomWald,
  randomWeibull,
} from './randomContinuous';
import { randomGeometric } from './randomGeometric';
import { randomHypergeometric } from './randomHypergeometric';
import { randomLogseries } from './randomLogseries';
import { randomStandardExponential } from './randomStandardExponential';
import { randomStandardGamma } from './randomStandardGamma';
import { randomStandardNormal } from './randomStandardNormal';
import { randomVonmises } from './randomVonmises';
import { randomZipf } from './randomZipf';
import { generatorPermutation, generatorPermuted, generatorShuffle } from './shuffle';
import { ENGINE_SEEDING } from '../engineNames';

/*
 * The `numpy-generator` engine: `rng = np.random.default_rng(seed)` — NumPy's `Generator` on
 * PCG64 seeded through `SeedSequence` — reproducing NumPy 2.4's Generator streams (NumPy may
 * change Generator algorithms between versions, unlike RandomState's frozen ones; the fixtures
 * record the NumPy version they were made with).
 *
 * Signatures, defaults and messages follow numpy/random/_generator.pyx (v2.4.6). Distribution
 * parameters broadcast as NumPy's (see broadcast.ts); `size` is None, an int or a tuple, and `run`
 * returns the values flattened in C order, their shape being the row's `shape`. `out=` is not
 * supported and `dtype=` only the default (np.float64 or
 * np.int64, given as a string such as 'float64').
 */

type Call = CallSpec<GeneratorEngine>;

const f = (a: Args, name: string) => a[name] as number;


/**
 * `run` and `column` of a float row whose values come in bulk: with its parameters `names` all
 * scalars, `fillValues(g, a, out)` fills `out` with the values of successive calls (size values
 * per call) and `run` goes through the same code, so the pinned fixtures check the bulk path;
 * with an array among them, `run` draws element by element with `one` over the broadcast shape
 * ({@link each}) and there is no column.
 */
function floatBulk(
  names: readonly string[],
  fillValues: (g: GeneratorEngine, a: Args, out: Float64Array) => void,
  one?: (g: GeneratorEngine, v: Record<string, number>) => number,
): Pick<Call, 'run' | 'column'> {
  const scalar = (a: Args) => names.every((k) => typeof a[k] === 'number');
  const bulk = (g: GeneratorEngine, a: Args, calls: number, alloc: ColumnAlloc = FRESH_ARRAYS): Column => {
    const values = alloc.float64(sizeCount(a.size) * calls);
    fillValues(g, a, values);
    return { kind: 'float', values };
  };
  return {
    column: (g, a, calls, alloc) => (scalar(a) ? bulk(g, a, calls, alloc) : undefined),
    run: (g, a) => (scalar(a) || !one ? columnToPy(bulk(g, a, 1)) : each(a, names, (v) => one(g, v))),
  };
}

const SIZE = { name: 'size', type: 'size', default: null } as const;
const FLOAT_DTYPE = { name: 'dtype', type: 'any', default: 'float64' } as const;

const calls: readonly Call[] = [
  {
    name: 'random',
    params: [SIZE, FLOAT_DTYPE],
    doc: 'Floats in [0.0, 1.0): the top 53 bits of a PCG64 output times 2**-53',
    example: 'random()',
    check: (a) => checkDtype(a.dtype, 'float64', 'random'),
    ...floatBulk([], (g, _a, out) => g.bitgen.fillDoubles(out, 0, out.length)),
  },
  {
    name: 'integers',
    params: [
      { name: 'low', type: 'any' },
      { name: 'high', type: 'any', default: null },
      SIZE,
      { name: 'dtype', type: 'any', default: 'int64' },
      { name: 'endpoint', type: 'bool', default: false },
    ],
    doc: "Random int64s from low (inclusive) to high (exclusive, or inclusive with endpoint=True) by Lemire's method",
    example: 'integers(1, 10)',
    check: (a) => checkDtype(a.dtype, 'int64', 'integers'),
    run: (g, a) => {
      const [low, high] = a.high === null ? [0n, a.low] : [a.low, a.high];
      return generatorIntegers(g.bitgen, low, high, sizeCount(a.size), a.endpoint as boolean);
    },
    column: (g, a, calls, alloc) => {
      const cnt = sizeCount(a.size) * calls;
      if (cnt === 0) return { kind: 'int', values: new Int32Array(0) }; // NumPy checks nothing then
      const { lo, hi } = a.high === null ? integersBounds(0n, a.low, a.endpoint as boolean) : integersBounds(a.low, a.high, a.endpoint as boolean);
      const values = integersColumn(g.bitgen, lo, hi, cnt, alloc);
      return values && { kind: 'int', values };
    },
  },
  {
    name: 'uniform',
    params: [
      { name: 'low', type: 'float', default: 0.0 },
      { name: 'high', type: 'float', default: 1.0 },
      SIZE,
    ],
    doc: 'Floats uniformly distributed over [low, high): low + (high - low) * random()',
    example: 'uniform(0, 10)',
    check: (a) => uniformCheck(a, 'high - low range exceeds valid bounds', true),
    ...floatBulk(
      ['low', 'high'],
      (g, a, out) => {
        const low = f(a, 'low');
        const range = f(a, 'high') - low;
        g.bitgen.fillDoubles(out, 0, out.length);
        for (let i = 0; i < out.length; i++) out[i] = low + range * out[i]; // random_uniform
      },
      (g, v) => v.low + (v.high - v.low) * g.bitgen.nextDouble(),
    ),
  },
  {
    name: 'standard_normal',
    params: [SIZE, FLOAT_DTYPE],
    doc: 'Standard normal N(0, 1) floats by the 256-layer ziggurat',
    example: 'standard_normal()',
    check: (a) => checkDtype(a.dtype, 'float64', 'standard_normal'),
    ...floatBulk([], (g, _a, out) => standardNormalFill(g.bitgen, out, 0, out.length)),
  },
  {
    name: 'normal',
    params: [
      { name: 'loc', type: 'float', default: 0.0 },
      { name: 'scale', type: 'float', default: 1.0, constraint: 'non_negative' },
      SIZE,
    ],
    doc: 'Normal (Gaussian) floats: loc + scale * standard_normal() (ziggurat)',
    example: 'normal(0, 1)',
    ...floatBulk(
      ['loc', 'scale'],
      (g, a, out) => {
        const loc = f(a, 'loc');
        const scale = f(a, 'scale');
        standardNormalFill(g.bitgen, out, 0, out.length);
        for (let i = 0; i < out.length; i++) out[i] = loc + scale * out[i]; // random_normal
      },
      (g, v) => v.loc + v.scale * randomStandardNormal(g.bitgen),
    ),
  },
  {
    name: 'standard_exponential',
    params: [SIZE, FLOAT_DTYPE, { name: 'method', type: 'any', default: 'zig' }],
    doc: "Exponential floats with scale 1: the ziggurat (method='zig') or -log1p(-random()) (method='inv')",
    example: 'standard_exponential()',
    check: (a) => checkDtype(a.dtype, 'float64', 'standard_exponential'),
    ...floatBulk([], (g, a, out) => {
      if (a.method === 'zig') {
        standardExponentialFill(g.bitgen, out, 0, out.length);
      } else {
        g.bitgen.fillDoubles(out, 0, out.length);
        for (let i = 0; i < out.length; i++) out[i] = -log1p(-out[i]); // random_standard_exponential_inv_fill
      }
    }),
  },
  {
    name: 'exponential',
    params: [{ name: 'scale', type: 'float', default: 1.0, constraint: 'non_negative' }, SIZE],
    doc: 'Exponential floats: scale * standard_exponential() (ziggurat)',
    example: 'exponential(1.0)',
    ...floatBulk(
      ['scale'],
      (g, a, out) => {
        const scale = f(a, 'scale');
        standardExponentialFill(g.bitgen, out, 0, out.length);
        for (let i = 0; i < out.length; i++) out[i] = scale * out[i]; // random_exponential
      },
      (g, v) => v.scale * randomStandardExponential(g.bitgen),
    ),
  },
  {
    name: 'triangular',
    params: [
      { name: 'left', type: 'float' },
      { name: 'mode', type: 'float' },
      { name: 'right', type: 'float' },
      SIZE,
    ],
    doc: 'Floats from the triangular distribution over [left, right] peaking at mode',
    example: 'triangular(0, 5, 10)',
    check: triangularCheck,
    run: (g, a) => each(a, ['left', 'mode', 'right'], (v) => randomTriangular(g.bitgen, v.left, v.mode, v.right)),
  },
  {
    name: 'choice',
    params: [
      { name: 'a', type: 'any' },
      { name: 'size', type: 'any', default: null }, // validated after the emptiness check, as NumPy does
      { name: 'replace', type: 'bool', default: true },
      { name: 'p', type: 'any', default: null },
      { name: 'axis', type: 'int', default: 0n },
      { name: 'shuffle', type: 'bool', default: true },
    ],
    doc: 'Random sample from range(a) or the list a, with or without replacement, optionally weighted by p',
    example: "choice(['red', 'green', 'blue'])",
    shape: (a) => generatorChoiceShape(a.a, a.size, a.axis),
    run: (g, a) =>
      generatorChoice(
        g.bitgen,
        a.a,
        a.size,
        a.replace as boolean,
        a.p,
        a.axis as bigint,
        a.shuffle as boolean,
      ),
  },
  {
    name: 'shuffle',
    params: [
      { name: 'x', type: 'any' },
      { name: 'axis', type: 'int', default: 0n },
    ],
    doc: 'Shuffle the list x in place (Fisher–Yates from the end); shows x afterwards',
    example: 'shuffle([1, 2, 3, 4, 5])',
    inPlace: 'x',
    container: 'list',
    shape: (a) => (Array.isArray(a.x) ? [a.x.length] : null),
    run: (g, a) => generatorShuffle(g.bitgen, a.x, a.axis as bigint),
  },
  {
    name: 'permutation',
    params: [
      { name: 'x', type: 'any' },
      { name: 'axis', type: 'int', default: 0n },
    ],
    doc: 'A shuffled copy of the list x, or of range(x) for an int x',
    example: 'permutation(10)',
    shape: (a) => permutationShape(a.x),
    run: (g, a) => generatorPermutation(g.bitgen, a.x, a.axis as bigint),
  },
  {
    name: 'permuted',
    params: [
      { name: 'x', type: 'any' },
      { name: 'axis', type: 'any', default: null, kwOnly: true },
    ],
    doc: 'A copy of x shuffled as a whole (axis=None) or independently along each slice of axis',
    example: 'permuted([[1, 2, 3], [4, 5, 6]], axis=1)',
    check: (a) => {
      if (a.axis !== null && typeof a.axis !== 'bigint' && typeof a.axis !== 'boolean') {
        throw new PyError('TypeError', `'${pyTypeName(a.axis)}' object cannot be interpreted as an integer`);
      }
    },
    shape: (a) => permutationShape(typeof a.x === 'bigint' ? null : a.x),
    run: (g, a) => generatorPermuted(g.bitgen, a.x, a.axis === null ? null : BigInt(a.axis as bigint | boolean)),
  },
  {
    name: 'poisson',
    params: [{ name: 'lam', type: 'float', default: 1.0, constraint: 'poisson' }, SIZE],
    doc: "Poisson counts with mean lam (multiplication for lam < 10, Hörmann's PTRS above)",
    example: 'poisson(5)',
    run: (g, a) => each(a, ['lam'], (v) => BigInt(randomPoisson(g.bitgen, v.lam))),
  },
  {
    name: 'binomial',
    params: [
      { name: 'n', type: 'any' },
      { name: 'p', type: 'float', constraint: 'bounded_0_1' },
      SIZE,
    ],
    doc: 'Binomial counts: successes in n trials with probability p (inversion or BTPE)',
    example: 'binomial(10, 0.5)',
    check: (a) => {
      const n = intParam(a.n, cInt64); // an int64 array on the array path
      if (elements(n).some((v) => v < 0)) throw new PyError('ValueError', 'n < 0');
      return { ...a, n };
    },
    broadcast: ['p', 'n'],
    run: (g, a) => each(a, ['p', 'n'], (v) => randomBinomial(g.bitgen, v.p, BigInt(v.n))),
  },
  {
    name: 'negative_binomial',
    params: [
      { name: 'n', type: 'float', constraint: 'positive_not_nan' },
      { name: 'p', type: 'float', constraint: 'bounded_gt_0_1' },
      SIZE,
    ],
    doc: 'Negative binomial counts: failures before n successes, as Poisson(Gamma(n, (1-p)/p))',
    example: 'negative_binomial(5, 0.5)',
    check: (a) => {
      // the Poisson mean bound, over every broadcast pair with arrays (`np.any(np.greater(max_lam_arr, …))`)
      if (anyElement(a, ['p', 'n'], (v) => ((1 - v.p) / v.p) * (v.n + 10 * Math.sqrt(v.n)) > POISSON_LAM_MAX)) {
        throw new PyError('ValueError', 'n too large or p too small, see Generator.negative_binomial Notes');
      }
    },
    run: (g, a) =>
      each(a, ['n', 'p'], (v) => {
        const Y = randomGamma(g.bitgen, v.n, (1 - v.p) / v.p);
        return BigInt(randomPoisson(g.bitgen, Y));
      }),
  },
  {
    name: 'geometric',
    params: [{ name: 'p', type: 'float', constraint: 'bounded_gt_0_1' }, SIZE],
    doc: 'Geometric counts: trials up to the first success with probability p',
    example: 'geometric(0.25)',
    run: (g, a) => each(a, ['p'], (v) => randomGeometric(g.bitgen, v.p)),
  },
  {
    name: 'hypergeometric',
    params: [
      { name: 'ngood', type: 'any' },
      { name: 'nbad', type: 'any' },
      { name: 'nsample', type: 'any' },
      SIZE,
    ],
    doc: 'Hypergeometric counts: good items among nsample drawn without replacement',
    example: 'hypergeometric(10, 5, 6)',
    check: (a) => {
      // int64 counts (arrays on the array path), then NumPy's checks in its order, over every element
      const [good, bad, sample] = (['ngood', 'nbad', 'nsample'] as const).map((k) => intParam(a[k], cInt64));
      const b = { ...a, ngood: good, nbad: bad, nsample: sample };
      if ([good, bad].some((x) => elements(x).some((v) => v >= 1000000000))) {
        throw new PyError('ValueError', 'both ngood and nbad must be less than 1000000000');
      }
      if (isArrayLike(a.ngood) || isArrayLike(a.nbad) || isArrayLike(a.nsample)) ufuncShape(ufuncShape(shapeOf(good), shapeOf(bad)), shapeOf(sample));
      if (anyElement(b, ['ngood', 'nbad', 'nsample'], (v) => Number(v.ngood) + Number(v.nbad) < Number(v.nsample))) {
        throw new PyError('ValueError', 'ngood + nbad < nsample');
      }
      if (elements(good).some((v) => v < 0)) throw new PyError('ValueError', 'ngood < 0');
      if (elements(bad).some((v) => v < 0)) throw new PyError('ValueError', 'nbad < 0');
      if (elements(sample).some((v) => v < 0)) throw new PyError('ValueError', 'nsample < 0');
      return b;
    },
    broadcast: ['ngood', 'nbad', 'nsample'],
    run: (g, a) =>
      each(a, ['ngood', 'nbad', 'nsample'], (v) => BigInt(randomHypergeometric(g.bitgen, Number(v.ngood), Number(v.nbad), Number(v.nsample)))),
  },
  {
    name: 'logseries',
    params: [{ name: 'p', type: 'float', constraint: 'bounded_lt_0_1' }, SIZE],
    doc: 'Logarithmic series counts with shape p in [0, 1)',
    example: 'logseries(0.6)',
    run: (g, a) => each(a, ['p'], (v) => BigInt(randomLogseries(g.bitgen, v.p))),
  },
  {
    name: 'zipf',
    params: [{ name: 'a', type: 'float', constraint: 'gt_1' }, SIZE],
    doc: 'Zipf (zeta) counts with exponent a > 1',
    example: 'zipf(2.0)',
    run: (g, a) => each(a, ['a'], (v) => BigInt(randomZipf(g.bitgen, v.a))),
  },
  {
    name: 'lognormal',
    params: [
      { name: 'mean', type: 'float', default: 0.0 },
      { name: 'sigma', type: 'float', default: 1.0, constraint: 'non_negative' },
      SIZE,
    ],
    doc: 'Log-normal floats: exp(normal(mean, sigma))',
    example: 'lognormal(0, 1)',
    run: (g, a) => each(a, ['mean', 'sigma'], (v) => randomLognormal(g.bitgen, v.mean, v.sigma)),
  },
  {
    name: 'standard_gamma',
    params: [{ name: 'shape', type: 'float', constraint: 'non_negative' }, SIZE, FLOAT_DTYPE],
    doc: 'Gamma floats with scale 1 (Marsaglia–Tsang on ziggurat normals; shape < 1 by rejection)',
    example: 'standard_gamma(2.0)',
    check: (a) => checkDtype(a.dtype, 'float64', 'standard_gamma'),
    run: (g, a) => each(a, ['shape'], (v) => randomStandardGamma(g.bitgen, v.shape)),
  },
  {
    name: 'gamma',
    params: [
      { name: 'shape', type: 'float', constraint: 'non_negative' },
      { name: 'scale', type: 'float', default: 1.0, constraint: 'non_negative' },
      SIZE,
    ],
    doc: 'Gamma floats: scale * standard_gamma(shape)',
    example: 'gamma(2.0, 1.0)',
    run: (g, a) => each(a, ['shape', 'scale'], (v) => randomGamma(g.bitgen, v.shape, v.scale)),
  },
  {
    name: 'beta',
    params: [
      { name: 'a', type: 'float', constraint: 'positive' },
      { name: 'b', type: 'float', constraint: 'positive' },
      SIZE,
    ],
    doc: "Beta floats in [0, 1] (Johnk's algorithm for a, b <= 1, else a ratio of gammas)",
    example: 'beta(2.0, 5.0)',
    run: (g, a) => each(a, ['a', 'b'], (v) => randomBeta(g.bitgen, v.a, v.b)),
  },
  {
    name: 'chisquare',
    params: [{ name: 'df', type: 'float', constraint: 'positive' }, SIZE],
    doc: 'Chi-square floats: 2 * standard_gamma(df / 2)',
    example: 'chisquare(3)',
    run: (g, a) => each(a, ['df'], (v) => randomChisquare(g.bitgen, v.df)),
  },
  {
    name: 'f',
    params: [
      { name: 'dfnum', type: 'float', constraint: 'positive' },
      { name: 'dfden', type: 'float', constraint: 'positive' },
      SIZE,
    ],
    doc: 'F (Fisher–Snedecor) floats: a ratio of scaled chi-squares',
    example: 'f(5, 10)',
    run: (g, a) => each(a, ['dfnum', 'dfden'], (v) => randomF(g.bitgen, v.dfnum, v.dfden)),
  },
  {
    name: 'noncentral_chisquare',
    params: [
      { name: 'df', type: 'float', constraint: 'positive' },
      { name: 'nonc', type: 'float', constraint: 'non_negative' },
      SIZE,
    ],
    doc: 'Noncentral chi-square floats with df degrees of freedom and noncentrality nonc',
    example: 'noncentral_chisquare(3, 2)',
    run: (g, a) => each(a, ['df', 'nonc'], (v) => randomNoncentralChisquare(g.bitgen, v.df, v.nonc)),
  },
  {
    name: 'noncentral_f',
    params: [
      { name: 'dfnum', type: 'float', constraint: 'positive' },
      { name: 'dfden', type: 'float', constraint: 'positive' },
      { name: 'nonc', type: 'float', constraint: 'non_negative' },
      SIZE,
    ],
    doc: 'Noncentral F floats: a noncentral chi-square over a central one, each scaled',
    example: 'noncentral_f(3, 20, 3)',
    run: (g, a) => each(a, ['dfnum', 'dfden', 'nonc'], (v) => randomNoncentralF(g.bitgen, v.dfnum, v.dfden, v.nonc)),
  },
  {
    name: 'standard_t',
    params: [{ name: 'df', type: 'float', constraint: 'positive' }, SIZE],
    doc: "Student's t floats with df degrees of freedom",
    example: 'standard_t(10)',
    run: (g, a) => each(a, ['df'], (v) => randomStandardT(g.bitgen, v.df)),
  },
  {
    name: 'standard_cauchy',
    params: [SIZE],
    doc: 'Standard Cauchy floats: a ratio of two standard normals',
    example: 'standard_cauchy()',
    run: (g, a) => each(a, [], () => randomStandardCauchy(g.bitgen)),
  },
  {
    name: 'laplace',
    params: [
      { name: 'loc', type: 'float', default: 0.0 },
      { name: 'scale', type: 'float', default: 1.0, constraint: 'non_negative' },
      SIZE,
    ],
    doc: 'Laplace (double exponential) floats by inversion',
    example: 'laplace(0, 1)',
    run: (g, a) => each(a, ['loc', 'scale'], (v) => randomLaplace(g.bitgen, v.loc, v.scale)),
  },
  {
    name: 'logistic',
    params: [
      { name: 'loc', type: 'float', default: 0.0 },
      { name: 'scale', type: 'float', default: 1.0, constraint: 'non_negative' },
      SIZE,
    ],
    doc: 'Logistic floats by inversion: loc + scale * log(U / (1 - U))',
    example: 'logistic(0, 1)',
    run: (g, a) => each(a, ['loc', 'scale'], (v) => randomLogistic(g.bitgen, v.loc, v.scale)),
  },
  {
    name: 'gumbel',
    params: [
      { name: 'loc', type: 'float', default: 0.0 },
      { name: 'scale', type: 'float', default: 1.0, constraint: 'non_negative' },
      SIZE,
    ],
    doc: 'Gumbel (extreme value type I) floats by inversion',
    example: 'gumbel(0, 1)',
    run: (g, a) => each(a, ['loc', 'scale'], (v) => randomGumbel(g.bitgen, v.loc, v.scale)),
  },
  {
    name: 'weibull',
    params: [{ name: 'a', type: 'float', constraint: 'non_negative' }, SIZE],
    doc: 'Weibull floats with shape a: standard_exponential() ** (1 / a)',
    example: 'weibull(1.5)',
    run: (g, a) => each(a, ['a'], (v) => randomWeibull(g.bitgen, v.a)),
  },
  {
    name: 'pareto',
    params: [{ name: 'a', type: 'float', constraint: 'positive' }, SIZE],
    doc: 'Pareto II (Lomax) floats with shape a: expm1(standard_exponential() / a)',
    example: 'pareto(3.0)',
    run: (g, a) => each(a, ['a'], (v) => randomPareto(g.bitgen, v.a)),
  },
  {
    name: 'power',
    params: [{ name: 'a', type: 'float', constraint: 'positive' }, SIZE],
    doc: 'Power-function floats in [0, 1] with exponent a - 1',
    example: 'power(5.0)',
    run: (g, a) => each(a, ['a'], (v) => randomPower(g.bitgen, v.a)),
  },
  {
    name: 'rayleigh',
    params: [{ name: 'scale', type: 'float', default: 1.0, constraint: 'non_negative' }, SIZE],
    doc: 'Rayleigh floats: scale * sqrt(2 * standard_exponential())',
    example: 'rayleigh(1.0)',
    run: (g, a) => each(a, ['scale'], (v) => randomRayleigh(g.bitgen, v.scale)),
  },
  {
    name: 'vonmises',
    params: [
      { name: 'mu', type: 'float' },
      { name: 'kappa', type: 'float', constraint: 'non_negative' },
      SIZE,
    ],
    doc: 'Von Mises (circular normal) floats on [-pi, pi] with mode mu and concentration kappa',
    example: 'vonmises(0.0, 4.0)',
    run: (g, a) => each(a, ['mu', 'kappa'], (v) => randomVonmises(g.bitgen, v.mu, v.kappa)),
  },
  {
    name: 'wald',
    params: [
      { name: 'mean', type: 'float', constraint: 'positive' },
      { name: 'scale', type: 'float', constraint: 'positive' },
      SIZE,
    ],
    doc: 'Wald (inverse Gaussian) floats with the given mean and scale',
    example: 'wald(1.0, 2.0)',
    run: (g, a) => each(a, ['mean', 'scale'], (v) => randomWald(g.bitgen, v.mean, v.scale)),
  },
];


export const generatorEngine: EngineSpec<GeneratorEngine> = {
  name: 'numpy-generator',
  seeding: ENGINE_SEEDING['numpy-generator'],
  create: (seed) => GeneratorEngine.fromSeed(seed),
  calls,
};
