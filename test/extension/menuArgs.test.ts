import * as assert from 'assert';
import { isMenuArg, keybindingArgs } from '../../src/extension/logic/menuArgs';

/** Stands in for `vscode.Uri` (the wiring tests `instanceof vscode.Uri`). */
class FakeUri {
  readonly scheme = 'file';
  constructor(readonly path: string) {}
}
const isUri = (a: unknown) => a instanceof FakeUri;

suite('extension: menu arguments are not keybinding args', () => {
  const uri = new FakeUri('/work/experiment.py');

  test('the editor context and title menus (a Uri, maybe a second argument) give no args', () => {
    assert.strictEqual(keybindingArgs([uri], isUri), undefined);
    assert.strictEqual(keybindingArgs([uri, { groupId: 1, editorIndex: 0 }], isUri), undefined);
    assert.strictEqual(keybindingArgs([uri, [uri]], isUri), undefined);
  });

  test('a list of Uris or an editor group context alone give no args', () => {
    assert.strictEqual(keybindingArgs([[uri, new FakeUri('/b.py')]], isUri), undefined);
    assert.strictEqual(keybindingArgs([{ groupId: 2 }], isUri), undefined);
    assert.strictEqual(keybindingArgs([{ groupId: 2, editorIndex: 1 }], isUri), undefined);
  });

  test('the palette passes nothing', () => {
    assert.strictEqual(keybindingArgs([], isUri), undefined);
  });

  test('keybinding args pass through unchanged, typos included (the command reports them)', () => {
    const args = { call: 'randint(1, 100)', seed: 101 };
    assert.strictEqual(keybindingArgs([args], isUri), args);
    assert.deepStrictEqual(keybindingArgs([{ groupId: 1, call: 'random()' }], isUri), { groupId: 1, call: 'random()' });
    assert.deepStrictEqual(keybindingArgs([{ groupId: '1' }], isUri), { groupId: '1' });
    assert.deepStrictEqual(keybindingArgs([[]], isUri), []);
    assert.deepStrictEqual(keybindingArgs([[{ call: 'x' }]], isUri), [{ call: 'x' }]);
    assert.strictEqual(keybindingArgs(['randint(1, 2)'], isUri), 'randint(1, 2)');
    assert.strictEqual(isMenuArg({ scheme: 'file', path: '/x' }, isUri), false, 'a plain object is not a Uri');
  });
});
