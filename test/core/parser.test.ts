import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { parseCall, parseLiteral } from '../../src/core/call/parseCall';
import { PyError } from '../../src/core/errors';
import { repr } from '../../src/core/format/formatValue';
import { prepareCall, runCall } from '../../src/core/run';
import type { Case } from '../support/case';
import { referenceAvailable, runReference } from '../support/python';
import { PyTuple } from '../../src/core/types';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/literals.json');

suite('call parser', () => {
  test('literals agree with ast.literal_eval (test/fixtures/literals.json, from CPython)', () => {
    const fx: { cases: [string, string | null][] } = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
    const wrong: string[] = [];
    for (const [text, expected] of fx.cases) {
      let got: string | null;
      try {
        got = repr(parseLiteral(text));
      } catch (e) {
        assert.ok(e instanceof PyError, `${text}: threw ${e}`);
        got = null;
      }
      // The call language is a superset of literal_eval: unary operators on any number are
      // evaluated as Python evaluates them (`-True` is -1, `--5` is 5).
      if (expected === null && ((text === '-True' && got === '-1') || (text === '--5' && got === '5'))) continue;
      if (got !== expected) wrong.push(`${JSON.stringify(text)}: Python ${expected}, ours ${got}`);
    }
    assert.deepStrictEqual(wrong, []);
  });

  test('a call: name, positional and keyword arguments, prefixes ignored', () => {
    const c = parseCall("np.random.choice(['a', 'b'], size=(2, 3), p=[0.9, 0.1])");
    assert.strictEqual(c.name, 'choice');
    assert.deepStrictEqual(c.args, [['a', 'b']]);
    assert.deepStrictEqual(c.kwargs, [['size', new PyTuple([2n, 3n])], ['p', [0.9, 0.1]]]);
    assert.deepStrictEqual(parseCall('random'), { name: 'random', prefix: '', args: [], kwargs: [], argSource: [], kwargSource: [], modules: [] });
    assert.strictEqual(c.prefix, 'np.random.');
    assert.deepStrictEqual(c.argSource, ["['a', 'b']"]);
    assert.deepStrictEqual(c.kwargSource, ['(2, 3)', '[0.9, 0.1]']);
    assert.deepStrictEqual(parseCall(' gauss ( mu = 0 , sigma=2.5, ) ').kwargs, [['mu', 0n], ['sigma', 2.5]]);
  });

  test("Python's call-syntax errors", () => {
    const msg = (t: string) => {
      try {
        parseCall(t);
      } catch (e) {
        return String(e);
      }
      return 'no error';
    };
    assert.match(msg('randint(low=1, 10)'), /^SyntaxError: positional argument follows keyword argument/);
    assert.match(msg('randint(low=1, low=2)'), /^SyntaxError: keyword argument repeated: low/);
    assert.match(msg('randint(1, 10'), /^SyntaxError: '\(' was never closed/);
    assert.match(msg('randint(__import__("os"))'), /^ValueError: the name '__import__' is not supported in the call language/);
    assert.match(msg('os.system(1)'), /^AttributeError/);
    assert.match(msg('1j'), /^SyntaxError/);
    assert.match(msg('randint(1, 10) + 1'), /^SyntaxError: unexpected text after the call/);
    assert.match(msg('rand(3).round(2)'), /^ValueError: a method of the call's result \(\.round\) is not supported by this tool/);
    assert.match(msg('[' .repeat(100) + ']'.repeat(100)), /^SyntaxError/);
  });

  test('property: arbitrary text never throws anything but PyError', () => {
    const pieces = fc.constantFrom('randint', '(', ')', '[', ']', ',', '=', "'", '"', '\\', '-', '+', '1', '0x', '.', 'e', '_', ' ', 'True', 'size', 'r', '\n', '1e400', '"""');
    const text = fc.oneof(fc.string({ maxLength: 60 }), fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')));
    fc.assert(
      fc.property(text, (t) => {
        for (const f of [parseCall, parseLiteral]) {
          try {
            f(t);
          } catch (e) {
            if (!(e instanceof PyError)) return false;
          }
        }
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  test('property: repr of any parsed literal parses back to the same value', () => {
    const lit: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.bigInt(),
        fc.double({ noNaN: true, noDefaultInfinity: true }), // repr(inf) is not a literal in Python either
        fc.string(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 4 }),
      ),
    })).v;
    fc.assert(
      fc.property(lit, (v) => {
        const text = repr(v as never);
        return repr(parseLiteral(text)) === text;
      }),
      { numRuns: 1000 },
    );
  });

  test('binding uses the engine table: unknown calls and keywords in Python words', function () {
    if (!require('../../src/core/engines').ENGINES.numpy.calls.length) this.skip();
    assert.throws(() => prepareCall('numpy', 'nosuch(1)'), /module 'numpy.random' has no attribute 'nosuch'/);
    assert.throws(() => prepareCall('numpy', 'normal(0, 1, bogus=2)'), /normal\(\) got an unexpected keyword argument 'bogus'/);
  });
});

suite('calling errors in each library’s words (live)', () => {
  test('NumPy (Cython) and CPython (Python methods) wording for bad arguments', function () {
    const { ENGINES } = require('../../src/core/engines');
    if (!ENGINES.numpy.calls.length || !ENGINES.python.calls.length || !referenceAvailable()) this.skip();
    const cases: Case[] = [
      ['numpy', 'randint()'], ['numpy', 'normal(1, 2, 3, 4)'], ['numpy', 'normal(0, loc=1)'], ['numpy', 'triangular(1, 2)'],
      ['numpy', "normal('a')"], ['numpy', 'normal(0, 1, bogus=2)'],
      ['numpy', 'normal(size=2.0)'], ['numpy', 'normal(2**1100)'.replace('2**1100', (2n ** 1100n).toString())], ['numpy', 'rand(d0=2)'],
      ['numpy', "normal(size=(2, 'a'))"], ['numpy-generator', 'normal(size=2.0)'],
      ['numpy-generator', 'integers(low=1, bogus=2)'], ['numpy-generator', 'triangular(1, 2)'],
      ['python', 'randint(1, 2, 3)'], ['python', 'randint(1)'], ['python', 'randint(1, 2, c=3)'], ['python', 'randint(1, a=2)'],
      ['python', 'random(1)'], ['python', 'gauss(1, 2, 3)'], ['python', 'getrandbits(k=3)'], ['python', 'vonmisesvariate()'], ['python', 'nosuch()'],
    ].map(([engine, call]) => ({ engine: engine as Case['engine'], seed: '1', call, n: 1 }));
    const ref = runReference(cases);
    const wrong: string[] = [];
    cases.forEach((c, i) => {
      const want = (ref.results[i] as { error?: string }).error;
      let got = 'no error';
      try {
        runCall(c.engine, c.seed, c.call);
      } catch (e) {
        got = String(e);
      }
      if (got !== want) wrong.push(`${c.engine} ${c.call}: Python ${want}; ours ${got}`);
    });
    assert.deepStrictEqual(wrong, []);
  });
});
