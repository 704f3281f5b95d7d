import * as assert from 'assert';
import * as os from 'os';
import { runCli } from '../../src/cli/runCli';
import type { EngineName } from '../../src/core/callSpec';
import { ENGINE_NAMES } from '../../src/core/engines';
import { PyError } from '../../src/core/errors';
import { civilFromDays, daysFromCivil } from '../../src/core/recipes/isoDates';
import { RECIPES } from '../../src/core/recipes/recipeTable';
import { runCall, runCallFormatted } from '../../src/core/run';
import { referenceAvailable, runPythonJson } from '../support/python';
import { runPythonScripts } from '../support/pythonScripts';
import { randomRecipeCalls } from '../support/recipeCalls';
import { mulberry32, RUN_SEED } from '../support/seededRand';

const rand = mulberry32(RUN_SEED);
const RANDOM_CALLS = randomRecipeCalls(rand);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, os.tmpdir(), (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

const freshSeed = (engine: EngineName) => (engine === 'python' && rand() < 0.2 ? pick(['hello', "'x'", '-3']) : String(Math.floor(rand() * 2 ** 32)));

suite(`value recipes (run seed ${RUN_SEED})`, () => {
  test('every recipe has a random-call generator here, and an example that runs in every engine', () => {
    assert.deepStrictEqual(RECIPES.map((r) => r.name).sort(), Object.keys(RANDOM_CALLS).sort());
    for (const engine of ENGINE_NAMES) for (const r of RECIPES) assert.strictEqual(runCall(engine, '1', r.example).length, 1, `${engine} ${r.example}`);
  });

  test('days from 0001-01-01 round-trip through the civil calendar (every 97th day of years 1..9999, and every year end)', () => {
    for (let n = 0; n <= 3_652_058; n += 97) {
      const { y, m, d } = civilFromDays(n);
      assert.strictEqual(daysFromCivil(y, m, d), n);
    }
    for (let y = 1; y <= 9999; y++) {
      assert.deepStrictEqual(civilFromDays(daysFromCivil(y, 12, 31)), { y, m: 12, d: 31 });
      assert.deepStrictEqual(civilFromDays(daysFromCivil(y, 12, 31) + 1), y < 9999 ? { y: y + 1, m: 1, d: 1 } : { y: 10000, m: 1, d: 1 });
    }
  });

  test('dates, date-times and times stay inside their bounds and hit both ends (every engine)', () => {
    const cases: [string, string, string][] = [
      ["date('2024-02-27', '2024-03-01')", '2024-02-27', '2024-03-01'],
      ["datetime('1999-12-31T23:59:58', '2000-01-01T00:00:01')", '1999-12-31T23:59:58', '2000-01-01T00:00:01'],
      ["datetime('2020-01-01T00:00', '2020-01-01T00:03', 'm')", '2020-01-01T00:00', '2020-01-01T00:03'],
      ["datetime('2020-01-01T00:00:00.998', '2020-01-01T00:00:01.001', resolution='ms')", '2020-01-01T00:00:00.998', '2020-01-01T00:00:01.001'],
      ["time('23:59:57', '23:59:59')", '23:59:57', '23:59:59'],
    ];
    for (const engine of ENGINE_NAMES) {
      for (const [call, lo, hi] of cases) {
        const values = runCallFormatted(engine, String(Math.floor(rand() * 2 ** 32)), call, 400);
        for (const v of values) assert.ok(v >= lo && v <= hi && v.length === lo.length, `${engine} ${call}: ${v}`);
        assert.ok(values.includes(lo) && values.includes(hi), `${engine} ${call}: both ends in 400 draws`);
      }
    }
  });

  test('bad arguments: a specific error, before any draw', () => {
    const bad: [string, RegExp][] = [
      ["date('2021-01-01', '2020-12-31')", /ValueError: date\(\): end '2020-12-31' is before start '2021-01-01'/],
      ["date('2021-02-30', '2021-03-01')", /day is out of range for month/],
      ["date('2021/01/01', '2021-03-01')", /expected an ISO date 'YYYY-MM-DD'/],
      ["datetime('2021-01-01T00:00:00+01:00', '2021-03-01')", /time zones are not supported by this tool/],
      ["datetime('2021-01-01T00:00:30', '2021-03-01', 'm')", /not a whole minute/],
      ["datetime('2021-01-01', '2021-03-01', 'h')", /resolution must be one of/],
      ["time('25:00')", /hour must be in 0..23/],
      ['string(-1)', /k must be >= 0/],
      ["string(3, '')", /IndexError: string\(\): alphabet is empty/],
      ['string(5, 3)', /TypeError: string\(\): alphabet must be a str/],
      ['token_hex(2000000)', /more than this tool draws for one value/],
      ['hex(0)', /bits must be >= 1/],
      ['bool(1.5)', /p < 0, p > 1 or p is NaN/],
      ['uuid4(1)', /takes exactly 0 positional arguments/],
      ['date(1, 2)', /TypeError: date\(\): start must be a str/],
    ];
    for (const engine of ENGINE_NAMES) {
      for (const [call, re] of bad) {
        assert.throws(() => runCall(engine, '1', call), (e: unknown) => e instanceof PyError && re.test(e.toString()), `${engine} ${call}`);
      }
    }
  });

  for (const engine of ENGINE_NAMES) {
    test(`${engine}: every recipe with random arguments — the copied Python prints what the CLI prints (live)`, function () {
      if (!referenceAvailable(engine !== 'python')) this.skip();
      const runs: { args: string[]; out: string; code: string }[] = [];
      for (const r of RECIPES) {
        for (let i = 0; i < 6; i++) {
          const args = ['--engine', engine, '--seed', freshSeed(engine), '-n', String(i === 0 ? 3 : pick([1, 2, 5])), i === 0 && r.name.startsWith('token') ? `${r.name}(0)` : RANDOM_CALLS[r.name]()]; // n=0 still draws a word in NumPy
          const values = cli(args);
          assert.strictEqual(values.code, 0, `${args.join(' ')}: ${values.err}`);
          runs.push({ args, out: values.out, code: cli(['--code', ...args]).out });
        }
      }
      const py = runPythonScripts(runs.map((r) => r.code));
      runs.forEach((r, i) => assert.deepStrictEqual(py[i], { stdout: r.out }, `${r.args.join(' ')}\n${r.code}`));
    });
  }

  test('UUIDs are version 4, variant RFC 4122, to Python (live)', function () {
    if (!referenceAvailable(false)) this.skip();
    const uuids = ENGINE_NAMES.flatMap((e) => runCallFormatted(e, String(Math.floor(rand() * 2 ** 32)), 'uuid4()', 200));
    const check = runPythonJson<boolean[]>(
      'import json, sys, uuid\nprint(json.dumps([uuid.UUID(s).version == 4 and uuid.UUID(s).variant == uuid.RFC_4122 and str(uuid.UUID(s)) == s for s in json.load(sys.stdin)]))',
      uuids,
    );
    assert.strictEqual(check.filter(Boolean).length, uuids.length);
  });
});
