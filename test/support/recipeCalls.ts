import { daysFromCivil, formatIsoDate } from '../../src/core/recipes/isoDates';

const pyStr = (s: string) => `'${s}'`;

/** A random call of each recipe, with arguments anywhere in their valid ranges (edges included). */
export function randomRecipeCalls(rand: () => number): Record<string, () => string> {
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const randomDate = () => formatIsoDate(int(0, 3_652_058)); // 0001-01-01 .. 9999-12-31
  return {
  uuid4: () => 'uuid4()',
  token_hex: () => pick(['token_hex()', `token_hex(${int(0, 40)})`, `token_hex(n=${int(0, 5)})`]),
  token_urlsafe: () => pick(['token_urlsafe()', `token_urlsafe(${int(0, 40)})`]),
  string: () => pick([`string(${int(0, 30)})`, `string(${int(0, 12)}, 'ab')`, `string(${int(1, 9)}, alphabet='xyzé€😀')`, `string(3, '${'a'.repeat(int(1, 3))}')`]),
  date: () => {
    const a = randomDate();
    const b = pick([a, randomDate(), formatIsoDate(Math.min(3_652_058, daysFromIso(a) + int(0, 40)))]);
    const [s, e] = a <= b ? [a, b] : [b, a];
    return `date(${pyStr(s)}, ${pyStr(e)})`;
  },
  datetime: () => {
    const res = pick(['m', 's', 'ms', 'us']);
    const s = `${randomDate()}T${pick(['00:00', '12:34', '23:59'])}${res === 'm' ? '' : ':' + String(int(0, 59)).padStart(2, '0')}${res === 'ms' ? '.250' : res === 'us' ? '.000123' : ''}`;
    const e = `${pick([s.slice(0, 10), randomDate()])}T23:59:59`;
    const [a, b] = s <= e ? [s, e] : [e.slice(0, 10), s];
    return pick([`datetime(${pyStr(a)}, ${pyStr(b)}, '${res}')`, `datetime(${pyStr(a)}, ${pyStr(b)}, resolution='${res}')`]).replace(`, '${res}'`, res === 's' && rand() < 0.5 ? '' : `, '${res}'`);
  },
  time: () => pick(['time()', "time('08:00', '17:30:00')", "time('23:59:59', '23:59:59')", `time(end='0${int(0, 9)}:00')`]),
  bool: () => pick(['bool()', 'bool(0.0)', 'bool(1)', `bool(${rand()})`, `bool(p=${rand()})`]),
  hex: () => pick(['hex()', `hex(${int(1, 200)})`, `hex(bits=${int(1, 9)})`]),
  ipv4: () => 'ipv4()',
  mac: () => 'mac()',
  };
}

function daysFromIso(s: string): number {
  return daysFromCivil(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
}

