import * as assert from 'assert';
import { ArgsError } from '../../src/extension/plain/commandArgs';
import { parseInsertArgs } from '../../src/extension/plain/commandArgs';

suite('extension: keybinding args', () => {
  test('accepts the documented shapes', () => {
    assert.deepStrictEqual(parseInsertArgs(undefined), {});
    assert.deepStrictEqual(parseInsertArgs({ call: 'randint(1, 100)' }), { call: 'randint(1, 100)' });
    assert.deepStrictEqual(parseInsertArgs({ engine: 'numpy-generator', seed: 101, call: 'random()', format: '.3f', fill: 'same' }), {
      engine: 'numpy-generator',
      seed: '101',
      call: 'random()',
      format: { style: 'fixed', decimals: 3 },
      fill: 'same',
    });
    assert.deepStrictEqual(parseInsertArgs({ seed: '[1, 2]' }), { seed: '[1, 2]' });
    assert.deepStrictEqual(parseInsertArgs({ format: { style: 'significant', digits: 3 } }), { format: { style: 'significant', digits: 3 } });
  });

  test('rejects everything else with a message naming the problem', () => {
    const bad: [unknown, RegExp][] = [
      ['randint(1, 2)', /must be an object/],
      [[{ call: 'x' }], /must be an object/],
      [{ call: 'random()', extra: 1 }, /unknown argument "extra"/],
      [{ engine: 'NumPy' }, /"engine" must be one of/],
      [{ seed: 1.5 }, /"seed"/],
      [{ seed: 2 ** 60 }, /"seed"/],
      [{ seed: '  ' }, /"seed"/],
      [{ seed: true }, /"seed"/],
      [{ call: 42 }, /"call"/],
      [{ call: '' }, /"call"/],
      [{ call: 'x'.repeat(200_000) }, /"call"/],
      [{ format: 'fixed' }, /"format"/],
      [{ format: { style: 'fixed', decimals: -1 } }, /"format"/],
      [{ fill: 'all' }, /"fill"/],
    ];
    for (const [args, message] of bad) {
      assert.throws(() => parseInsertArgs(args), (e: unknown) => e instanceof ArgsError && message.test(e.message), JSON.stringify(args)?.slice(0, 50));
    }
  });
});
