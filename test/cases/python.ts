import type { Case } from '../support/case';

/**
 * Fresh random cases for the live differential test of the `python` engine (CPython 3.11
 * `random.seed(s)` then `random.<call>`): random seeds (ints of every size and sign, str seeds
 * with non-ASCII text) and valid random parameters for every method, plus some error cases.
 * `binomialvariate` is CPython 3.12+ only: see {@link randomBinomialCases}.
 */
export function randomCases(rand: () => number, count: number): Case[] {
  const g = new Gen(rand);
  const out: Case[] = [];
  for (let i = 0; i < count; i++) {
    const [call, n] = g.pick(CALLS)(g);
    out.push({ engine: 'python', seed: g.seed(), call, n });
  }
  return out;
}

/** Cases for `binomialvariate`, to be evaluated by a CPython 3.12+ (3.11 has no such method). */
export function randomBinomialCases(rand: () => number, count: number): Case[] {
  const g = new Gen(rand);
  const out: Case[] = [];
  for (let i = 0; i < count; i++) out.push({ engine: 'python', seed: g.seed(), call: binomial(g), n: g.int(1, 4) });
  return out;
}

/** Small helpers over a uniform [0, 1) source, producing Python literal text. */
class Gen {
  constructor(readonly r: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)];
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  /** A decimal int literal with up to `digits` digits. */
  bigInt(digits: number, signed = false): string {
    const len = this.int(1, digits);
    let s = String(this.int(1, 9));
    for (let i = 1; i < len; i++) s += String(this.int(0, 9));
    return signed && this.chance(0.5) ? '-' + s : s;
  }
  /** A float literal (JavaScript's shortest repr is valid Python) in [lo, hi). */
  float(lo: number, hi: number): string {
    const x = lo + (hi - lo) * this.r();
    return String(this.chance(0.3) ? Math.round(x * 100) / 100 : x);
  }
  /** A number literal: an int or a float, in [lo, hi). */
  num(lo: number, hi: number): string {
    return this.chance(0.3) ? String(Math.floor(lo + (hi - lo) * this.r())) : this.float(lo, hi);
  }
  seed(): string {
    switch (this.int(0, 5)) {
      case 0:
        return String(this.int(0, 1000));
      case 1:
        return String(this.int(0, 2 ** 32 - 1));
      case 2:
        return this.bigInt(45, true);
      case 3:
        return `'${this.text()}'`;
      case 4:
        return this.text() || 'x';
      default:
        return String(-this.int(1, 2 ** 40));
    }
  }
  /** Text for str seeds and populations: ASCII, accents, CJK, astral symbols; no quotes or backslashes. */
  text(): string {
    const pool = ['a', 'b', 'Z', '0', '7', ' ', '-', 'é', 'ß', 'Ω', '中', '文', '🎲', '🙂', '𝔘'];
    let s = '';
    for (let i = this.int(0, 8); i > 0; i--) s += this.pick(pool);
    return s.trim();
  }
  /** A list literal of n mixed items. */
  population(n: number): string {
    const items: string[] = [];
    for (let i = 0; i < n; i++) {
      const kind = this.int(0, 3);
      items.push(kind === 0 ? `'${this.text()}'` : kind === 1 ? this.float(-5, 5) : String(this.int(-100, 100)));
    }
    return `[${items.join(', ')}]`;
  }
  weights(n: number): string {
    const ws: string[] = [];
    for (let i = 0; i < n; i++) ws.push(this.chance(0.5) ? String(this.int(0, 20)) : this.float(0, 5));
    if (!ws.some((w) => Number(w) > 0)) ws[0] = '1';
    return `[${ws.join(', ')}]`;
  }
}

type CaseGen = (g: Gen) => [string, number];

function binomial(g: Gen): string {
  const n = g.pick(['1', String(g.int(0, 20)), String(g.int(20, 2000)), g.bigInt(12), g.bigInt(25), `${g.int(0, 200)}.${g.int(0, 9)}`]);
  const p = g.pick([g.float(0, 1), g.float(0, 0.05), g.float(0.95, 1), '0.5', String(g.r() * 1e-12)]);
  return g.chance(0.1) ? 'binomialvariate()' : `binomialvariate(${n}, ${p})`;
}

const CALLS: readonly CaseGen[] = [
  (g) => ['random()', g.int(1, 6)],
  (g) => [`uniform(${g.num(-1e3, 1e3)}, ${g.num(-1e3, 1e3)})`, g.int(1, 4)],
  (g) => {
    const a = g.int(-1000, 1000);
    return [`randint(${a}, ${a + g.int(0, 1000)})`, g.int(1, 6)];
  },
  (g) => {
    const a = g.bigInt(30, true);
    return [`randint(${a}, ${BigInt(a) + BigInt(g.bigInt(30))})`, g.int(1, 3)];
  },
  (g) => [`randrange(${g.bigInt(g.pick([3, 10, 16, 20, 40]))})`, g.int(1, 4)],
  (g) => {
    const start = g.int(-500, 500);
    const step = g.pick([1, 2, 3, 7, -1, -4]);
    const stop = start + step * g.int(1, 300);
    return [`randrange(${start}, ${stop}, ${step})`, g.int(1, 4)];
  },
  (g) => [`getrandbits(${g.pick([g.int(0, 32), g.int(33, 64), g.int(65, 300)])})`, g.int(1, 3)],
  (g) => [`choice(${g.population(g.int(1, 12))})`, g.int(1, 4)],
  (g) => [`choice('${g.text() || 'abc'}')`, g.int(1, 3)],
  (g) => [`choices(${g.population(g.int(1, 10))}, k=${g.int(0, 12)})`, g.int(1, 2)],
  (g) => {
    const n = g.int(1, 8);
    return [`choices(${g.population(n)}, ${g.weights(n)}, k=${g.int(1, 12)})`, g.int(1, 2)];
  },
  (g) => {
    const n = g.int(1, 8);
    let acc = 0;
    const cum: string[] = [];
    for (let i = 0; i < n; i++) cum.push(String((acc += g.int(0, 9) + (g.chance(0.5) ? 0.5 : 0))));
    if (acc === 0) cum[n - 1] = '1';
    return [`choices(${g.population(n)}, cum_weights=[${cum.join(', ')}], k=${g.int(1, 10)})`, 1];
  },
  (g) => {
    const n = g.int(0, 40);
    return [`sample(${g.population(n)}, ${g.int(0, n)})`, g.int(1, 2)];
  },
  (g) => {
    const n = g.int(1, 5);
    const counts = Array.from({ length: n }, () => (g.chance(0.2) ? g.bigInt(15) : String(g.int(0, 30))));
    counts[0] = String(g.int(1, 30));
    return [`sample(${g.population(n)}, counts=[${counts.join(', ')}], k=${g.int(0, 10)})`, 1];
  },
  (g) => [`shuffle(${g.population(g.int(0, 15))})`, g.int(1, 2)],
  (g) => [g.chance(0.2) ? 'gauss()' : `gauss(${g.num(-50, 50)}, ${g.num(0, 20)})`, g.int(1, 7)],
  (g) => [g.chance(0.2) ? 'normalvariate()' : `normalvariate(${g.num(-50, 50)}, ${g.num(0, 20)})`, g.int(1, 5)],
  (g) => [`lognormvariate(${g.num(-3, 3)}, ${g.num(0, 2)})`, g.int(1, 4)],
  (g) => [`expovariate(${g.chance(0.2) ? '-' : ''}${g.num(0.01, 20)})`, g.int(1, 4)],
  (g) => [`vonmisesvariate(${g.num(-10, 10)}, ${g.pick([g.num(0, 1), g.num(0, 50), '1e-07', '0'])})`, g.int(1, 4)],
  (g) => [`gammavariate(${g.pick([g.float(0.01, 1), '1', g.num(1, 30)])}, ${g.num(0.1, 10)})`, g.int(1, 4)],
  (g) => [`betavariate(${g.float(0.05, 10)}, ${g.float(0.05, 10)})`, g.int(1, 4)],
  (g) => [`paretovariate(${g.float(0.1, 10)})`, g.int(1, 4)],
  (g) => [`weibullvariate(${g.float(0.1, 10)}, ${g.float(0.1, 10)})`, g.int(1, 4)],
  (g) => {
    const lo = g.num(-100, 100);
    const hi = g.num(-100, 100);
    return [g.chance(0.2) ? 'triangular()' : g.chance(0.3) ? `triangular(${lo}, ${hi})` : `triangular(${lo}, ${hi}, ${g.num(-100, 100)})`, g.int(1, 4)];
  },
  (g) => [`randbytes(${g.int(0, 40)})`, g.int(1, 4)],
  // errors, worded as CPython 3.11's
  (g) => [
    g.pick([
      `randrange(${-g.int(0, 100)})`,
      `randint(${g.int(10, 20)}, ${g.int(0, 9)})`,
      `randrange(${g.int(0, 9)}.5)`,
      'choice([])',
      `sample([1, 2, 3], ${g.int(4, 10)})`,
      `gammavariate(${-g.int(0, 5)}, 1)`,
      'expovariate(0)',
      `getrandbits(${-g.int(1, 5)})`,
      'choices([1, 2], [1])',
      `choices([1, 2], ${g.int(1, 9)})`,
      'randrange(1, 10, 0)',
    ]),
    1,
  ],
];
