import { reprFloat } from '../../src/core/format/formatValue';
import type { Case } from '../support/case';
import { CaseGen } from '../support/caseGen';

/**
 * Fresh random cases for the `numpy-generator` engine (`rng = np.random.default_rng(seed)`):
 * seeds from 0 to far above 2**128 and lists of them; every Generator method of the engine's
 * table with random valid parameters (both algorithm branches where a method has several),
 * `size` None / int / tuple, `n` up to 4 so PCG64's buffered half-word crosses calls; plus a few
 * error cases. Used by test/core/differential.test.ts.
 */
export function randomCases(rand: () => number, count: number): Case[] {
  const r = new Gen(rand);
  const out: Case[] = [];
  for (let i = 0; i < count; i++) {
    const make = r.pick(MAKERS);
    out.push({ engine: 'numpy-generator', seed: r.seed(), call: make(r), n: r.int(1, 4) });
  }
  return out;
}

/** Seeds for this engine; the rest of the call-text helpers are shared. */
class Gen extends CaseGen {
  seed(): string {
    switch (this.int(0, 6)) {
      case 0:
        return String(this.int(0, 1000));
      case 1:
        return String(this.big(32));
      case 2:
        return String(this.big(64));
      case 3:
        return String(this.big(this.int(65, 200)));
      case 4:
        return `[${Array.from({ length: this.int(1, 6) }, () => String(this.big(this.pick([8, 32, 40, 70])))).join(', ')}]`;
      case 5:
        return String(2n ** BigInt(this.int(32, 160)) + BigInt(this.int(-3, 3)));
      default:
        return String(this.big(this.int(1, 31)));
    }
  }
}

type Maker = (r: Gen) => string;

/** One generator of call text per method (some several times, to weight the tricky ones). */
const MAKERS: readonly Maker[] = [
  (r) => `random(${r.size().slice(2)})`,
  (r) => {
    const low = r.pick([0n, BigInt(r.int(-1000, 1000)), -r.big(40), -(2n ** 63n)]);
    const span = r.pick([BigInt(r.int(1, 10)), BigInt(r.int(1, 100000)), r.big(32) + 1n, 2n ** 32n - 1n, 2n ** 32n, r.big(48) + 1n, r.big(62) + 1n]);
    const endpoint = r.chance(0.3);
    let high = low + span - (endpoint ? 1n : 0n);
    if (high > 2n ** 63n - 1n) high = 2n ** 63n - 1n;
    return `integers(${low}, ${high}${r.size()}${endpoint ? ', endpoint=True' : ''})`;
  },
  (r) => `integers(${r.int(1, 50)}${r.size()})`,
  (r) => `integers(0, ${r.int(2, 20)}, size=${r.int(5, 9)})`,
  (r) => `uniform(${r.float(-10, 0)}, ${r.float(0, 100)}${r.size()})`,
  (r) => `standard_normal(${r.size().slice(2)})`,
  (r) => `standard_normal(size=${r.int(20, 60)})`,
  (r) => `normal(${r.float(-5, 5)}, ${r.float(0.01, 10, true)}${r.size()})`,
  (r) => `standard_exponential(${r.size().slice(2)})`,
  (r) => `standard_exponential(size=${r.int(20, 60)})`,
  (r) => `standard_exponential(${r.int(1, 5)}, method='inv')`,
  (r) => `exponential(${r.float(0.01, 10, true)}${r.size()})`,
  (r) => {
    const left = r.float(-10, 0);
    const right = r.float(1, 10);
    return `triangular(${left}, ${r.pick([left, right, r.float(0, 1)])}, ${right}${r.size()})`;
  },
  (r) => `choice(${r.int(1, 1000)}${r.size()})`,
  (r) => `choice(${r.pick(LISTS)}${r.size()})`,
  (r) => {
    const pop = r.pick([r.int(1, 50), r.int(50, 5000), r.int(10001, 30000)]);
    const size = r.int(0, Math.min(pop, r.chance(0.5) ? 30 : pop));
    return `choice(${pop}, ${size}, replace=False${r.chance(0.3) ? ', shuffle=False' : ''})`;
  },
  (r) => {
    const k = r.int(1, 8);
    return `choice(${k}, ${r.int(1, 10)}, p=${probs(r, k)})`;
  },
  (r) => {
    const k = r.int(2, 8);
    return `choice(${k}, ${r.int(1, k)}, replace=False, p=${probs(r, k)})`;
  },
  (r) => `shuffle(${r.pick(LISTS)})`,
  (r) => `shuffle([${Array.from({ length: r.int(0, 40) }, (_, i) => i).join(', ')}])`,
  (r) => `permutation(${r.int(0, 60)})`,
  (r) => `permutation(${r.pick(LISTS)})`,
  (r) => `permuted(${r.pick(MATRICES)}${r.pick(['', ', axis=0', ', axis=1', ', axis=-1'])})`,
  (r) => `poisson(${r.pick([r.float(0, 10), r.float(10, 1e6, true), '0.0'])}${r.size()})`,
  (r) => {
    const n = r.pick([r.int(0, 40), r.int(40, 1000), r.int(1000, 10 ** 7)]);
    return `binomial(${n}, ${r.pick([r.float(0, 1), r.float(0, 0.05), r.float(0.95, 1)])}${r.size()})`;
  },
  (r) => `negative_binomial(${r.float(0.1, 100, true)}, ${r.float(0.05, 1)}${r.size()})`,
  (r) => `geometric(${r.pick([r.float(0.001, 1 / 3, true), r.float(1 / 3, 1)])}${r.size()})`,
  (r) => {
    const good = r.pick([r.int(0, 20), r.int(0, 10000), r.int(0, 10 ** 8)]);
    const bad = r.pick([r.int(0, 20), r.int(0, 10000), r.int(0, 10 ** 8)]);
    return `hypergeometric(${good}, ${bad}, ${r.int(0, Math.min(good + bad, r.pick([30, 5000, 10 ** 9])))}${r.size()})`;
  },
  (r) => `logseries(${r.pick([r.float(0, 1), r.float(0.9, 0.9999)])}${r.size()})`,
  (r) => `zipf(${r.pick([r.float(1.01, 4), r.float(4, 40)])}${r.size()})`,
  (r) => `lognormal(${r.float(-2, 2)}, ${r.float(0.01, 3)}${r.size()})`,
  (r) => `standard_gamma(${r.pick([r.float(0.01, 1), r.float(1, 50, true), '1.0'])}${r.size()})`,
  (r) => `gamma(${r.float(0.05, 20, true)}, ${r.float(0.1, 10)}${r.size()})`,
  (r) => `beta(${r.pick([r.float(0.05, 1), r.float(1, 10)])}, ${r.pick([r.float(0.05, 1), r.float(1, 10)])}${r.size()})`,
  (r) => `chisquare(${r.float(0.1, 50, true)}${r.size()})`,
  (r) => `f(${r.float(0.5, 50, true)}, ${r.float(0.5, 50, true)}${r.size()})`,
  (r) => `standard_t(${r.float(0.2, 100, true)}${r.size()})`,
  (r) => `standard_cauchy(${r.size().slice(2)})`,
  (r) => `laplace(${r.float(-5, 5)}, ${r.float(0.1, 5)}${r.size()})`,
  (r) => `logistic(${r.float(-5, 5)}, ${r.float(0.1, 5)}${r.size()})`,
  (r) => `gumbel(${r.float(-5, 5)}, ${r.float(0.1, 5)}${r.size()})`,
  (r) => `weibull(${r.float(0.1, 10, true)}${r.size()})`,
  (r) => `pareto(${r.float(0.1, 10, true)}${r.size()})`,
  (r) => `power(${r.float(0.1, 10, true)}${r.size()})`,
  (r) => `rayleigh(${r.float(0.1, 10)}${r.size()})`,
  (r) => `vonmises(${r.float(-3, 3)}, ${r.pick([r.float(0.01, 50, true), r.float(1e-9, 1e-5, true), r.float(1e6, 1e8, true)])}${r.size()})`,
  (r) => `wald(${r.float(0.1, 10)}, ${r.float(0.1, 10)}${r.size()})`,
  (r) => `noncentral_chisquare(${r.pick([r.float(0.1, 1), r.float(1, 30)])}, ${r.pick([r.float(0.01, 20), '0.0'])}${r.size()})`,
  (r) => `noncentral_f(${r.float(0.2, 20)}, ${r.float(0.2, 20)}, ${r.float(0, 10)}${r.size()})`,
  (r) => `bytes(${r.pick([r.int(0, 40), r.int(-12, -1)])})`,
  (r) => {
    const k = r.int(1, 4);
    const vars = Array.from({ length: k }, () => r.float(0.01, 100, true));
    const cov = vars.map((v, i) => `[${vars.map((_, j) => (i === j ? v : '0')).join(', ')}]`).join(', ');
    return `multivariate_normal([${Array.from({ length: k }, () => r.float(-10, 10)).join(', ')}], [${cov}]${r.size()}${r.pick(['', ", method='svd'", ", method='eigh'", ", method='cholesky'"])})`;
  },
  (r) => {
    const dt = r.pick(['int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'bool', 'u1', 'i2']);
    const bounds: Record<string, [bigint, bigint]> = {
      int8: [-128n, 127n], u1: [0n, 255n], uint8: [0n, 255n], int16: [-32768n, 32767n], i2: [-32768n, 32767n], uint16: [0n, 65535n],
      int32: [-(2n ** 31n), 2n ** 31n - 1n], uint32: [0n, 2n ** 32n - 1n], int64: [-(2n ** 63n), 2n ** 63n - 1n], uint64: [0n, 2n ** 64n - 1n], bool: [0n, 1n],
    };
    const [lb, ub] = bounds[dt];
    const span = ub - lb;
    const low = lb + (r.chance(0.3) ? 0n : BigInt(Math.floor(r.rand() * Number(span) / 2)));
    const endpoint = r.chance(0.4);
    const hiMax = endpoint ? ub : ub + 1n;
    const high = r.chance(0.3) ? hiMax : low + 1n + BigInt(Math.floor(r.rand() * Number(hiMax - low - 1n)));
    return `integers(${low}, ${high > hiMax ? hiMax : high}${r.size()}, dtype='${dt}'${endpoint ? ', endpoint=True' : ''})`;
  },
  (r) => `random(${r.size().slice(2) || 'None'}, dtype='float32')`,
  (r) => `standard_normal(size=${r.int(0, 3)}, dtype='float32')`,
  (r) => {
    const k = r.int(1, 5);
    const w = Array.from({ length: k }, () => r.rand());
    const tot = w.reduce((x, y) => x + y, 0);
    const p = r.chance(0.7) ? `[${w.map((x) => reprFloat(x / tot)).join(', ')}]` : `[[${w.map((x) => reprFloat(x / tot)).join(', ')}], [${w.map(() => reprFloat(1 / k)).join(', ')}]]`;
    return `multinomial(${r.pick([r.int(0, 20), r.int(100, 100000)])}, ${p}${p.startsWith('[[') ? '' : r.size()})`;
  },
  (r) => {
    // array-valued n broadcast against pvals' rows (and a size that takes the broadcast shape, or clashes)
    const k = r.int(1, 4);
    const row = () => {
      const w = Array.from({ length: k }, () => r.rand());
      const tot = w.reduce((x, y) => x + y, 0);
      return `[${w.map((x) => reprFloat(x / tot)).join(', ')}]`;
    };
    const m = r.int(1, 3);
    const n = Array.from({ length: m }, () => r.int(0, 30));
    const nText = r.chance(0.5) ? `[${n.join(', ')}]` : `[${n.map((v) => `[${v}]`).join(', ')}]`;
    const p = r.chance(0.5) ? row() : `[${Array.from({ length: r.pick([1, m, r.int(1, 3)]) }, row).join(', ')}]`;
    const size = r.chance(0.6) ? '' : `, size=${r.pick([`(${r.int(1, 3)}, ${m})`, `${m}`, `(${m}, ${r.int(1, 3)})`])}`;
    return `multinomial(${nText}, ${p}${size})`;
  },
  (r) => `dirichlet([${Array.from({ length: r.int(1, 5) }, () => (r.chance(0.3) ? r.float(0.001, 0.099, true) : r.float(0.05, 20, true))).join(', ')}]${r.size()})`,
  (r) => {
    const colors = Array.from({ length: r.int(1, 5) }, () => r.int(0, 30));
    const total = colors.reduce((x, y) => x + y, 0);
    const method = r.pick(['', ", method='count'", ", method='marginals'"]);
    return `multivariate_hypergeometric([${colors.join(', ')}], ${r.int(0, total)}${r.size()}${method})`;
  },
  // error cases: NumPy's messages
  (r) => r.pick(['normal(0, -1)', 'integers(5, 1)', 'integers(0)', 'uniform(1, 0)', 'poisson(-1)', 'beta(0, 1)', 'logseries(1.0)', 'choice(3, 4, replace=False)', 'hypergeometric(5, 5, 20)', 'triangular(1, 0, 2)', 'negative_binomial(1e20, 0.5)', 'geometric(0)']),
];

const LISTS = [
  '[1, 2, 3, 4, 5]',
  "['red', 'green', 'blue']",
  '[1, 2.5, 3]',
  "[1, 'a', 2.5, True]",
  '[True, False]',
  '[[1, 2], [3, 4], [5, 6]]',
  '[10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]',
  '[9223372036854775808, 1]',
] as const;

const MATRICES = ['[[1, 2, 3], [4, 5, 6]]', '[[1, 2], [3, 4], [5, 6], [7, 8]]', "[['a', 'b', 'c', 'd']]", '[1, 2, 3, 4, 5]'] as const;

/** k probabilities (some zero) whose printed sum is within NumPy's 1.5e-8 tolerance of 1. */
function probs(r: Gen, k: number): string {
  const w = Array.from({ length: k }, (_, i) => (i > 0 && r.chance(0.15) ? 0 : r.rand() + 0.01));
  const s = w.reduce((a, b) => a + b, 0);
  return `[${w.map((v) => reprFloat(v / s)).join(', ')}]`;
}
