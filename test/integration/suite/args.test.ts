import * as assert from 'assert';
import { values } from '../expected';
import { activate, cursors, openUntitled, resetSettings, run } from '../helpers';

suite('Keybinding args (data, validated like typed input)', () => {
  suiteSetup(activate);
  setup(resetSettings);

  test('{"call": …} runs without prompts with the workspace seed and engine', async () => {
    await run('seededRandom.setSeed', 7);
    const editor = await openUntitled('n = ');
    cursors(editor, [[0, 4]]);
    const out = await run('seededRandom.insert', { call: 'randint(1, 100)' });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), `n = ${values('numpy-keybinding')[0]}`);
  });

  const bad: [string, unknown, string][] = [
    ['an unknown key', { call: 'randint(1, 100)', seeds: 7 }, 'unknown argument "seeds"'],
    ['a non-object', 'randint(1, 100)', 'must be an object'],
    ['an unknown engine', { engine: 'torch', call: 'rand()' }, '"engine" must be one of'],
    ['a bad format', { call: 'random()', format: '%.2f' }, '"format" must be'],
    ['a float seed', { seed: 1.5, call: 'random()' }, '"seed" must be'],
  ];
  for (const [what, args, message] of bad) {
    test(`${what} is refused and nothing is edited`, async () => {
      const editor = await openUntitled('x');
      cursors(editor, [[0, 1]]);
      const out = await run('seededRandom.insert', args);
      assert.strictEqual(out.ok, false);
      assert.strictEqual(out.reason, 'badArgs');
      assert.ok(out.message?.includes(message), `${out.message} includes ${message}`);
      assert.strictEqual(editor.document.getText(), 'x');
    });
  }

  test('call text is parsed, never evaluated', async () => {
    const editor = await openUntitled('x');
    cursors(editor, [[0, 1]]);
    for (const call of ["__import__('os').getcwd()", 'randint(1, 10); print(1)', 'randint(1, 10)[0]', 'eval("1")']) {
      const out = await run('seededRandom.insert', { seed: 1, call });
      assert.strictEqual(out.ok, false, call);
      assert.strictEqual(out.reason, 'badInput', call);
      assert.strictEqual(editor.document.getText(), 'x', call);
    }
  });
});
