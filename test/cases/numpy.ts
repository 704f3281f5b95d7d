import { reprFloat } from '../../src/core/format/formatValue';
import type { Case } from '../support/case';
import { CaseGen } from '../support/caseGen';

/**
 * Fresh random cases for the `numpy` engine (`np.random.seed(seed)` → legacy RandomState):
 * int seeds over all of [0, 2**32) with its ends, and 1-d lists of them; every call of the
 * engine's table with random valid parameters covering each algorithm branch (gamma below and
 * above 1, beta's Johnk and gamma branches, binomial inversion and BTPE on both sides of 0.5,
 * hypergeometric HYP and HRUA, geometric search and inversion, Poisson multiplication and PTRS,
 * randint ranges below and above 32 bits and every integer dtype, all four choice branches);
 * `size` None / int / tuple and `n` up to 4 so the cached Gaussian crosses calls; plus error
 * cases (bad parameters and bad seeds). Used by test/core/differential.test.ts.
 */
export function randomCases(rand: () => number, count: number): Case[] {
  const r = new Gen(rand);
  const out: Case[] = [];
  for (let i = 0; i < count; i++) {
    if (r.chance(0.04)) {
      out.push({ engine: 'numpy', seed: r.pick(BAD_SEEDS), call: 'random()', n: 1 });
      continue;
    }
    const make = r.chance(0.06) ? r.pick(ERRORS) : r.pick(MAKERS);
    out.push({ engine: 'numpy', seed: r.seed(), call: make(r), n: r.int(1, 4) });
  }
  return out;
}

/** Seeds for this engine; the rest of the call-text helpers are shared. */
class Gen extends CaseGen {
  seed(): string {
    switch (this.int(0, 5)) {
      case 0:
        return String(this.int(0, 1000));
      case 1:
      case 2:
        return String(this.big(32));
      case 3:
        return this.pick(['0', '1', '101', '4294967295', '4294967294', '2147483648']);
      case 4:
        return `[${Array.from({ length: this.int(1, 700) > 690 ? 700 : this.int(1, 6) }, () => String(this.big(this.pick([4, 16, 32])))).join(', ')}]`;
      default:
        return `(${this.int(0, 9)}, ${String(this.big(32))})`;
    }
  }
}

type Maker = (r: Gen) => string;

const INT_DTYPES = ['int64', 'int32', 'int16', 'int8', 'uint64', 'uint32', 'uint16', 'uint8'];

function randintCall(r: Gen): string {
  switch (r.int(0, 5)) {
    case 0:
      return `randint(${r.int(1, 100)}${r.size()})`;
    case 1: {
      const lo = r.int(-1000, 1000);
      return `randint(${lo}, ${lo + r.int(1, 1000)}${r.size()})`;
    }
    case 2: {
      // wider than 32 bits: the masked 64-bit sampler
      const lo = -(r.big(r.int(30, 62)));
      return `randint(${lo}, ${lo + r.big(r.int(33, 62)) + 1n}${r.size()})`;
    }
    case 3:
      return `randint(${r.pick(['0, 4294967296', '-2147483648, 2147483648', '0, 4294967295', '-9223372036854775808, 9223372036854775807', '0, 1', '5, 6'])}${r.size()})`;
    case 4: {
      const dt = r.pick(INT_DTYPES);
      const bits = Number(dt.replace(/\D/g, ''));
      const signed = !dt.startsWith('u');
      const lo = signed ? -(2n ** BigInt(bits - 1)) : 0n;
      const span = 2n ** BigInt(bits);
      const a = lo + (r.big(bits) % span);
      const b = a + 1n + (r.big(bits) % (lo + span - a));
      return `randint(${a}, ${b}${r.size()}, dtype='${dt}')`;
    }
    default:
      return `randint(${r.int(0, 1)}, 2${r.size()}, dtype='bool')`;
  }
}

function choiceCall(r: Gen): string {
  const n = r.int(1, 12);
  const pop = r.pick([
    String(n),
    `[${Array.from({ length: n }, (_, i) => i * 3).join(', ')}]`,
    `[${Array.from({ length: n }, () => r.float(-5, 5)).join(', ')}]`,
    `['${Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i)).join("', '")}']`,
    "[1, 2.5, 'x']",
  ]);
  const popLen = pop.startsWith('[') ? pop.split(',').length : n;
  const weights: number[] = Array.from({ length: popLen }, () => (r.chance(0.2) ? 0 : r.rand()));
  if (!weights.some((w) => w > 0)) weights[0] = 1;
  const total = weights.reduce((s, w) => s + w, 0);
  const p = `p=[${weights.map((w) => reprFloat(w / total)).join(', ')}]`;
  const nonzero = weights.filter((w) => w > 0).length;
  switch (r.int(0, 3)) {
    case 0:
      return `choice(${pop}${r.size()})`;
    case 1:
      return `choice(${pop}${r.size()}, ${p})`;
    case 2:
      return `choice(${pop}, ${r.int(0, popLen)}, replace=False)`;
    default:
      return `choice(${pop}, ${r.int(0, nonzero)}, replace=False, ${p})`;
  }
}

/** One generator of call text per call (tricky ones several times, to weight them). */
const MAKERS: readonly Maker[] = [
  (r) => `bytes(${r.pick([r.int(0, 40), r.int(-12, -1)])})`,
  (r) => {
    const k = r.int(1, 4);
    const vars = Array.from({ length: k }, () => r.float(0.01, 100, true));
    const cov = vars.map((v, i) => `[${vars.map((_, j) => (i === j ? v : '0')).join(', ')}]`).join(', ');
    return `multivariate_normal([${Array.from({ length: k }, () => r.float(-10, 10)).join(', ')}], [${cov}]${r.size()})`;
  },
  (r) => `tomaxint(${r.size().slice(2)})`,
  (r) => `random(${r.size().slice(2)})`,
  (r) => `random_sample(${r.size().slice(2)})`,
  (r) => `rand(${r.pick(['', String(r.int(0, 5)), `${r.int(1, 3)}, ${r.int(1, 3)}`])})`,
  (r) => `randn(${r.pick(['', String(r.int(0, 5)), `${r.int(1, 3)}, ${r.int(1, 3)}`])})`,
  randintCall,
  randintCall,
  randintCall,
  (r) => `random_integers(${r.int(-50, 50)}, ${r.int(51, 200)}${r.size()})`,
  (r) => `uniform(${r.float(-100, 100)}, ${r.float(-100, 100)}${r.size()})`,
  (r) => `standard_normal(${r.size().slice(2)})`,
  (r) => `normal(${r.float(-10, 10)}, ${r.float(0, 5)}${r.size()})`,
  (r) => `normal(size=${r.int(1, 5)})`,
  (r) => `standard_exponential(${r.size().slice(2)})`,
  (r) => `exponential(${r.float(0.01, 100, true)}${r.size()})`,
  (r) => {
    const a = r.rand() * 10 - 5;
    const c = a + 0.1 + r.rand() * 10;
    const b = r.chance(0.1) ? a : r.chance(0.1) ? c : a + r.rand() * (c - a);
    return `triangular(${reprFloat(a)}, ${reprFloat(b)}, ${reprFloat(c)}${r.size()})`;
  },
  choiceCall,
  choiceCall,
  choiceCall,
  (r) => `shuffle([${Array.from({ length: r.int(0, 15) }, (_, i) => r.pick([String(i), reprFloat(i / 2), `'s${i}'`])).join(', ')}])`,
  (r) => `permutation(${r.int(0, 30)})`,
  (r) => `permutation([${Array.from({ length: r.int(1, 10) }, (_, i) => r.pick([String(i), reprFloat(i + 0.5)])).join(', ')}])`,
  () => `permutation([[1, 2], [3, 4], [5, 6], [7, 8]])`,
  (r) => `poisson(${r.chance(0.5) ? r.float(0, 10) : r.float(10, 1e6, true)}${r.size()})`,
  (r) => `binomial(${r.int(0, 60)}, ${r.float(0, 1)}${r.size()})`,
  (r) => `binomial(${r.int(60, 100000)}, ${r.float(0, 1)}${r.size()})`,
  (r) => `binomial(${r.int(1, 10000)}, ${r.pick(['0.0', '1.0', '0.5', r.float(0.99, 1)])}${r.size()})`,
  (r) => `negative_binomial(${r.float(0.1, 50, true)}, ${r.float(0.01, 1)}${r.size()})`,
  (r) => `geometric(${r.chance(0.5) ? r.float(0.001, 0.333) : r.float(0.334, 1)}${r.size()})`,
  (r) => {
    const good = r.int(0, 200);
    const bad = r.int(good === 0 ? 1 : 0, 200);
    return `hypergeometric(${good}, ${bad}, ${r.int(1, Math.min(good + bad, r.chance(0.5) ? 10 : 400))}${r.size()})`;
  },
  (r) => `hypergeometric(${r.int(1000, 100000)}, ${r.int(1000, 100000)}, ${r.int(11, 2000)}${r.size()})`,
  (r) => `logseries(${r.float(0, 0.9999)}${r.size()})`,
  (r) => `zipf(${r.float(1.05, 6)}${r.size()})`,
  (r) => `lognormal(${r.float(-2, 2)}, ${r.float(0, 2)}${r.size()})`,
  (r) => `standard_gamma(${r.chance(0.5) ? r.float(0.01, 1) : r.float(1, 50, true)}${r.size()})`,
  (r) => `gamma(${r.chance(0.5) ? r.float(0.01, 1) : r.float(1, 50, true)}, ${r.float(0.1, 10)}${r.size()})`,
  (r) => `beta(${r.float(0.05, 1)}, ${r.float(0.05, 1)}${r.size()})`,
  (r) => `beta(${r.float(0.1, 20, true)}, ${r.float(1, 20, true)}${r.size()})`,
  (r) => `chisquare(${r.float(0.1, 30, true)}${r.size()})`,
  (r) => `standard_t(${r.float(0.5, 50, true)}${r.size()})`,
  (r) => `standard_cauchy(${r.size().slice(2)})`,
  (r) => `laplace(${r.float(-5, 5)}, ${r.float(0, 3)}${r.size()})`,
  (r) => `logistic(${r.float(-5, 5)}, ${r.float(0, 3)}${r.size()})`,
  (r) => `gumbel(${r.float(-5, 5)}, ${r.float(0, 3)}${r.size()})`,
  (r) => `weibull(${r.float(0.1, 10, true)}${r.size()})`,
  (r) => `pareto(${r.float(0.1, 10, true)}${r.size()})`,
  (r) => `power(${r.float(0.1, 10, true)}${r.size()})`,
  (r) => `rayleigh(${r.float(0.1, 10, true)}${r.size()})`,
  (r) => `vonmises(${r.float(-4, 4)}, ${r.pick([r.float(0, 50), r.float(1e-9, 1e-5, true), '0.0', r.float(50, 1e7, true)])}${r.size()})`,
  (r) => `wald(${r.float(0.1, 10, true)}, ${r.float(0.1, 10, true)}${r.size()})`,
  (r) => `f(${r.float(0.5, 30, true)}, ${r.float(0.5, 30, true)}${r.size()})`,
  (r) => `noncentral_chisquare(${r.float(0.1, 20, true)}, ${r.pick(['0', r.float(0, 50)])}${r.size()})`,
  (r) => `noncentral_f(${r.float(0.1, 20, true)}, ${r.float(0.5, 30, true)}, ${r.float(0, 10)}${r.size()})`,
  (r) => {
    const w = Array.from({ length: r.int(1, 6) }, () => r.rand() + 0.01);
    const t = w.reduce((s, x) => s + x, 0);
    return `multinomial(${r.int(0, 3000)}, [${w.map((x) => reprFloat(x / t)).join(', ')}]${r.size()})`;
  },
  (r) => `dirichlet([${Array.from({ length: r.int(1, 6) }, () => r.float(0.05, 10, true)).join(', ')}]${r.size()})`,
];

/** Calls that must raise, with NumPy's message. */
const ERRORS: readonly Maker[] = [
  (r) => `normal(0, -${r.float(0.1, 5)})`,
  (r) => `randint(${r.int(1, 50)}, ${r.int(-50, 0)})`,
  () => 'randint(0)',
  () => "randint(0, 300, dtype='int8')",
  () => "randint(0, 10, dtype='float64')",
  () => 'uniform(-1e308, 1e308)',
  (r) => `triangular(${r.int(2, 5)}, 1, 6)`,
  () => 'triangular(0, 5, 4)',
  () => 'triangular(1, 1, 1)',
  () => 'binomial(-1, 0.5)',
  () => 'binomial(10, 1.5)',
  () => 'hypergeometric(5, 5, 11)',
  () => 'hypergeometric(5, 5, 0)',
  () => 'logseries(1.0)',
  () => 'geometric(0)',
  () => 'zipf(1.0)',
  () => 'poisson(-1)',
  () => 'poisson(1e19)',
  () => 'choice(0)',
  () => 'choice([])',
  () => 'choice(5, 6, replace=False)',
  () => 'choice(2, p=[0.5, 0.6])',
  () => 'choice(2, p=[-0.5, 1.5])',
  () => 'choice(3, 3, replace=False, p=[0, 0.5, 0.5])',
  () => 'choice([[1, 2]])',
  () => 'permutation(2.5)',
  () => 'shuffle(5)',
  () => 'beta(0, 1)',
  () => 'wald(1, 0)',
  () => 'vonmises(0, -1)',
  () => 'negative_binomial(0, 0.5)',
];

const BAD_SEEDS = ['-1', '4294967296', '1.5', '[]', '[[1, 2]]', '[1, -1]', '[4294967296]', '[1.5, 2]', '[1, 18446744073709551616]'];
