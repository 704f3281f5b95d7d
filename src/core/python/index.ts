import { pyTypeName } from '../call/bindArgs';
import type { Args, CallSpec, EngineSpec } from '../callSpec';
import { PyError } from '../errors';
import type { PyObj } from '../types';
import { PythonRandom } from './PythonRandom';
import { betavariate } from './betavariate';
import { binomialvariate } from './binomialvariate';
import { choice } from './choice';
import { choices } from './choices';
import { expovariate } from './expovariate';
import { gammavariate } from './gammavariate';
import { gauss } from './gauss';
import { lognormvariate } from './lognormvariate';
import { normalvariate } from './normalvariate';
import { paretovariate } from './paretovariate';
import { floatArg, isPyNum, pyCompare, pyIndex, type PyNum } from './pyNum';
import { randint, randrange } from './randrange';
import { randbytes } from './randbytes';
import { sample, samplePlan } from './sample';
import { shuffle } from './shuffle';
import { triangular } from './triangular';
import { uniform } from './uniform';
import { vonmisesvariate } from './vonmisesvariate';
import { weibullvariate } from './weibullvariate';
import { ENGINE_SEEDING } from '../engineNames';
import { countOf, lengthOf } from '../callWork';

/*
 * The `python` engine: CPython 3.11's `random` module after `random.seed(s)` — the methods of
 * `random.Random` with 3.11's signatures, defaults, keyword-only parameters and messages, plus
 * 3.12's `binomialvariate`. Parameters Python accepts in several types are `any` and converted
 * here with Python's rules (ints stay exact where random.py keeps them exact).
 */

type Call = CallSpec<PythonRandom>;

/** The float argument `name`, converted as random.py's arithmetic would (an int or a float; see floatArg). */
const floatParam = (args: Args, name: string) => floatArg(args[name]);

const INT_MAX = 2n ** 31n - 1n;
const INT_MIN = -(2n ** 31n);

/**
 * Largest `k` of `getrandbits(k)`, a guard of ours: the int is built and printed in full (its
 * decimal text, 30,103 digits at the cap, costs time quadratic in its size), and Python itself
 * prints at most 4,300 digits of an int unless `sys.set_int_max_str_digits` is raised.
 */
export const MAX_GETRANDBITS = 100_000;

/** A C `int` argument (Argument Clinic's `int` converter), as `getrandbits(k)` takes. */
function cInt(v: PyObj): number {
  const n = pyIndex(v);
  if (n > INT_MAX || n < INT_MIN) throw new PyError('OverflowError', 'Python int too large to convert to C int');
  return Number(n);
}

/** `n` of binomialvariate: any real number, compared and combined with Python's operators. */
function realArg(v: PyObj): PyNum {
  if (isPyNum(v)) return v;
  pyCompare(v, '<', 0n); // raises Python's `'<' not supported between instances of 'str' and 'int'`
  throw new PyError('TypeError', `unsupported type ${pyTypeName(v)}`);
}

const calls: readonly Call[] = [
  {
    name: 'random',
    params: [],
    doc: 'Next float in [0.0, 1.0): 53 random bits from two 32-bit Mersenne Twister words',
    example: 'random()',
    run: (r) => [r.random()],
  },
  {
    name: 'uniform',
    params: [
      { name: 'a', type: 'any' },
      { name: 'b', type: 'any' },
    ],
    doc: 'Float N with a <= N <= b: a + (b - a) * random()',
    example: 'uniform(1, 10)',
    run: (r, a) => [uniform(r, a.a, a.b)],
  },
  {
    name: 'randint',
    params: [
      { name: 'a', type: 'any' },
      { name: 'b', type: 'any' },
    ],
    doc: 'Random integer N with a <= N <= b (both ends included): randrange(a, b + 1)',
    example: 'randint(1, 10)',
    run: (r, a) => [randint(r, a.a, a.b)],
  },
  {
    name: 'randrange',
    params: [
      { name: 'start', type: 'any' },
      { name: 'stop', type: 'any', default: null },
      { name: 'step', type: 'any', default: 1n },
    ],
    doc: 'Random item of range(start, stop, step); randrange(n) draws from range(n)',
    example: 'randrange(0, 100, 5)',
    run: (r, a) => [randrange(r, a.start, a.stop, a.step)],
  },
  {
    name: 'getrandbits',
    params: [{ name: 'k', type: 'any', posOnly: true }], // a C method: getrandbits(k, /)
    doc: 'Non-negative int with k random bits',
    example: 'getrandbits(32)',
    check: (a) => {
      const k = cInt(a.k);
      if (k > MAX_GETRANDBITS) {
        throw new PyError('ValueError', `getrandbits(k) with k above ${MAX_GETRANDBITS.toLocaleString('en-US')} is not supported by this tool (k=${k})`);
      }
    },
    work: (a) => countOf(a.k) / 4, // k/32 words, but printing a k-bit int in decimal costs more (about a draw per 4 bits)
    run: (r, a) => [r.getrandbits(cInt(a.k))],
  },
  {
    name: 'randbytes',
    params: [{ name: 'n', type: 'any' }],
    doc: "n random bytes: getrandbits(n * 8).to_bytes(n, 'little')",
    example: 'randbytes(8)',
    container: 'bytes',
    work: (a) => countOf(a.n) / 4,
    run: (r, a) => [randbytes(r, a.n)],
  },
  {
    name: 'choice',
    params: [{ name: 'seq', type: 'any' }],
    doc: 'Random element of a non-empty sequence (list, tuple or str)',
    example: "choice(['red', 'green', 'blue'])",
    run: (r, a) => [choice(r, a.seq)],
  },
  {
    name: 'choices',
    params: [
      { name: 'population', type: 'any' },
      { name: 'weights', type: 'any', default: null },
      { name: 'cum_weights', type: 'any', default: null, kwOnly: true },
      { name: 'k', type: 'any', default: 1n, kwOnly: true },
    ],
    doc: 'k elements chosen with replacement, optionally weighted (relative or cumulative weights)',
    example: "choices(['a', 'b', 'c'], weights=[5, 3, 2], k=5)",
    shape: (a) => kShape(a.k),
    work: (a) => lengthOf(a.population) + countOf(a.k), // the cumulative weights, then k bisections
    run: (r, a) => choices(r, a.population, a.weights, a.cum_weights, a.k),
  },
  {
    name: 'sample',
    params: [
      { name: 'population', type: 'any' },
      { name: 'k', type: 'any' },
      { name: 'counts', type: 'any', default: null, kwOnly: true },
    ],
    doc: 'k unique elements of a sequence, in selection order (counts= repeats elements)',
    example: 'sample([10, 20, 30, 40, 50], 3)',
    shape: (a) => kShape(a.k),
    check: (a) => void samplePlan(a.population, a.k, a.counts),
    work: (a) => lengthOf(a.population) + lengthOf(a.counts) + countOf(a.k), // a copy of the population (or cum_counts), then k picks
    run: (r, a) => sample(r, a.population, a.k, a.counts),
  },
  {
    name: 'shuffle',
    params: [{ name: 'x', type: 'any' }],
    doc: 'The list x shuffled (Python shuffles it in place)',
    example: 'shuffle([1, 2, 3, 4, 5])',
    inPlace: 'x',
    shape: (a) => (Array.isArray(a.x) ? [a.x.length] : null),
    run: (r, a) => shuffle(r, a.x),
  },
  {
    name: 'gauss',
    params: [
      { name: 'mu', type: 'any', default: 0.0 },
      { name: 'sigma', type: 'any', default: 1.0 },
    ],
    doc: 'Normal distribution (Box–Muller; keeps the second deviate for the next call)',
    example: 'gauss(0, 1)',
    run: (r, a) => [gauss(r, floatParam(a, 'mu'), floatParam(a, 'sigma'))],
  },
  {
    name: 'normalvariate',
    params: [
      { name: 'mu', type: 'any', default: 0.0 },
      { name: 'sigma', type: 'any', default: 1.0 },
    ],
    doc: 'Normal distribution (Kinderman–Monahan ratio of uniforms)',
    example: 'normalvariate(0, 1)',
    run: (r, a) => [normalvariate(r, floatParam(a, 'mu'), floatParam(a, 'sigma'))],
  },
  {
    name: 'lognormvariate',
    params: [
      { name: 'mu', type: 'any' },
      { name: 'sigma', type: 'any' },
    ],
    doc: 'Log-normal distribution: exp(normalvariate(mu, sigma))',
    example: 'lognormvariate(0, 0.5)',
    run: (r, a) => [lognormvariate(r, floatParam(a, 'mu'), floatParam(a, 'sigma'))],
  },
  {
    name: 'expovariate',
    params: [{ name: 'lambd', type: 'any' }],
    doc: 'Exponential distribution with rate lambd (mean 1/lambd); Python 3.11 has no default',
    example: 'expovariate(1.5)',
    run: (r, a) => [expovariate(r, floatParam(a, 'lambd'))],
  },
  {
    name: 'vonmisesvariate',
    params: [
      { name: 'mu', type: 'any' },
      { name: 'kappa', type: 'any' },
    ],
    doc: 'Von Mises distribution: an angle in [0, 2*pi) around mu with concentration kappa',
    example: 'vonmisesvariate(0, 4)',
    run: (r, a) => [vonmisesvariate(r, floatParam(a, 'mu'), floatParam(a, 'kappa'))],
  },
  {
    name: 'gammavariate',
    params: [
      { name: 'alpha', type: 'any' },
      { name: 'beta', type: 'any' },
    ],
    doc: 'Gamma distribution with shape alpha > 0 and scale beta > 0',
    example: 'gammavariate(2, 1.5)',
    run: (r, a) => [gammavariate(r, floatParam(a, 'alpha'), floatParam(a, 'beta'))],
  },
  {
    name: 'betavariate',
    params: [
      { name: 'alpha', type: 'any' },
      { name: 'beta', type: 'any' },
    ],
    doc: 'Beta distribution on [0, 1] with alpha > 0 and beta > 0',
    example: 'betavariate(2, 5)',
    run: (r, a) => [betavariate(r, floatParam(a, 'alpha'), floatParam(a, 'beta'))],
  },
  {
    name: 'paretovariate',
    params: [{ name: 'alpha', type: 'any' }],
    doc: 'Pareto distribution with shape alpha (values >= 1)',
    example: 'paretovariate(3)',
    run: (r, a) => [paretovariate(r, floatParam(a, 'alpha'))],
  },
  {
    name: 'weibullvariate',
    params: [
      { name: 'alpha', type: 'any' },
      { name: 'beta', type: 'any' },
    ],
    doc: 'Weibull distribution with scale alpha and shape beta',
    example: 'weibullvariate(1, 1.5)',
    run: (r, a) => [weibullvariate(r, floatParam(a, 'alpha'), floatParam(a, 'beta'))],
  },
  {
    name: 'triangular',
    params: [
      { name: 'low', type: 'any', default: 0.0 },
      { name: 'high', type: 'any', default: 1.0 },
      { name: 'mode', type: 'any', default: null },
    ],
    doc: 'Triangular distribution between low and high with the given mode (default: midpoint)',
    example: 'triangular(0, 10, 3)',
    run: (r, a) => [triangular(r, a.low, a.high, a.mode)],
  },
  {
    name: 'binomialvariate',
    params: [
      { name: 'n', type: 'any', default: 1n },
      { name: 'p', type: 'any', default: 0.5 },
    ],
    doc: 'Binomial distribution: successes in n trials of probability p (Python 3.12+)',
    example: 'binomialvariate(10, 0.3)',
    requires: 'Python 3.12',
    run: (r, a) => [binomialvariate(r, realArg(a.n), floatParam(a, 'p'))],
  },
];

/** CPython's `random` module seeded with `random.seed(s)`: an int of any size, or a str. */
export const pythonEngine: EngineSpec<PythonRandom> = {
  name: 'python',
  seeding: ENGINE_SEEDING.python,
  create: (seed) => new PythonRandom(seed),
  calls,
};

/** The list length `k` gives (`choices`, `sample`): k for an int (a negative k is an empty list or the call's error). */
function kShape(k: PyObj): number[] {
  return [typeof k === 'bigint' || typeof k === 'boolean' ? Math.max(0, Number(k)) : 0];
}
