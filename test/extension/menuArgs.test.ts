import * as assert from 'assert';
import { invocationOf, isMenuArg } from '../../src/extension/plain/menuArgs';

/** Stands in for `vscode.Uri` (the wiring tests `instanceof vscode.Uri`). */
class FakeUri {
  readonly scheme = 'file';
  constructor(readonly path: string) {}
}
const isUri = (a: unknown): a is FakeUri => a instanceof FakeUri;
const keybindingArgs = (args: unknown[], is: typeof isUri) => invocationOf(args, is).args;

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

  test('a menu names its document: the Uri, or the first of a list of them', () => {
    const other = new FakeUri('/b.py');
    assert.strictEqual(invocationOf([uri], isUri).menuUri, uri);
    assert.strictEqual(invocationOf([uri, { groupId: 1, editorIndex: 0 }], isUri).menuUri, uri);
    assert.strictEqual(invocationOf([[other, uri]], isUri).menuUri, other);
    assert.strictEqual(invocationOf([{ groupId: 2 }], isUri).menuUri, undefined);
    assert.strictEqual(invocationOf([{ call: 'random()' }], isUri).menuUri, undefined);
    assert.strictEqual(invocationOf([], isUri).menuUri, undefined);
  });
});
