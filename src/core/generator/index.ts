import { pyTypeName, sizeCount } from '../call/bindArgs';
import { numberArg, type Args, type CallSpec, type EngineSpec } from '../callSpec';
import { randomGumbel } from '../distributions/randomGumbel';
import { randomLaplace } from '../distributions/randomLaplace';
import { randomLogistic } from '../distributions/randomLogistic';
import { randomPoisson } from '../distributions/randomPoisson';
import { randomTriangular } from '../distributions/randomTriangular';
import { columnToPy, FRESH_ARRAYS, type Column, type ColumnAlloc } from '../column';
import { PyError } from '../errors';
import { log1p } from '../libm/log1p';
import type { PyObj } from '../types';
import { GeneratorEngine } from './GeneratorEngine';
import { generatorChoice } from './choice';
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
import { randomStandardGamma } from './randomStandardGamma';
import { randomVonmises } from './randomVonmises';
import { randomZipf } from './randomZipf';
import { generatorPermutation, generatorPermuted, generatorShuffle } from './shuffle';
import { generatorDirichlet, generatorMultinomial, multivariateHypergeometric } from './multivariate';
import { boundedCount } from '../distributions/vectorShape';
import { mvnApply, mvnPlan } from '../distributions/multivariateNormalDiagonal';
import { bytesArgs, randomBytes } from '../distributions/randomBytes';
import { PyBytes } from '../types';
import { ENGINE_SEEDING } from '../engineNames';

/*
 * The `numpy-generator` engine: `rng = np.random.default_rng(seed)` — NumPy's `Generator` on
 * PCG64 seeded through `SeedSequence` — reproducing NumPy 2.4's Generator streams (NumPy may
 * change Generator algorithms between versions, unlike RandomState's frozen ones; the fixtures
 * record the NumPy version they were made with).
 *
 * Signatures, defaults and messages follow numpy/random/_generator.pyx (v2.4.6). Distribution
 * parameters are scalars (no broadcasting); `size` is None, an int or a tuple, and results are
 * flattened in C order. `out=` is not supported and `dtype=` only the default (np.float64 or
 * np.int64, given as a string such as 'float64').
 */

type Call = CallSpec<GeneratorEngine>;

/** `size` draws of `one()` (a single draw when size is None). */
function fill(a: Args, one: () => PyObj): PyObj[] {
  const n = sizeCount(a.size);
  const out = new Array<PyObj>(n);
  for (let i = 0; i < n; i++) out[i] = one();
  return out;
}

/**
 * `run` and `column` of a float row whose values come in bulk: `fillValues(g, a, out)` fills
 * `out` with the values of successive calls (size values per call). `run` goes through the same
 * code, so the pinned fixtures check the bulk path.
 */
function floatBulk(fillValues: (g: GeneratorEngine, a: Args, out: Float64Array) => void): Pick<Call, 'run' | 'column'> {
  const column = (g: GeneratorEngine, a: Args, calls: number, alloc: ColumnAlloc = FRESH_ARRAYS): Column => {
    const values = alloc.float64(sizeCount(a.size) * calls);
    fillValues(g, a, values);
    return { kind: 'float', values };
  };
  return { column, run: (g, a) => columnToPy(column(g, a, 1)) };
}

/**
 * A float row with a `dtype=` parameter: float64 through `bulk` (its run and column), float32
 * through `one(g, a)` per value — NumPy's separate float32 algorithm. An array prints as NumPy
 * prints float32 ({@link float32Shown}); with size=None NumPy returns a Python float of the
 * float32 value, printed as a double. float32 has no column (callers use `run`).
 */
function withFloat32(method: string, bulk: Pick<Call, 'run' | 'column'>, one: (g: GeneratorEngine, a: Args) => number): Pick<Call, 'run' | 'column' | 'check'> {
  const isF32 = (a: Args) => floatDtype(a.dtype, method) === 'float32';
  return {
    check: (a) => void floatDtype(a.dtype, method),
    // size=None returns a Python float of the float32 value (float_fill's `return out_val`), an array its float32 text
    run: (g, a) => (isF32(a) ? fill(a, a.size === null ? () => one(g, a) : () => float32Shown(one(g, a))) : bulk.run(g, a)),
    column: (g, a, calls, alloc) => (isF32(a) ? undefined : bulk.column?.(g, a, calls, alloc)),
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
    ...withFloat32('random', floatBulk((g, _a, out) => g.bitgen.fillDoubles(out, 0, out.length)), (g) => nextFloat(g.bitgen)),
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
    check: (a) => {
      const range = numberArg(a, 'high') - numberArg(a, 'low');
      if (!Number.isFinite(range)) throw new PyError('OverflowError', 'high - low range exceeds valid bounds');
      if (range < 0 || Object.is(range, -0)) throw new PyError('ValueError', 'high - low < 0');
    },
    ...floatBulk((g, a, out) => {
      const low = numberArg(a, 'low');
      const range = numberArg(a, 'high') - low;
      g.bitgen.fillDoubles(out, 0, out.length);
      for (let i = 0; i < out.length; i++) out[i] = low + range * out[i]; // random_uniform
    }),
  },
  {
    name: 'standard_normal',
    params: [SIZE, FLOAT_DTYPE],
    doc: 'Standard normal N(0, 1) floats by the 256-layer ziggurat',
    example: 'standard_normal()',
    ...withFloat32('standard_normal', floatBulk((g, _a, out) => standardNormalFill(g.bitgen, out, 0, out.length)), (g) => standardNormalF(g.bitgen)),
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
    ...floatBulk((g, a, out) => {
      const loc = numberArg(a, 'loc');
      const scale = numberArg(a, 'scale');
      standardNormalFill(g.bitgen, out, 0, out.length);
      for (let i = 0; i < out.length; i++) out[i] = loc + scale * out[i]; // random_normal
    }),
  },
  {
    name: 'standard_exponential',
    params: [SIZE, FLOAT_DTYPE, { name: 'method', type: 'any', default: 'zig' }],
    doc: "Exponential floats with scale 1: the ziggurat (method='zig') or -log1p(-random()) (method='inv')",
    example: 'standard_exponential()',
    ...withFloat32(
      'standard_exponential',
      floatBulk((g, a, out) => {
        if (a.method === 'zig') {
          standardExponentialFill(g.bitgen, out, 0, out.length);
        } else {
          g.bitgen.fillDoubles(out, 0, out.length);
          for (let i = 0; i < out.length; i++) out[i] = -log1p(-out[i]); // random_standard_exponential_inv_fill
        }
      }),
      (g, a) => (a.method === 'zig' ? standardExponentialF(g.bitgen) : standardExponentialInvF(g.bitgen)),
    ),
  },
  {
    name: 'exponential',
    params: [{ name: 'scale', type: 'float', default: 1.0, constraint: 'non_negative' }, SIZE],
    doc: 'Exponential floats: scale * standard_exponential() (ziggurat)',
    example: 'exponential(1.0)',
    ...floatBulk((g, a, out) => {
      const scale = numberArg(a, 'scale');
      standardExponentialFill(g.bitgen, out, 0, out.length);
      for (let i = 0; i < out.length; i++) out[i] = scale * out[i]; // random_exponential
    }),
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
    check: (a) => {
      if (numberArg(a, 'left') > numberArg(a, 'mode')) throw new PyError('ValueError', 'left > mode');
      if (numberArg(a, 'mode') > numberArg(a, 'right')) throw new PyError('ValueError', 'mode > right');
      if (numberArg(a, 'left') === numberArg(a, 'right')) throw new PyError('ValueError', 'left == right');
    },
    run: (g, a) => fill(a, () => randomTriangular(g.bitgen, numberArg(a, 'left'), numberArg(a, 'mode'), numberArg(a, 'right'))),
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
    run: (g, a) => generatorPermuted(g.bitgen, a.x, a.axis === null ? null : BigInt(a.axis as bigint | boolean)),
  },
  {
    name: 'poisson',
    params: [{ name: 'lam', type: 'float', default: 1.0, constraint: 'poisson' }, SIZE],
    doc: "Poisson counts with mean lam (multiplication for lam < 10, Hörmann's PTRS above)",
    example: 'poisson(5)',
    run: (g, a) => fill(a, () => BigInt(randomPoisson(g.bitgen, numberArg(a, 'lam')))),
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
      if (cInt64(a.n) < 0n) throw new PyError('ValueError', 'n < 0');
    },
    run: (g, a) => {
      const n = cInt64(a.n);
      return fill(a, () => randomBinomial(g.bitgen, numberArg(a, 'p'), n));
    },
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
      const n = numberArg(a, 'n');
      const p = numberArg(a, 'p');
      if (((1 - p) / p) * (n + 10 * Math.sqrt(n)) > POISSON_LAM_MAX) {
        throw new PyError('ValueError', 'n too large or p too small, see Generator.negative_binomial Notes');
      }
    },
    run: (g, a) =>
      fill(a, () => {
        const p = numberArg(a, 'p');
        const Y = randomGamma(g.bitgen, numberArg(a, 'n'), (1 - p) / p);
        return BigInt(randomPoisson(g.bitgen, Y));
      }),
  },
  {
    name: 'geometric',
    params: [{ name: 'p', type: 'float', constraint: 'bounded_gt_0_1' }, SIZE],
    doc: 'Geometric counts: trials up to the first success with probability p',
    example: 'geometric(0.25)',
    run: (g, a) => fill(a, () => randomGeometric(g.bitgen, numberArg(a, 'p'))),
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
      const good = cInt64(a.ngood);
      const bad = cInt64(a.nbad);
      const sample = cInt64(a.nsample);
      if (good >= 1000000000n || bad >= 1000000000n) {
        throw new PyError('ValueError', 'both ngood and nbad must be less than 1000000000');
      }
      if (good + bad < sample) throw new PyError('ValueError', 'ngood + nbad < nsample');
      if (good < 0n) throw new PyError('ValueError', 'ngood < 0');
      if (bad < 0n) throw new PyError('ValueError', 'nbad < 0');
      if (sample < 0n) throw new PyError('ValueError', 'nsample < 0');
    },
    run: (g, a) => {
      const [good, bad, sample] = [a.ngood, a.nbad, a.nsample].map((v) => Number(cInt64(v)));
      return fill(a, () => BigInt(randomHypergeometric(g.bitgen, good, bad, sample)));
    },
  },
  {
    name: 'logseries',
    params: [{ name: 'p', type: 'float', constraint: 'bounded_lt_0_1' }, SIZE],
    doc: 'Logarithmic series counts with shape p in [0, 1)',
    example: 'logseries(0.6)',
    run: (g, a) => fill(a, () => BigInt(randomLogseries(g.bitgen, numberArg(a, 'p')))),
  },
  {
    name: 'zipf',
    params: [{ name: 'a', type: 'float', constraint: 'gt_1' }, SIZE],
    doc: 'Zipf (zeta) counts with exponent a > 1',
    example: 'zipf(2.0)',
    run: (g, a) => fill(a, () => BigInt(randomZipf(g.bitgen, numberArg(a, 'a')))),
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
    run: (g, a) => fill(a, () => randomLognormal(g.bitgen, numberArg(a, 'mean'), numberArg(a, 'sigma'))),
  },
  {
    name: 'standard_gamma',
    params: [{ name: 'shape', type: 'float', constraint: 'non_negative' }, SIZE, FLOAT_DTYPE],
    doc: 'Gamma floats with scale 1 (Marsaglia–Tsang on ziggurat normals; shape < 1 by rejection)',
    example: 'standard_gamma(2.0)',
    ...withFloat32(
      'standard_gamma',
      { run: (g, a) => fill(a, () => randomStandardGamma(g.bitgen, numberArg(a, 'shape'))) },
      (g, a) => standardGammaF(g.bitgen, Math.fround(numberArg(a, 'shape'))), // cont_f casts shape to float32
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
    run: (g, a) => fill(a, () => randomGamma(g.bitgen, numberArg(a, 'shape'), numberArg(a, 'scale'))),
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
    run: (g, a) => fill(a, () => randomBeta(g.bitgen, numberArg(a, 'a'), numberArg(a, 'b'))),
  },
  {
    name: 'chisquare',
    params: [{ name: 'df', type: 'float', constraint: 'positive' }, SIZE],
    doc: 'Chi-square floats: 2 * standard_gamma(df / 2)',
    example: 'chisquare(3)',
    run: (g, a) => fill(a, () => randomChisquare(g.bitgen, numberArg(a, 'df'))),
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
    run: (g, a) => fill(a, () => randomF(g.bitgen, numberArg(a, 'dfnum'), numberArg(a, 'dfden'))),
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
    run: (g, a) => fill(a, () => randomNoncentralChisquare(g.bitgen, numberArg(a, 'df'), numberArg(a, 'nonc'))),
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
    run: (g, a) => fill(a, () => randomNoncentralF(g.bitgen, numberArg(a, 'dfnum'), numberArg(a, 'dfden'), numberArg(a, 'nonc'))),
  },
  {
    name: 'standard_t',
    params: [{ name: 'df', type: 'float', constraint: 'positive' }, SIZE],
    doc: "Student's t floats with df degrees of freedom",
    example: 'standard_t(10)',
    run: (g, a) => fill(a, () => randomStandardT(g.bitgen, numberArg(a, 'df'))),
  },
  {
    name: 'standard_cauchy',
    params: [SIZE],
    doc: 'Standard Cauchy floats: a ratio of two standard normals',
    example: 'standard_cauchy()',
    run: (g, a) => fill(a, () => randomStandardCauchy(g.bitgen)),
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
    run: (g, a) => fill(a, () => randomLaplace(g.bitgen, numberArg(a, 'loc'), numberArg(a, 'scale'))),
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
    run: (g, a) => fill(a, () => randomLogistic(g.bitgen, numberArg(a, 'loc'), numberArg(a, 'scale'))),
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
    run: (g, a) => fill(a, () => randomGumbel(g.bitgen, numberArg(a, 'loc'), numberArg(a, 'scale'))),
  },
  {
    name: 'weibull',
    params: [{ name: 'a', type: 'float', constraint: 'non_negative' }, SIZE],
    doc: 'Weibull floats with shape a: standard_exponential() ** (1 / a)',
    example: 'weibull(1.5)',
    run: (g, a) => fill(a, () => randomWeibull(g.bitgen, numberArg(a, 'a'))),
  },
  {
    name: 'pareto',
    params: [{ name: 'a', type: 'float', constraint: 'positive' }, SIZE],
    doc: 'Pareto II (Lomax) floats with shape a: expm1(standard_exponential() / a)',
    example: 'pareto(3.0)',
    run: (g, a) => fill(a, () => randomPareto(g.bitgen, numberArg(a, 'a'))),
  },
  {
    name: 'power',
    params: [{ name: 'a', type: 'float', constraint: 'positive' }, SIZE],
    doc: 'Power-function floats in [0, 1] with exponent a - 1',
    example: 'power(5.0)',
    run: (g, a) => fill(a, () => randomPower(g.bitgen, numberArg(a, 'a'))),
  },
  {
    name: 'rayleigh',
    params: [{ name: 'scale', type: 'float', default: 1.0, constraint: 'non_negative' }, SIZE],
    doc: 'Rayleigh floats: scale * sqrt(2 * standard_exponential())',
    example: 'rayleigh(1.0)',
    run: (g, a) => fill(a, () => randomRayleigh(g.bitgen, numberArg(a, 'scale'))),
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
    run: (g, a) => fill(a, () => randomVonmises(g.bitgen, numberArg(a, 'mu'), numberArg(a, 'kappa'))),
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
    run: (g, a) => fill(a, () => randomWald(g.bitgen, numberArg(a, 'mean'), numberArg(a, 'scale'))),
  },
  {
    name: 'bytes',
    params: [{ name: 'length', type: 'any' }],
    doc: 'length random bytes: integers(0, 2**32, dtype=np.uint32) words, little-endian',
    example: 'bytes(10)',
    run: (g, a) => [new PyBytes(randomBytes(g.bitgen, ...bytesArgs(a.length)))],
  },
  {
    name: 'multinomial',
    params: [{ name: 'n', type: 'any' }, { name: 'pvals', type: 'any' }, { name: 'size', type: 'any', default: null }],
    doc: 'Multinomial counts: n trials over categories with probabilities pvals (one row per draw)',
    example: 'multinomial(20, [0.2, 0.3, 0.5])',
    run: (g, a) => generatorMultinomial(g.bitgen, a.n, a.pvals, a.size),
  },
  {
    name: 'dirichlet',
    params: [{ name: 'alpha', type: 'any' }, { name: 'size', type: 'any', default: null }],
    doc: 'Dirichlet vectors (non-negative, summing to 1) with concentrations alpha',
    example: 'dirichlet([1, 2, 3])',
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
    run: (g, a) => multivariateHypergeometric(g.bitgen, a.colors, a.nsample, a.size, a.method),
  },
];


/** NumPy's `POISSON_LAM_MAX` (`int64 max - sqrt(int64 max) * 10`), bounding negative_binomial too. */
const POISSON_LAM_MAX = 9223372036854775807 - Math.sqrt(9223372036854775807) * 10;

export const generatorEngine: EngineSpec<GeneratorEngine> = {
  name: 'numpy-generator',
  seeding: ENGINE_SEEDING['numpy-generator'],
  create: (seed) => GeneratorEngine.fromSeed(seed),
  calls,
};
