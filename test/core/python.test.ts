import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PyError } from '../../src/core/errors';
import { PythonRandom } from '../../src/core/python/PythonRandom';
import { pythonEngine } from '../../src/core/python';
import { runCall } from '../../src/core/run';
import type { Json, PyObj } from '../../src/core/types';
import { randomBinomialCases } from '../cases/python';
import type { Case } from '../support/case';
import { assertTally, checkCase, describe as summary, newTally } from '../support/check';
import { referenceAvailable } from '../support/python';
import { runPythonJson } from '../support/python';
import { mulberry32, RUN_SEED } from '../support/seededRand';

/*
 * What the pinned fixtures and the live differential test do not show for the `python` engine:
 * state snapshots with a pending gauss_next, the seeding keys themselves (compared with
 * `random.getstate()` of the live interpreter), and binomialvariate against a CPython 3.12+.
 * No expected value is typed here: each comes from this engine itself (round trips) or from
 * live Python; live checks skip themselves when no interpreter is found.
 */

const ROOT = path.resolve(__dirname, '../../..');




suite(`python engine (SEEDED_RANDOM_TEST_SEED=${RUN_SEED})`, () => {
  suite('state snapshots', () => {
    const draws = (r: PythonRandom): PyObj[] => {
      const out: PyObj[] = [];
      for (let i = 0; i < 7; i++) {
        out.push(...pythonEngine.calls.find((c) => c.name === 'gauss')!.run(r, { mu: 0.0, sigma: 1.0 }));
        out.push(r.random(), r.getrandbits(70), r.randbelow(10n ** 25n));
      }
      return out;
    };

    test('a snapshot taken with gauss_next pending restores the cached deviate and the stream', () => {
      const a = pythonEngine.create('snapshot');
      pythonEngine.calls.find((c) => c.name === 'gauss')!.run(a, { mu: 0.0, sigma: 1.0 });
      assert.notStrictEqual(a.gaussNext, null, 'one gauss() call leaves the second deviate cached');
      const snap = JSON.parse(JSON.stringify(a.getState())) as Json; // as stored in workspace state
      const expected = draws(a);
      const b = pythonEngine.create(12345n);
      b.setState(snap);
      assert.deepStrictEqual(draws(b), expected);
    });

    test('without the cached deviate the first gauss() after a restore differs', () => {
      const a = pythonEngine.create(7n);
      const gauss = pythonEngine.calls.find((c) => c.name === 'gauss')!;
      gauss.run(a, { mu: 0.0, sigma: 1.0 });
      const snap = a.getState() as { gaussNext: number | null };
      const next = gauss.run(a, { mu: 0.0, sigma: 1.0 })[0];
      const b = pythonEngine.create(0n);
      b.setState({ ...snap, gaussNext: null } as Json);
      assert.notStrictEqual(gauss.run(b, { mu: 0.0, sigma: 1.0 })[0], next, 'gauss_next is part of the state');
    });

    test('setState rejects a malformed snapshot', () => {
      const r = pythonEngine.create(1n);
      assert.throws(() => r.setState({ mt: null, gaussNext: 'x' }));
    });
  });

  suite('seeding against live random.getstate()', function () {
    this.timeout(60_000);
    const STATE_OF =
      'import json, random, sys\n' +
      'out = []\n' +
      'for s in json.load(sys.stdin):\n' +
      '    r = random.Random()\n' +
      '    r.seed(s)\n' +
      '    v, st, g = r.getstate()\n' +
      '    out.append(list(st))\n' +
      'json.dump(out, sys.stdout)\n';

    function compareSeeds(seeds: PyObj[], pySeeds: unknown[]): void {
      const states = runPythonJson(STATE_OF, pySeeds) as number[][];
      seeds.forEach((s, i) => {
        const r = pythonEngine.create(s);
        assert.deepStrictEqual([...Array.from(r.mt.mt), r.mt.pos], states[i], `seed ${String(s)}`);
      });
    }

    test('str seeds: UTF-8 + SHA-512 key (ASCII, accents, emoji, empty, fresh random text)', function () {
      if (!referenceAvailable(false)) this.skip();
      const rand = mulberry32(RUN_SEED);
      const alphabet = ['a', 'Z', ' ', '0', 'é', 'ß', '中', '🎲', '𝔘', '\n', '\u0000'];
      const seeds: string[] = ['', 'abc', 'héllo', '🎲'];
      for (let i = 0; i < 20; i++) {
        let s = '';
        for (let j = Math.floor(rand() * 40); j > 0; j--) s += alphabet[Math.floor(rand() * alphabet.length)];
        seeds.push(s);
      }
      compareSeeds(seeds, seeds);
    });

    test('int seeds of any size and sign (abs taken), bools, and floats (hashed)', function () {
      if (!referenceAvailable(false)) this.skip();
      const rand = mulberry32(RUN_SEED ^ 0x5eed);
      const ints: bigint[] = [0n, 1n, 2n ** 32n - 1n, 2n ** 32n, -(2n ** 70n), 10n ** 40n];
      for (let i = 0; i < 10; i++) ints.push(BigInt(Math.floor(rand() * 2 ** 52)) ** BigInt(1 + Math.floor(rand() * 6)) * (rand() < 0.5 ? -1n : 1n));
      const floats = [0.5, -2.5, 2.0, -1.0, 1e300, -1e-300, 5e-324, 123456.789, rand() * 1e6, -rand()];
      // JSON would carry bigints inexactly and 2.0 as an int: send both as text, typed.
      const pySeeds = [...ints.map((n) => ({ int: n.toString() })), true, false, ...floats.map((x) => ({ float: String(x) }))];
      const code = STATE_OF.replace(
        'for s in json.load(sys.stdin):',
        "for s in json.load(sys.stdin):\n    s = (int(s['int']) if 'int' in s else float(s['float'])) if isinstance(s, dict) else s",
      );
      const states = runPythonJson(code, pySeeds) as number[][];
      const seeds: PyObj[] = [...ints, true, false, ...floats];
      seeds.forEach((s, i) => {
        const r = pythonEngine.create(s);
        assert.deepStrictEqual([...Array.from(r.mt.mt), r.mt.pos], states[i], `seed ${String(s)}`);
      });
    });

    test('seeds Python refuses, and a lone surrogate in a str seed', () => {
      assert.throws(() => runCall('python', '[1, 2]', 'random()'), (e: unknown) => e instanceof PyError && e.type === 'TypeError');
      assert.throws(() => pythonEngine.create('a\ud800'), (e: unknown) => e instanceof PyError && e.type === 'UnicodeEncodeError');
      assert.throws(() => pythonEngine.create(null), (e: unknown) => e instanceof PyError && e.type === 'ValueError');
    });
  });

  suite('binomialvariate against a live CPython 3.12+', () => {
    test('fresh random cases match', function () {
      this.timeout(120_000);
      const exe = findPython312();
      if (!exe) this.skip();
      const cases: Case[] = randomBinomialCases(mulberry32(RUN_SEED ^ 0xb1), 300);
      const r = spawnSync(exe!, [path.join(ROOT, 'scripts', 'fixtures', 'reference.py')], {
        input: JSON.stringify({ cases }),
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      if (r.status !== 0) throw new Error(`reference.py under ${exe} failed: ${r.stderr}`);
      const ref = JSON.parse(r.stdout);
      const t = newTally();
      cases.forEach((c, i) => checkCase(c, ref.results[i], t));
      console.log(`      ${summary('python binomialvariate', t)} [live: Python ${ref.meta.python}]`);
      assertTally('python binomialvariate', t);
    });
  });
});

/** A CPython 3.12+ interpreter: $PYTHON312, python3.12/3.13/3.14 on PATH, or a pyenv version. */
function findPython312(): string | undefined {
  const pyenv = process.env.PYENV_ROOT ?? path.join(os.homedir(), '.pyenv');
  const candidates = [process.env.PYTHON312, 'python3.12', 'python3.13', 'python3.14'];
  const versions = path.join(pyenv, 'versions');
  if (fs.existsSync(versions)) {
    for (const v of fs.readdirSync(versions).sort()) {
      if (/^3\.(1[2-9])/.test(v)) candidates.push(path.join(versions, v, 'bin', 'python3'));
    }
  }
  for (const exe of candidates) {
    if (!exe) continue;
    const r = spawnSync(exe, ['-c', 'import sys, random; print(sys.version_info >= (3, 12) and hasattr(random, "binomialvariate"))'], {
      encoding: 'utf8',
    });
    if (r.status === 0 && r.stdout.trim() === 'True') return exe;
  }
  return undefined;
}
