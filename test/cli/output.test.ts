import * as assert from 'assert';
import * as os from 'os';
import { runCli } from '../../src/cli/runCli';
import { formatLayout } from '../../src/core/layout/layoutWriter';
import { formatValueWith } from '../../src/core/format/formatValueWith';
import { runCall } from '../../src/core/run';

/** The CLI's output options (--format, --thousands, --quote-strings, --layout, --column, --code), in process. */
function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = runCli(args, os.tmpdir(), (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

suite('CLI output options', () => {
  test('--format/--thousands/--quote-strings print each value as formatValueWith does', () => {
    const values = runCall('python', '3', 'uniform(-1e6, 1e6)', 20);
    const r = cli(['--engine', 'python', '--seed', '3', '-n', '20', '--thousands', '--format', 'fixed:2', 'uniform(-1e6, 1e6)']);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.out, values.map((v) => formatValueWith(v, { style: 'fixed', decimals: 2, thousands: true }) + '\n').join(''));
    const q = cli(['--engine', 'python', '--seed', '3', '--quote-strings', "choice(['a'])"]);
    assert.strictEqual(q.out, "'a'\n");
  });

  test('--layout and --column write the layout of all values (streamed = whole)', () => {
    const values = runCall('python', '4', 'random()', 1000);
    for (const layout of ['lines', 'csv', 'json', 'python', 'numpy'] as const) {
      const r = cli(['--engine', 'python', '--seed', '4', '-n', '1000', '--layout', layout, 'random()']);
      assert.strictEqual(r.out, formatLayout(values, { layout }), layout);
    }
    assert.match(cli(['--engine', 'python', '--seed', '4', '--layout=csv', '--column', 'x,y', 'random()']).out, /^"x,y"\n0\.\d+\n$/);
  });

  test('bad output options: exit 2, one line on stderr, nothing on stdout', () => {
    const base = ['--engine', 'python', '--seed', '1'];
    for (const [args, message] of [
      [[...base, '--format', 'fixed', 'random()'], /--format must be "repr", "fixed:N"/],
      [[...base, '--format', '.3e', 'random()'], /--format must be/],
      [[...base, '--layout', 'xml', 'random()'], /--layout must be one of lines, csv, json, python, numpy/],
      [[...base, '--code', '--layout', 'json', 'random()'], /--code prints values one per line/],
      [[...base, '--column', 'x', 'random()'], /--column is for --layout csv/],
      [[...base, '--code', 'randint(5, 1)'], /ValueError: empty range/],
      [['--engine', 'numpy-generator', '--seed', "'abc'", '--code', 'random()'], /Error/],
    ] as [string[], RegExp][]) {
      const r = cli(args);
      assert.strictEqual(r.code, 2, `${args.join(' ')}: ${r.out}`);
      assert.strictEqual(r.out, '');
      assert.match(r.err, message);
      assert.strictEqual(r.err.trimEnd().split('\n').length, 1);
    }
  });

  test('--help documents the output options', () => {
    const r = cli(['--help']);
    for (const flag of ['--format', '--thousands', '--quote-strings', '--layout', '--column', '--code']) assert.ok(r.out.includes(flag), flag);
  });
});
