import { pyTypeName, sizeCount } from '../call/bindArgs';
import { numberArg, type Args, type CallSpec, type EngineSpec } from '../callSpec';
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
import { generatorChoice, generatorChoiceShape, generatorChoiceWork } from './choice';
import { floatDtype, intDtype } from '../dtypes';
import { float32Shown, nextFloat, standardExponentialF, standardExponentialInvF, standardGammaF, standardNormalF } from './float32';
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
import { generatorDirichlet, generatorMultinomial, generatorMultinomialShape, multivariateHypergeometric } from './multivariate';
import { boundedCount, trailingAxisShape, vectorLength } from '../distributions/vectorShape';
import { mvnApply, mvnPlan } from '../distributions/multivariateNormalDiagonal';
import { bytesArgs, randomBytes } from '../distributions/randomBytes';
import { PyBytes } from '../types';
import { countOf, lengthOf, mvnWork, sizeElements, sumOf } from '../callWork';
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

/**
 * A float row with a `dtype=` parameter: float64 through `bulk` (its run and column), float32
 * through `one` per value — NumPy's separate float32 algorithm — drawn over the broadcast shape of
 * the parameters `names` ({@link each}; `one` sees their current values and the bound arguments).
 * `out=` is refused as not supported. An array prints as NumPy prints float32 ({@link float32Shown}); with size=None (and scalar
 * parameters) NumPy returns a Python float of the float32 value, printed as a double. float32 has
 * no column (callers use `run`).
 */
function withFloat32(
  method: string,
  names: readonly string[],
  bulk: Pick<Call, 'run' | 'column'>,
  one: (g: GeneratorEngine, v: Record<string, number>, a: Args) => number,
): Pick<Call, 'run' | 'column' | 'check'> {
  const isF32 = (a: Args) => floatDtype(a.dtype, method) === 'float32';
  return {
    check: (a) => {
      floatDtype(a.dtype, method);
      if (a.out !== null) throw new PyError('NotImplementedError', `${method}(out=...) is not supported by this tool (NumPy 2.4.6 fills out in place)`);
    },
    // size=None returns a Python float of the float32 value (float_fill's `return out_val`), an array its float32 text
    run: (g, a) => (isF32(a) ? each(a, names, a.size === null ? (v) => one(g, v, a) : (v) => float32Shown(one(g, v, a))) : bulk.run(g, a)),
    column: (g, a, calls, alloc) => (isF32(a) ? undefined : bulk.column?.(g, a, calls, alloc)),
  };
}

const SIZE = { name: 'size', type: 'size', default: null } as const;
const FLOAT_DTYPE = { name: 'dtype', type: 'any', default: 'float64' } as const;
/** `out=`, NumPy's in-place fill of the float rows: a real parameter this tool refuses (see {@link withFloat32}). */
const OUT = { name: 'out', type: 'any', default: null } as const;

const calls: readonly Call[] = [
  {
    name: 'random',
    params: [SIZE, FLOAT_DTYPE, OUT],
    doc: 'Floats in [0.0, 1.0): the top 53 bits of a PCG64 output times 2**-53',
    example: 'random()',
    ...withFloat32('random', [], floatBulk([], (g, _a, out) => g.bitgen.fillDoubles(out, 0, out.length)), (g) => nextFloat(g.bitgen)),
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
    doc: "Random integers from low (inclusive) to high (exclusive, or inclusive with endpoint=True) by Lemire's method; any integer dtype or bool",
    example: 'integers(1, 10)',
    check: (a) => void intDtype(a.dtype, 'integers'),
    run: (g, a) => {
      const [low, high] = a.high === null ? [0n, a.low] : [a.low, a.high];
      return generatorIntegers(g.bitgen, low, high, sizeCount(a.size), a.endpoint as boolean, intDtype(a.dtype, 'integers'));
    },
    column: (g, a, calls, alloc) => {
      const cnt = sizeCount(a.size) * calls;
      if (cnt === 0) return { kind: 'int', values: new Int32Array(0) }; // NumPy checks nothing then
      const dtype = intDtype(a.dtype, 'integers');
      // 8/16-bit and bool buffer words per call; int32/uint32/uint64 draw as int64 does only on ranges below 2**32
      if (dtype.bits !== 64 && dtype.bits !== 32) return undefined;
      const [low, high] = a.high === null ? [0n, a.low] : [a.low, a.high];
      const { lo, hi } = integersBounds(low, high, a.endpoint as boolean, dtype);
      if (dtype.name !== 'int64' && hi - lo >= 0xffffffffn) return undefined;
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
        const low = numberArg(a, 'low');
        const range = numberArg(a, 'high') - low;
        g.bitgen.fillDoubles(out, 0, out.length);
        for (let i = 0; i < out.length; i++) out[i] = low + range * out[i]; // random_uniform
      },
      (g, v) => v.low + (v.high - v.low) * g.bitgen.nextDouble(),
    ),
  },
  {
    name: 'standard_normal',
    params: [SIZE, FLOAT_DTYPE, OUT],
    doc: 'Standard normal N(0, 1) floats by the 256-layer ziggurat',
    example: 'standard_normal()',
    ...withFloat32('standard_normal', [], floatBulk([], (g, _a, out) => standardNormalFill(g.bitgen, out, 0, out.length)), (g) => standardNormalF(g.bitgen)),
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
        const loc = numberArg(a, 'loc');
        const scale = numberArg(a, 'scale');
        standardNormalFill(g.bitgen, out, 0, out.length);
        for (let i = 0; i < out.length; i++) out[i] = loc + scale * out[i]; // random_normal
      },
      (g, v) => v.loc + v.scale * randomStandardNormal(g.bitgen),
    ),
  },
  {
    name: 'standard_exponential',
    params: [SIZE, FLOAT_DTYPE, { name: 'method', type: 'any', default: 'zig' }, OUT],
    doc: "Exponential floats with scale 1: the ziggurat (method='zig') or -log1p(-random()) (method='inv')",
    example: 'standard_exponential()',
    ...withFloat32(
      'standard_exponential',
      [],
      floatBulk([], (g, a, out) => {
        if (a.method === 'zig') {
          standardExponentialFill(g.bitgen, out, 0, out.length);
        } else {
          g.bitgen.fillDoubles(out, 0, out.length);
          for (let i = 0; i < out.length; i++) out[i] = -log1p(-out[i]); // random_standard_exponential_inv_fill
        }
      }),
      (g, _v, a) => (a.method === 'zig' ? standardExponentialF(g.bitgen) : standardExponentialInvF(g.bitgen)),
    ),
  },
  {
    name: 'exponential',
    params: [{ name: 'scale', type: 'float', default: 1.0, constraint: 'non_negative' }, SIZE],
    doc: 'Exponential floats: scale * standard_exponential() (ziggurat)',
    example: 'exponential(1.0)',
    ...floatBulk(
      ['scale'],
      (g, a, out) => {
        const scale = numberArg(a, 'scale');
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
    work: generatorChoiceWork,
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
    params: [{ name: 'shape', type: 'float', constraint: 'non_negative' }, SIZE, FLOAT_DTYPE, OUT],
    doc: 'Gamma floats with scale 1 (Marsaglia–Tsang on ziggurat normals; shape < 1 by rejection)',
    example: 'standard_gamma(2.0)',
    ...withFloat32(
      'standard_gamma',
      ['shape'],
      { run: (g, a) => each(a, ['shape'], (v) => randomStandardGamma(g.bitgen, v.shape)) },
      (g, v) => standardGammaF(g.bitgen, Math.fround(v.shape)), // cont_f casts shape to float32
    ),
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
  {
    name: 'bytes',
    params: [{ name: 'length', type: 'any' }],
    doc: 'length random bytes: integers(0, 2**32, dtype=np.uint32) words, little-endian',
    example: 'bytes(10)',
    shape: () => null,
    container: 'bytes',
    work: (a) => countOf(a.length) / 4, // one 32-bit word per 4 bytes
    run: (g, a) => [new PyBytes(randomBytes(g.bitgen, ...bytesArgs(a.length)))],
  },
  {
    name: 'multinomial',
    params: [{ name: 'n', type: 'any' }, { name: 'pvals', type: 'any' }, { name: 'size', type: 'any', default: null }],
    doc: 'Multinomial counts: n trials over categories with probabilities pvals (one row per draw)',
    example: 'multinomial(20, [0.2, 0.3, 0.5])',
    // the broadcast of n, pvals' rows and size, plus the trailing axis of len(pvals[-1])
    shape: (a) => generatorMultinomialShape(a.n, a.pvals, a.size) ?? trailingAxisShape(a.size, vectorLength(a.pvals)),
    work: (a) => {
      const shape = generatorMultinomialShape(a.n, a.pvals, a.size);
      return shape ? shape.reduce((x, y) => x * y, 1) : sizeElements(a.size) * lengthOf(a.pvals); // a binomial per category per row
    },
    run: (g, a) => generatorMultinomial(g.bitgen, a.n, a.pvals, a.size),
  },
  {
    name: 'dirichlet',
    params: [{ name: 'alpha', type: 'any' }, { name: 'size', type: 'any', default: null }],
    doc: 'Dirichlet vectors (non-negative, summing to 1) with concentrations alpha',
    example: 'dirichlet([1, 2, 3])',
    shape: (a) => trailingAxisShape(a.size, vectorLength(a.alpha)),
    work: (a) => sizeElements(a.size) * lengthOf(a.alpha), // a gamma (or beta) per concentration per row
    run: (g, a) => generatorDirichlet(g.bitgen, a.alpha, a.size),
  },
  {
    name: 'multivariate_normal',
    params: [
      { name: 'mean', type: 'any' },
      { name: 'cov', type: 'any' },
      { name: 'size', type: 'any', default: null },
      { name: 'check_valid', type: 'any', default: 'warn' },
      { name: 'tol', type: 'float', default: 1e-8 },
      { name: 'method', type: 'any', default: 'svd', kwOnly: true },
    ],
    doc: 'Multivariate normal vectors with mean and a diagonal covariance cov (one row per draw)',
    example: 'multivariate_normal([0, 10], [[1, 0], [0, 4]], size=3)',
    shape: (a) => trailingAxisShape(a.size, vectorLength(a.mean)),
    work: mvnWork,
    run: (g, a) => {
      const plan = mvnPlan(a.mean, a.cov, a.size, a.check_valid, a.method, true);
      const normals = new Float64Array(boundedCount([...plan.lead, BigInt(plan.k)]));
      standardNormalFill(g.bitgen, normals, 0, normals.length);
      return mvnApply(plan, normals);
    },
  },
  {
    name: 'multivariate_hypergeometric',
    params: [
      { name: 'colors', type: 'any' },
      { name: 'nsample', type: 'any' },
      { name: 'size', type: 'any', default: null },
      { name: 'method', type: 'any', default: 'marginals' },
    ],
    doc: "Counts of each color among nsample items drawn without replacement (method 'marginals' or 'count')",
    example: 'multivariate_hypergeometric([10, 5, 3], 6)',
    shape: (a) => trailingAxisShape(a.size, vectorLength(a.colors)),
    // 'count' lays out sum(colors) items and draws nsample of them per row; 'marginals' a hypergeometric per color per row
    work: (a) => (a.method === 'count' ? sumOf(a.colors) + sizeElements(a.size) * countOf(a.nsample) : sizeElements(a.size) * lengthOf(a.colors)),
    run: (g, a) => multivariateHypergeometric(g.bitgen, a.colors, a.nsample, a.size, a.method),
  },
];


export const generatorEngine: EngineSpec<GeneratorEngine> = {
  name: 'numpy-generator',
  seeding: ENGINE_SEEDING['numpy-generator'],
  create: (seed) => GeneratorEngine.fromSeed(seed),
  calls,
};
