import type { Args, EngineName, ParamSpec } from '../callSpec';
import { PyError } from '../errors';
import { countOf, lengthOf } from '../callWork';
import type { PyObj } from '../types';
import {
  formatIsoClock,
  formatIsoDate,
  formatIsoDatetime,
  parseIsoDate,
  parseIsoDatetime,
  parseIsoTime,
  RESOLUTION_US,
  TIMESPECS,
  type Resolution,
} from './isoDates';
import type { RecipeDraws } from './recipeDraws';
import { hexOf } from './byteHex';

/**
 * The value recipes: test-data values (UUIDs, tokens, strings, dates, addresses) drawn from the
 * engine's own stream. They are not methods of `random` or NumPy: each is DEFINED by the short
 * Python function in its `python` field, which is what Copy Reproducing Code and `--code` print
 * (as `def random_<name>(…)`), and `run` is that function step for step on the engine's draws
 * ({@link RecipeDraws} names the library call behind each draw).
 */
export interface RecipeSpec {
  /** The name in calls and templates: `uuid4()`, `date('2020-01-01', '2024-12-31')`. */
  name: string;
  params: ParamSpec[];
  /** One line for the prompt; says what Python it stands for. */
  doc: string;
  /** A ready-to-run call the prompt prefills. */
  example: string;
  /** Argument checks (types, ranges, the bounds' ISO text) with a specific message; run before any draw. */
  check?(args: Args): void;
  /** The work of one value when it is more than one draw (as `CallSpec.work`; never throws). */
  work?(args: Args): number;
  /** The modules the definition uses (besides the engine's own `random` / `numpy`). */
  imports: readonly string[];
  /** The body of `def random_<name>(<signature>):` for an engine, one line per entry. */
  python(d: PythonDialect): string[];
  /** The Python signature inside `def random_<name>(…)`, e.g. `k, alphabet=string.ascii_letters`. */
  signature: string;
  /** One value, drawn as {@link python} draws it. */
  run(draws: RecipeDraws, args: Args): PyObj;
}

/** How an engine spells the draws in Python (the table in recipeDraws.ts). */
export interface PythonDialect {
  engine: EngineName;
  /** `random.randbytes(n)` / `np.random.bytes(n)` / `rng.bytes(n)`. */
  bytes(n: string): string;
  /** `random.randint(a, b)` / `int(np.random.randint(a, b + 1))` / `int(rng.integers(a, b + 1))`. */
  randint(a: string, b: string): string;
  /** `random.random()` / `np.random.random_sample()` / `rng.random()`. */
  random(): string;
}

const DIALECTS: Record<EngineName, PythonDialect> = {
  python: {
    engine: 'python',
    bytes: (n) => `random.randbytes(${n})`,
    randint: (a, b) => `random.randint(${a}, ${b})`,
    random: () => 'random.random()',
  },
  numpy: {
    engine: 'numpy',
    bytes: (n) => `np.random.bytes(${n})`,
    randint: (a, b) => `int(np.random.randint(${a}, ${b} + 1))`,
    random: () => 'np.random.random_sample()',
  },
  'numpy-generator': {
    engine: 'numpy-generator',
    bytes: (n) => `rng.bytes(${n})`,
    randint: (a, b) => `int(rng.integers(${a}, ${b} + 1))`,
    random: () => 'rng.random()',
  },
};

/** The Python spelling of the draws for an engine. */
export const pythonDialect = (engine: EngineName): PythonDialect => DIALECTS[engine];

/** The prefix of every recipe's function name in Python (`random_uuid4`): never a builtin or module. */
export const RECIPE_PREFIX = 'random_';

/** The most one recipe value draws (bytes, characters, bits / 8): values stay editor-sized. */
export const MAX_RECIPE_SIZE = 1_000_000;

function sizeArg(args: Args, name: string, fn: string, min = 0): number {
  const v = args[name] as bigint;
  if (v < BigInt(min)) throw new PyError('ValueError', `${fn}(): ${name} must be >= ${min}, not ${v}`);
  if (v > BigInt(MAX_RECIPE_SIZE)) throw new PyError('ValueError', `${fn}(): ${name} = ${v} is more than this tool draws for one value (at most ${MAX_RECIPE_SIZE})`);
  return Number(v);
}

function strArg(args: Args, name: string, fn: string, what: string): string {
  const v = args[name];
  if (typeof v !== 'string') throw new PyError('TypeError', `${fn}(): ${name} must be a str (${what}), not ${v === null ? 'None' : typeof v === 'bigint' ? 'int' : typeof v === 'number' ? 'float' : typeof v === 'boolean' ? 'bool' : 'a list'}`);
  return v;
}


/** `base64.urlsafe_b64encode(b).rstrip(b'=').decode('ascii')`. */
function urlsafeB64(b: Uint8Array): string {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i] << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    const chars = i + 2 < b.length ? 4 : i + 1 < b.length ? 3 : 2;
    for (let j = 0; j < chars; j++) out += abc[(n >>> (18 - 6 * j)) & 63];
  }
  return out;
}

/**
 * `str(uuid.UUID(int=x, version=4))` from x's 32 hex digits: `UUID.__init__` clears bits 62-63 and
 * 76-79 and sets bit 63 (variant 10, RFC 4122) and the version 4 at bits 76-79 — hex digit 12 is
 * `4`, digit 16 keeps its low two bits and gains 8.
 */
export function uuid4FromHex(h: string): string {
  const variant = HEX_DIGITS[(parseInt(h[16], 16) & 0x3) | 0x8];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
}
const HEX_DIGITS = '0123456789abcdef';

/** A function of a call's bound arguments computed once per arguments object (a template field draws many times). */
function perArgs<T>(f: (args: Args) => T): (args: Args) => T {
  const memo = new WeakMap<Args, T>();
  return (args) => {
    let v = memo.get(args);
    if (v === undefined) {
      v = f(args);
      memo.set(args, v);
    }
    return v;
  };
}

const daysArgs = perArgs((args: Args) => {
  const start = parseIsoDate('date(): start', strArg(args, 'start', 'date', "an ISO date such as '2020-01-31'"));
  const end = parseIsoDate('date(): end', strArg(args, 'end', 'date', "an ISO date such as '2024-12-31'"));
  if (end < start) throw new PyError('ValueError', `date(): end '${args.end as string}' is before start '${args.start as string}'`);
  return { start, end };
});

function resolutionArg(args: Args): Resolution {
  const r = args.resolution;
  if (typeof r !== 'string' || !(r in TIMESPECS)) {
    throw new PyError('ValueError', `datetime(): resolution must be one of 'm', 's', 'ms', 'us', not ${typeof r === 'string' ? `'${r}'` : String(r)}`);
  }
  return r as Resolution;
}

/** Start, span (steps) and step of a date-time or time range; start must be a whole step. */
function clockRange(fn: string, start: bigint, end: bigint, res: Resolution, args: Args) {
  const step = RESOLUTION_US[res];
  if (end < start) throw new PyError('ValueError', `${fn}(): end '${args.end as string}' is before start '${args.start as string}'`);
  if (start % step !== 0n) {
    throw new PyError('ValueError', `${fn}(): start '${args.start as string}' is not a whole ${TIMESPECS[res].slice(0, -1)} (resolution='${res}'): give it in whole ${TIMESPECS[res]}`);
  }
  return { start, steps: (end - start) / step, step };
}

const datetimeArgs = perArgs((args: Args) => {
  const res = resolutionArg(args);
  const start = parseIsoDatetime('datetime(): start', strArg(args, 'start', 'datetime', "an ISO date-time such as '2020-01-31T08:30:00'"));
  const end = parseIsoDatetime('datetime(): end', strArg(args, 'end', 'datetime', "an ISO date-time such as '2024-12-31T18:00:00'"));
  return { res, ...clockRange('datetime', start, end, res, args) };
});

const timeArgs = perArgs((args: Args) => {
  const start = parseIsoTime('time(): start', strArg(args, 'start', 'time', "an ISO time such as '08:30:00'"));
  const end = parseIsoTime('time(): end', strArg(args, 'end', 'time', "an ISO time such as '17:00:00'"));
  return clockRange('time', start, end, 's', args);
});

const alphabetArg = perArgs((args: Args): string[] => {
  const chars = Array.from(strArg(args, 'alphabet', 'string', "the characters to draw from, e.g. 'abc'")); // code points, as Python's len()
  if (chars.length === 0) throw new PyError('IndexError', 'string(): alphabet is empty (Cannot choose from an empty sequence)');
  return chars;
});

const SIZE = (name: string, dflt?: bigint): ParamSpec => (dflt === undefined ? { name, type: 'int' } : { name, type: 'int', default: dflt });
const STR = (name: string, dflt?: string): ParamSpec => (dflt === undefined ? { name, type: 'any' } : { name, type: 'any', default: dflt });

/** The recipe table: every fact about a recipe (signature, doc, Python definition, draws) lives here. */
export const RECIPES: readonly RecipeSpec[] = [
  {
    name: 'uuid4',
    params: [],
    doc: 'A version-4 UUID from 128 drawn bits: str(uuid.UUID(int=random.getrandbits(128), version=4)); NumPy engines: uuid.UUID(bytes=rng.bytes(16), version=4)',
    example: 'uuid4()',
    imports: ['uuid'],
    signature: '',
    python: (d) => [d.engine === 'python' ? 'return str(uuid.UUID(int=random.getrandbits(128), version=4))' : `return str(uuid.UUID(bytes=${d.bytes('16')}, version=4))`],
    run: (r) => uuid4FromHex(r.bitsHex(128)),
  },
  {
    name: 'token_hex',
    params: [SIZE('n', 16n)],
    doc: "n drawn bytes as 2n hex digits: randbytes(n).hex() — a seeded secrets.token_hex (secrets itself cannot be seeded)",
    example: 'token_hex(16)',
    imports: [],
    signature: 'n=16',
    check: (a) => void sizeArg(a, 'n', 'token_hex'),
    work: (a) => countOf(a.n),
    python: (d) => [`return ${d.bytes('n')}.hex()`],
    run: (r, a) => hexOf(r.bytes(Number(a.n))),
  },
  {
    name: 'token_urlsafe',
    params: [SIZE('n', 16n)],
    doc: "n drawn bytes in URL-safe Base64 without padding — a seeded secrets.token_urlsafe (secrets itself cannot be seeded)",
    example: 'token_urlsafe(16)',
    imports: ['base64'],
    signature: 'n=16',
    check: (a) => void sizeArg(a, 'n', 'token_urlsafe'),
    work: (a) => countOf(a.n),
    python: (d) => [`return base64.urlsafe_b64encode(${d.bytes('n')}).rstrip(b'=').decode('ascii')`],
    run: (r, a) => urlsafeB64(r.bytes(Number(a.n))),
  },
  {
    name: 'string',
    params: [SIZE('k'), STR('alphabet', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')],
    doc: "k characters drawn with replacement: ''.join(random.choices(alphabet, k=k)); NumPy engines index alphabet with randint(len(alphabet), size=k)",
    example: 'string(8)',
    imports: ['string'],
    signature: 'k, alphabet=string.ascii_letters',
    work: (a) => countOf(a.k) + lengthOf(a.alphabet),
    check: (a) => {
      sizeArg(a, 'k', 'string');
      alphabetArg(a);
    },
    python: (d) =>
      d.engine === 'python'
        ? ["return ''.join(random.choices(alphabet, k=k))"]
        : [`return ''.join([alphabet[i] for i in ${d.engine === 'numpy' ? 'np.random.randint' : 'rng.integers'}(len(alphabet), size=k)])`],
    run: (r, a) => {
      const chars = alphabetArg(a);
      return r.indices(chars.length, Number(a.k)).map((i) => chars[i]).join('');
    },
  },
  {
    name: 'date',
    params: [STR('start'), STR('end')],
    doc: 'A date uniform over the whole days from start to end (both included, ISO YYYY-MM-DD), printed ISO-8601: start + timedelta(days=randint(0, days))',
    example: "date('2020-01-01', '2024-12-31')",
    imports: ['datetime'],
    signature: 'start, end',
    check: (a) => void daysArgs(a),
    python: (d) => [
      'start, end = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)',
      `return (start + datetime.timedelta(days=${d.randint('0', '(end - start).days')})).isoformat()`,
    ],
    run: (r, a) => {
      const { start, end } = daysArgs(a);
      return formatIsoDate(start + Number(r.randint(0n, BigInt(end - start))));
    },
  },
  {
    name: 'datetime',
    params: [STR('start'), STR('end'), STR('resolution', 's')],
    doc: "A date-time uniform over the whole steps (resolution 'm', 's', 'ms' or 'us') from start to end, both included, printed isoformat(timespec=…)",
    example: "datetime('2024-01-01T00:00:00', '2024-12-31T23:59:59')",
    imports: ['datetime'],
    signature: "start, end, resolution='s'",
    check: (a) => void datetimeArgs(a),
    python: (d) => [
      "unit = {'m': 'minutes', 's': 'seconds', 'ms': 'milliseconds', 'us': 'microseconds'}[resolution]",
      'start, end = datetime.datetime.fromisoformat(start), datetime.datetime.fromisoformat(end)',
      'step = datetime.timedelta(**{unit: 1})',
      `return (start + ${d.randint('0', '(end - start) // step')} * step).isoformat(timespec=unit)`,
    ],
    run: (r, a) => {
      const { res, start, steps, step } = datetimeArgs(a);
      return formatIsoDatetime(start + r.randint(0n, steps) * step, res);
    },
  },
  {
    name: 'time',
    params: [STR('start', '00:00:00'), STR('end', '23:59:59')],
    doc: 'A time of day uniform over the whole seconds from start to end (both included), printed HH:MM:SS',
    example: 'time()',
    imports: ['datetime'],
    signature: "start='00:00:00', end='23:59:59'",
    check: (a) => void timeArgs(a),
    python: (d) => [
      'day = datetime.date.min',
      'start = datetime.datetime.combine(day, datetime.time.fromisoformat(start))',
      'end = datetime.datetime.combine(day, datetime.time.fromisoformat(end))',
      'step = datetime.timedelta(seconds=1)',
      `return (start + ${d.randint('0', '(end - start) // step')} * step).time().isoformat()`,
    ],
    run: (r, a) => {
      const { start, steps, step } = timeArgs(a);
      return formatIsoClock(start + r.randint(0n, steps) * step, 's');
    },
  },
  {
    name: 'bool',
    params: [{ name: 'p', type: 'float', default: 0.5, constraint: 'bounded_0_1' }],
    doc: 'True with probability p: random() < p',
    example: 'bool(0.5)',
    imports: [],
    signature: 'p=0.5',
    python: (d) => [d.engine === 'python' ? 'return random.random() < p' : `return bool(${d.random()} < p)`],
    run: (r, a) => r.random() < (a.p as number),
  },
  {
    name: 'hex',
    params: [SIZE('bits', 32n)],
    doc: "bits drawn bits as (bits + 3) // 4 hex digits: format(random.getrandbits(bits), '0{n}x'); NumPy engines take the leading bits of rng.bytes((bits + 7) // 8)",
    example: 'hex(32)',
    imports: [],
    signature: 'bits=32',
    check: (a) => void sizeArg(a, 'bits', 'hex', 1),
    work: (a) => countOf(a.bits) / 4,
    python: (d) => [
      d.engine === 'python'
        ? "return format(random.getrandbits(bits), f'0{(bits + 3) // 4}x')"
        : `return format(int.from_bytes(${d.bytes('(bits + 7) // 8')}, 'big') >> (-bits % 8), f'0{(bits + 3) // 4}x')`,
    ],
    run: (r, a) => {
      return r.bitsHex(Number(a.bits));
    },
  },
  {
    name: 'ipv4',
    params: [],
    doc: 'An IPv4 address from 32 drawn bits: str(ipaddress.IPv4Address(random.getrandbits(32))); NumPy engines: IPv4Address(rng.bytes(4))',
    example: 'ipv4()',
    imports: ['ipaddress'],
    signature: '',
    python: (d) => [d.engine === 'python' ? 'return str(ipaddress.IPv4Address(random.getrandbits(32)))' : `return str(ipaddress.IPv4Address(${d.bytes('4')}))`],
    run: (r) => {
      const h = r.bitsHex(32);
      return [0, 2, 4, 6].map((i) => parseInt(h.slice(i, i + 2), 16)).join('.');
    },
  },
  {
    name: 'mac',
    params: [],
    doc: "A MAC address from 6 drawn bytes: randbytes(6).hex(':')",
    example: 'mac()',
    imports: [],
    signature: '',
    python: (d) => [`return ${d.bytes('6')}.hex(':')`],
    run: (r) => hexOf(r.bytes(6), ':'),
  },
];

/** A recipe by its call name, or undefined. */
export function findRecipe(name: string): RecipeSpec | undefined {
  return RECIPES.find((r) => r.name === name);
}
