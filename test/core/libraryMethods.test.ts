import * as assert from 'assert';
import { ENGINES, ENGINE_NAMES } from '../../src/core/engines';
import { PyError } from '../../src/core/errors';
import { UNSUPPORTED_METHODS } from '../../src/core/libraryMethods';
import { prepareCall } from '../../src/core/run';
import { referenceAvailable, runPythonJson } from '../support/python';

/**
 * Every public method of np.random, Generator and random (live `dir()`) is either a call of the
 * engine's table or listed in UNSUPPORTED_METHODS — whose refusal says "not supported by this
 * tool" — and every listed name really exists there.
 */
suite('real methods: run, or refused as not supported (never "has no attribute")', () => {
  test('a listed method is refused as not supported by this tool, naming the library', () => {
    for (const engine of ENGINE_NAMES) {
      for (const name of UNSUPPORTED_METHODS[engine].names) {
        assert.throws(
          () => prepareCall(engine, `${name}()`),
          (e: unknown) => e instanceof PyError && e.type === 'NotImplementedError' && e.message === `${name} is not supported by this tool (${UNSUPPORTED_METHODS[engine].library} has it)`,
        );
      }
    }
    assert.throws(() => prepareCall('numpy', 'no_such_method()'), /has no attribute 'no_such_method'/);
  });

  test('the lists match dir() of the live libraries', function () {
    if (!referenceAvailable()) this.skip();
    const live = runPythonJson<Record<string, string[]>>(
      'import json, random, sys\nimport numpy as np\nd = lambda o: [n for n in dir(o) if not n.startswith("_")]\n' +
        'print(json.dumps({"numpy": d(np.random), "numpy-generator": d(np.random.Generator), ' +
        '"python": [n for n in d(random) if callable(getattr(random, n))]}))',
      null,
    );
    for (const engine of ENGINE_NAMES) {
      const table = new Set(ENGINES[engine].calls.map((c) => c.name));
      const unsupported = UNSUPPORTED_METHODS[engine].names;
      const uncovered = live[engine].filter((n) => !table.has(n) && !unsupported.includes(n));
      assert.deepStrictEqual(uncovered, [], `${engine}: real methods neither run nor listed`);
      const unreal = unsupported.filter((n) => !live[engine].includes(n));
      assert.deepStrictEqual(unreal, [], `${engine}: listed names the library does not have`);
    }
  });

  test('a table call is a function of the module, or marked methodOnly when only the stream object has it (live)', function () {
    if (!referenceAvailable()) this.skip();
    const live = runPythonJson<Record<string, string[]>>(
      'import json, random\nimport numpy as np\nd = lambda o: [n for n in dir(o) if not n.startswith("_")]\n' +
        'print(json.dumps({"module": d(np.random), "RandomState": d(np.random.RandomState), "random": d(random)}))',
      null,
    );
    const numpyModule = ENGINES.numpy.calls.filter((c) => !c.methodOnly).map((c) => c.name);
    assert.deepStrictEqual(numpyModule.filter((n) => !live.module.includes(n)), [], 'np.random lacks these; mark them methodOnly');
    for (const c of ENGINES.numpy.calls.filter((x) => x.methodOnly)) {
      assert.ok(live.RandomState.includes(c.name) && !live.module.includes(c.name), c.name);
      assert.throws(
        () => prepareCall('numpy', `np.random.${c.name}()`),
        (e: unknown) => e instanceof PyError && e.type === 'AttributeError' && e.message === `module 'numpy.random' has no attribute '${c.name}'`,
      );
      assert.doesNotThrow(() => prepareCall('numpy', `rng.${c.name}()`));
    }
    // a call that needs a later Python than this one (CallSpec.requires) is not in its module
    assert.deepStrictEqual(ENGINES.python.calls.filter((c) => c.methodOnly || (!c.requires && !live.random.includes(c.name))).map((c) => c.name), []);
  });
});
