import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/runCli';
import { writeFilesAtomically, type FileOps } from '../../src/cli/writeFilesAtomically';
import { MAX_SEED_CHARS } from '../../src/core/seedText';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sr-hostile-'));

function cli(args: string[], input: string | Buffer = '', cwd = os.tmpdir()) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, maxBuffer: 1 << 28, timeout: 60_000 });
  return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}

/** runCli in this process: exit code, stdout and stderr. */
function inProcess(args: string[], cwd = os.tmpdir()) {
  let out = '';
  let err = '';
  const code = runCli(args, cwd, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

/** A directory with `.vscode/settings.json` holding `text` (or made by `make`). */
function withSettings(text: string | ((file: string) => void)): string {
  const dir = tmpDir();
  fs.mkdirSync(path.join(dir, '.vscode'));
  const file = path.join(dir, '.vscode', 'settings.json');
  if (typeof text === 'string') fs.writeFileSync(file, text);
  else text(file);
  return dir;
}

const oneLine = (err: string) => assert.strictEqual(err.trimEnd().split('\n').length, 1, err);
const listDir = (dir: string) => fs.readdirSync(dir).sort();
/** The real file operations, with some replaced by failing ones. */
const fileOps = (replaced: Record<string, unknown>): FileOps => ({ lstatSync: fs.lstatSync, writeFileSync: fs.writeFileSync, rmSync: fs.rmSync, renameSync: fs.renameSync, ...replaced }) as FileOps;

suite('hostile input: CLI files, settings and messages', () => {
  suiteSetup(() => {
    if (!fs.existsSync(CLI)) throw new Error('build first: node esbuild.js');
  });

  test('split --test DIR: neither file is written, the old train file is kept, no temp file stays', () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'train.txt'), 'old train\n');
    fs.mkdirSync(path.join(dir, 'test.txt'));
    const r = cli(['split', '--seed', '1', '--train', 'train.txt', '--test', 'test.txt'], 'a\nb\nc\nd\n', dir);
    assert.strictEqual(r.code, 2, r.err);
    oneLine(r.err);
    assert.match(r.err, /test\.txt: it is a directory/);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'train.txt'), 'utf8'), 'old train\n');
    assert.deepStrictEqual(listDir(dir), ['test.txt', 'train.txt']);
  });

  test('a rename that fails after the first file is placed rolls the first back; temps and backups are removed', () => {
    const dir = tmpDir();
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.txt');
    fs.writeFileSync(a, 'old a');
    let renames = 0;
    const failing = fileOps({
      renameSync: (from: fs.PathLike, to: fs.PathLike) => {
        // a: backup, a: place, b: (no original) place → fail this one, as a full disk or EACCES would
        if (++renames === 3 || (renames === 2 && String(to) === b)) throw Object.assign(new Error('EIO: simulated'), { code: 'EIO' });
        fs.renameSync(from, to);
      },
    });
    assert.throws(() => writeFilesAtomically([[a, 'new a'], [b, 'new b']], failing), /cannot write: EIO: simulated/);
    assert.strictEqual(fs.readFileSync(a, 'utf8'), 'old a');
    assert.deepStrictEqual(listDir(dir), ['a.txt']);
  });

  test('a write that fails (disk full) leaves the targets as they were and no temp file', () => {
    const dir = tmpDir();
    const a = path.join(dir, 'a.txt');
    fs.writeFileSync(a, 'old a');
    let writes = 0;
    const full = fileOps({
      writeFileSync: (file: fs.PathOrFileDescriptor, data: string, opts: fs.WriteFileOptions) => {
        fs.writeFileSync(file, ++writes === 2 ? data.slice(0, 1) : data, opts);
        if (writes === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
    assert.throws(() => writeFilesAtomically([[a, 'new a'], [path.join(dir, 'b.txt'), 'new b']], full), /ENOSPC/);
    assert.strictEqual(fs.readFileSync(a, 'utf8'), 'old a');
    assert.deepStrictEqual(listDir(dir), ['a.txt']);
  });

  test('SIGTERM during split: both files are complete or neither exists; no temp file', function () {
    this.timeout(60_000);
    const dir = tmpDir();
    const lines = Array.from({ length: 300_000 }, (_, i) => `line ${i}`).join('\n') + '\n';
    fs.writeFileSync(path.join(dir, 'in'), lines);
    // Kill at several moments: before, during and after the write.
    for (const delay of [50, 300, 600, 900, 1500]) {
      const sub = fs.mkdtempSync(path.join(dir, 'k'));
      const r = spawnSync('sh', ['-c', `node "${CLI}" split --seed 3 --train tr --test te < "${path.join(dir, 'in')}" & p=$!; sleep ${delay / 1000}; kill -TERM $p; wait $p`], {
        cwd: sub,
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.ok(r.status !== null);
      const names = listDir(sub);
      assert.ok(names.length === 0 || (names.length === 2 && names[0] === 'te' && names[1] === 'tr'), `${delay} ms: ${names.join(' ')}`);
      if (names.length === 2) {
        const all = (fs.readFileSync(path.join(sub, 'tr'), 'utf8') + fs.readFileSync(path.join(sub, 'te'), 'utf8')).split('\n').filter(Boolean);
        assert.strictEqual(all.length, 300_000);
      }
    }
  });

  test('.vscode/settings.json as a symlink to /dev/zero, or a FIFO: refused at once, one line', function () {
    if (process.platform === 'win32') this.skip();
    const zero = withSettings((f) => fs.symlinkSync('/dev/zero', f));
    const fifo = withSettings((f) => spawnSync('mkfifo', [f]));
    for (const dir of [zero, fifo]) {
      const r = cli(['random()'], '', dir);
      assert.strictEqual(r.code, 2, r.err);
      oneLine(r.err);
      assert.match(r.err, /is not a regular file/);
    }
    const big = withSettings(`{"seededRandom.seed": 1, "x": "${'y'.repeat(5 * 1024 * 1024)}"}`);
    assert.match(inProcess(['random()'], big).err, /bytes; settings files of at most 4,194,304 bytes are read/);
  });

  test('a BOM-prefixed settings file is read (as VS Code does); a broken one says why', () => {
    const bom = withSettings('\ufeff{ "seededRandom.seed": 5, "seededRandom.engine": "python" }');
    const r = inProcess(['random()'], bom);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.out, inProcess(['--seed', '5', '--engine', 'python', 'random()']).out);
    const broken = withSettings('{ "seededRandom.seed": 5 "x": 1 }');
    assert.match(inProcess(['random()'], broken).err, /is not a valid settings file: CommaExpected at line 1, column 26/);
  });

  test('a wrongly typed seed setting says what it holds; a non-string engine is refused, not replaced by numpy', () => {
    for (const [value, want] of [
      ['1.5', /seededRandom\.seed in .* is 1\.5; expected an integer or a non-empty string/],
      ['[1, 2]', /seededRandom\.seed in .* is \[1,2\]; expected/],
      ['""', /seededRandom\.seed in .* is ""; expected/],
    ] as const) {
      const r = inProcess(['random()'], withSettings(`{ "seededRandom.seed": ${value} }`));
      assert.strictEqual(r.code, 2);
      assert.match(r.err, want);
    }
    const r = inProcess(['random()'], withSettings('{ "seededRandom.seed": 1, "seededRandom.engine": 5 }'));
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /seededRandom\.engine in .* is 5; expected one of "numpy", "python", "numpy-generator"/);
    assert.match(inProcess(['random()'], withSettings('{}')).err, /no seed: pass --seed/);
  });

  test('a seed beyond the cap is refused at once, with the cap and the seed cut in the message', () => {
    const long = 'x'.repeat(MAX_SEED_CHARS + 1);
    const r = inProcess(['random()'], withSettings(JSON.stringify({ 'seededRandom.seed': long, 'seededRandom.engine': 'python' })));
    assert.strictEqual(r.code, 2);
    oneLine(r.err);
    assert.ok(r.err.length < 300, r.err.slice(0, 300));
    assert.match(r.err, /262,145 characters long; a seed holds at most 262,144/);
    const flag = inProcess(['--engine', 'python', '--seed', long, 'random()']);
    assert.strictEqual(flag.code, 2);
    assert.ok(flag.err.length < 300);
    assert.match(flag.err, /ValueError: the seed is 262,145 characters long; Seeded Random accepts seeds of at most 262,144 characters/);
  });
});
