import * as assert from 'assert';
import * as fc from 'fast-check';
import type { Engine, EngineName } from '../../src/core/callSpec';
import { ENGINES, ENGINE_NAMES } from '../../src/core/engines';
import { formatValue, prepareCall, runPrepared } from '../../src/core/run';

/**
 * Invariants every engine must keep, run over every engine's own table (each row's `example`):
 * one seed, one stream; a JSON state snapshot taken anywhere (mid-Gaussian pair, with a buffered
 * half-word) continues exactly as the original engine does.
 */
const seedArb = (engine: EngineName) =>
  engine === 'python' ? fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }) : fc.bigInt({ min: 0n, max: 2n ** 32n - 1n });

function draw(engine: EngineName, rng: Engine, calls: string[]): string[] {
  return calls.flatMap((c) => runPrepared(rng, prepareCall(engine, c)).map(formatValue));
}

suite('engine properties (shared suite over every engine)', () => {
  for (const name of ENGINE_NAMES) {
    const spec = ENGINES[name];
    const examples = () => spec.calls.map((c) => c.example);
    const callsArb = () => fc.array(fc.constantFrom(...examples()), { minLength: 1, maxLength: 12 });

    test(`${name}: the same seed gives the same stream`, function () {
      fc.assert(
        fc.property(seedArb(name), callsArb(), (seed, calls) => {
          assert.deepStrictEqual(draw(name, spec.create(seed), calls), draw(name, spec.create(seed), calls));
        }),
        { numRuns: 60 },
      );
    });

    test(`${name}: a JSON snapshot restores the exact continuation (cached values included)`, function () {
      fc.assert(
        fc.property(seedArb(name), callsArb(), callsArb(), (seed, before, after) => {
          const a = spec.create(seed);
          draw(name, a, before);
          const snapshot = JSON.parse(JSON.stringify(a.getState()));
          const expected = draw(name, a, after);
          const b = spec.create(0n);
          b.setState(snapshot);
          assert.deepStrictEqual(draw(name, b, after), expected);
        }),
        { numRuns: 60 },
      );
    });

    test(`${name}: every table row is documented and its example runs`, function () {
      assert.ok(spec.calls.length > 0, `${name}'s table has calls (an emptied table fails here, it is not skipped)`);
      const rng = spec.create(1n);
      for (const c of spec.calls) {
        assert.ok(c.doc.length > 10, `${c.name} has a one-line doc`);
        assert.ok(c.example.startsWith(c.name + '('), `${c.name}'s example calls it`);
        assert.ok(runPrepared(rng, prepareCall(name, c.example)).length > 0, `${c.example} returns values`);
      }
    });
  }
});
