import * as assert from 'assert';
import { reproducingCode } from '../../src/core/code/reproducingCode';
import { linesCode } from '../../src/core/code/linesCode';
import { ArgsError } from '../../src/extension/plain/commandArgs';
import { parseCount, parseGenerateArgs } from '../../src/extension/plain/commandArgs';
import { layoutLanguage } from '../../src/extension/plain/generatePlan';
import { literalStyleOf } from '../../src/extension/plain/formatDraw';
import { appendRun, operationCode, operationLabel } from '../../src/extension/plain/lastOperation';
import { parseLineArgs } from '../../src/extension/plain/commandArgs';
import { lineBlock, type LineSelection } from '../../src/extension/plain/lineBlock';
import { cellPath, splitNames, untitledNames } from '../../src/extension/plain/untitledNames';

const cursor = (line: number, ch = 0): LineSelection => ({ startLine: line, startCharacter: ch, endLine: line, endCharacter: ch });
const sel = (sl: number, sc: number, el: number, ec: number): LineSelection => ({ startLine: sl, startCharacter: sc, endLine: el, endCharacter: ec });

suite('extension: which lines a line command works on', () => {
  test('cursors only → the whole document', () => {
    assert.deepStrictEqual(lineBlock([cursor(3, 2)], 10, true), { kind: 'document' });
    assert.deepStrictEqual(lineBlock([cursor(3), cursor(5)], 10, false), { kind: 'document' });
  });

  test('one selection → the lines it touches; ending at column 0 leaves that line out', () => {
    assert.deepStrictEqual(lineBlock([sel(2, 3, 4, 1)], 10, true), { kind: 'lines', first: 2, last: 4 });
    assert.deepStrictEqual(lineBlock([sel(2, 0, 5, 0)], 10, true), { kind: 'lines', first: 2, last: 4 });
    assert.deepStrictEqual(lineBlock([sel(2, 1, 2, 4), cursor(7)], 10, true), { kind: 'lines', first: 2, last: 2 }, 'cursors beside it are ignored');
  });

  test('every line selected → the whole document (its final newline is the document\'s)', () => {
    // 'a\nb\nc\n': VS Code shows 4 lines, the last empty; Select All ends at (3, 0)
    assert.deepStrictEqual(lineBlock([sel(0, 0, 3, 0)], 4, true), { kind: 'document' });
    assert.deepStrictEqual(lineBlock([sel(0, 0, 2, 1)], 4, true), { kind: 'document' });
    // 'a\nb\nc': no final newline, 3 lines
    assert.deepStrictEqual(lineBlock([sel(0, 0, 2, 1)], 3, false), { kind: 'document' });
    assert.deepStrictEqual(lineBlock([sel(0, 0, 1, 1)], 3, false), { kind: 'lines', first: 0, last: 1 });
  });

  test('several selections are refused', () => {
    const b = lineBlock([sel(0, 0, 1, 0), sel(3, 0, 4, 2)], 10, true);
    assert.strictEqual(b.kind, 'refuse');
  });
});

suite('extension: names of new untitled documents', () => {
  test('train and test beside the source, with its extension; numbered when taken', () => {
    assert.deepStrictEqual(splitNames('/ws/data/x.csv', () => false), { train: '/ws/data/train.csv', test: '/ws/data/test.csv' });
    const taken = new Set(['/ws/train.csv', '/ws/test-2.csv']);
    assert.deepStrictEqual(splitNames('/ws/x.csv', (p) => taken.has(p)), { train: '/ws/train-3.csv', test: '/ws/test-3.csv' });
    assert.deepStrictEqual(splitNames(undefined, () => false), { train: 'train', test: 'test' });
    assert.deepStrictEqual(splitNames('/ws/.env', () => false), { train: '/ws/train', test: '/ws/test' }, 'a dot file has no extension');
    assert.deepStrictEqual(untitledNames('/ws/', ['random'], '.json', (p) => p === '/ws/random.json'), ['/ws/random-2.json']);
    assert.deepStrictEqual(untitledNames('', ['random'], '.txt', () => false), ['random.txt']);
  });
  test('a notebook cell names documents as a file of its language beside the notebook, never .ipynb', () => {
    assert.strictEqual(cellPath('/ws/nb.ipynb', 'python'), '/ws/nb.py');
    assert.deepStrictEqual(splitNames(cellPath('/ws/data/nb.ipynb', 'python'), () => false), { train: '/ws/data/train.py', test: '/ws/data/test.py' });
    assert.strictEqual(cellPath('/ws/nb.ipynb', 'some-language'), '/ws/nb');
  });
});

suite('extension: line command and generate args', () => {
  test('line args: settings overridable, sizes read as scikit-learn reads them', () => {
    assert.deepStrictEqual(parseLineArgs('shuffle', { engine: 'python', seed: 7, header: true, blankLines: 'ignore' }), {
      engine: 'python',
      seed: '7',
      header: true,
      blankLines: 'ignore',
    });
    assert.deepStrictEqual(parseLineArgs('sample', { k: 3 }), { k: 3n });
    assert.deepStrictEqual(parseLineArgs('sample', { k: '3' }), { k: 3n });
    assert.deepStrictEqual(parseLineArgs('split', { testSize: 0.25, trainSize: '10' }), { testSize: 0.25, trainSize: 10n });
    assert.deepStrictEqual(parseLineArgs('split', { testSize: '1.0' }), { testSize: 1 }, 'a float 1.0, which scikit-learn refuses');
    assert.deepStrictEqual(parseLineArgs('split', { testSize: null }), { testSize: null });
    for (const [cmd, raw, message] of [
      ['split', { engine: 'numpy' }, /always NumPy RandomState/],
      ['shuffle', { k: 3 }, /unknown argument "k"/],
      ['shuffle', { header: 'yes' }, /"header"/],
      ['shuffle', { blankLines: 'drop' }, /"blankLines"/],
      ['sample', { k: [] }, /"k"/],
      ['shuffle', 'seed', /must be an object/],
    ] as const) {
      assert.throws(() => parseLineArgs(cmd, raw), (e: unknown) => e instanceof ArgsError && message.test(e.message), JSON.stringify(raw));
    }
  });

  test('counts as people type them', () => {
    assert.strictEqual(parseCount('1000000'), 1_000_000);
    assert.strictEqual(parseCount('1_000_000'), 1_000_000);
    assert.strictEqual(parseCount('1,000,000'), 1_000_000);
    assert.strictEqual(parseCount('1e6'), 1_000_000);
    assert.strictEqual(parseCount(' 2.5e3 '), 2500);
    for (const bad of ['', '-1', '1.5', '1e-3', '10,00', 'ten', '1e400', '2.5e0']) assert.strictEqual(parseCount(bad), undefined, bad);
  });

  test('generate args', () => {
    assert.deepStrictEqual(parseGenerateArgs({ call: 'random()', count: '1e6', layout: 'csv', header: 'x', confirm: true }), {
      call: 'random()',
      count: 1_000_000,
      layout: 'csv',
      header: 'x',
      confirm: true,
    });
    for (const [raw, message] of [
      [{ count: -1 }, /"count"/],
      [{ count: 1.5 }, /"count"/],
      [{ layout: 'xml' }, /"layout"/],
      [{ n: 5 }, /unknown argument "n"/],
    ] as const) {
      assert.throws(() => parseGenerateArgs(raw), (e: unknown) => e instanceof ArgsError && message.test(e.message), JSON.stringify(raw));
    }
  });

  test('languages and literal styles', () => {
    assert.strictEqual(layoutLanguage('csv', ['plaintext']), 'plaintext');
    assert.strictEqual(layoutLanguage('csv', ['csv']), 'csv');
    assert.strictEqual(layoutLanguage('numpy', []), 'python');
    assert.strictEqual(literalStyleOf('auto', 'typescript'), 'javascript');
    assert.strictEqual(literalStyleOf('auto', 'markdown'), 'python');
    assert.strictEqual(literalStyleOf('numpy', 'json'), 'numpy', 'a named style wins over the language');
  });
});

suite('extension: the last operation, for Copy Reproducing Code', () => {
  test('the sequence history merges runs of one call', () => {
    const h = appendRun(appendRun(appendRun([], { call: 'randint(1, 10)', n: 3 }), { call: 'randint(1, 10)', n: 2 }), { call: 'random()', n: 1 });
    assert.deepStrictEqual(h, [{ call: 'randint(1, 10)', n: 5 }, { call: 'random()', n: 1 }]);
    assert.deepStrictEqual(appendRun(h, { call: 'x()', n: 0 }), h);
  });

  test('the code is the core\'s, for draws and line operations alike', () => {
    const draw = { engine: 'numpy' as const, seed: '101', call: 'randint(1, 10)', n: 5, before: [{ call: 'random()', n: 2 }] };
    assert.strictEqual(operationCode({ kind: 'insert', request: draw }), reproducingCode(draw));
    const lines = { op: 'sample' as const, engine: 'python' as const, seed: '7', k: 2n, source: { lines: ['a', 'b', 'c'] } };
    assert.strictEqual(operationCode({ kind: 'lines', request: lines }), linesCode(lines));
    assert.match(operationLabel({ kind: 'insert', request: draw }), /randint\(1, 10\) × 5 \(numpy, seed 101\)/);
    assert.match(operationLabel({ kind: 'lines', request: { op: 'split', seed: '3', source: { lines: [] } } }), /scikit-learn/);
  });
});
