import * as fs from 'fs';
import * as path from 'path';
import { parseSize, sampleLines, shuffleLines, splitTrainTest, type LineOptions } from '../core/lines';
import { getEngine } from '../core/run';
import { LINES_USAGE, type LinesCliOptions } from './linesArgs';
import { UsageError } from './usageError';
import { readWorkspaceSettings, resolveEngine, resolveSeed } from './settings';
import { writeFilesAtomically } from './writeFilesAtomically';

/** Where the line commands read and write; the default is the process's stdin and the file system. */
export interface LinesIo {
  /** All of stdin, as bytes. */
  readStdin(): Uint8Array;
  /** Whether stdin is a terminal (then nothing was piped in). */
  stdinIsTTY(): boolean;
}

/**
 * Most bytes of stdin the line commands read: the text must fit one JavaScript string (at most
 * 2**29 - 24 UTF-16 code units in V8) with room for the lines made of it. More is refused as soon as
 * it has been read, not after reading it all.
 */
export const MAX_STDIN_BYTES = 256 * 1024 * 1024;

/**
 * Read fd 0 to the end (at most {@link MAX_STDIN_BYTES}). `fs.readFileSync(0)` fails with EAGAIN when stdin is a non-blocking pipe
 * (as a parent process may hand it over), so read in chunks and wait briefly on EAGAIN.
 */
function readAllStdin(): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(1 << 20);
    let n: number;
    try {
      n = fs.readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break; // Windows: end of a pipe
      throw e;
    }
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
    total += n;
    if (total > MAX_STDIN_BYTES) throw stdinTooLarge();
  }
  return Buffer.concat(chunks);
}

export const processIo: LinesIo = {
  readStdin: readAllStdin,
  stdinIsTTY: () => process.stdin.isTTY === true,
};

const stdinTooLarge = () =>
  new UsageError(
    `stdin holds more than ${MAX_STDIN_BYTES / 1024 / 1024} MiB: more than the line commands read at once (the text must fit one JavaScript string); split the input into smaller files`,
  );

/** Decode stdin strictly: invalid UTF-8 is refused rather than silently replaced; a BOM is kept. */
function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.length > MAX_STDIN_BYTES) throw stdinTooLarge();
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UsageError('stdin is not valid UTF-8');
  }
}

/**
 * Run `shuffle`, `sample K` or `split`: read stdin, compute with the core (src/core/lines), then
 * print (shuffle, sample) or write the two files (split). Everything is computed before anything
 * is printed or written, so bad input (thrown as UsageError/PyError) leaves no output and no files.
 */
export function runLinesCommand(opts: LinesCliOptions, cwd: string, out: (s: string) => void, io: LinesIo = processIo): number {
  if (opts.help) {
    out(LINES_USAGE + '\n');
    return 0;
  }
  const settings = opts.seed === undefined || opts.engine === undefined ? readWorkspaceSettings(cwd) : {};
  const seed = resolveSeed(opts.seed, settings);
  const lineOptions: LineOptions = { header: opts.header, blankLines: opts.ignoreBlank ? 'ignore' : 'keep' };
  if (opts.command === 'split') {
    if (opts.engine !== undefined && opts.engine !== 'numpy') {
      throw new UsageError(
        `split is scikit-learn's train_test_split, which always seeds NumPy's RandomState: --engine ${opts.engine} does not apply (use numpy or leave it out)`,
      );
    }
    if (!opts.train || !opts.test) throw new UsageError('split needs --train FILE and --test FILE');
    if (path.resolve(cwd, opts.train) === path.resolve(cwd, opts.test)) throw new UsageError('--train and --test name the same file');
  } else if (opts.command === 'sample') {
    if (opts.k === undefined) throw new UsageError('sample needs K, the number of lines to draw (see seeded-random sample --help)');
    if (!/^-?\d+$/.test(opts.k)) throw new UsageError(`K must be a whole number, not '${opts.k}'`);
  }
  if (io.stdinIsTTY()) throw new UsageError(`${opts.command} reads lines from stdin: seeded-random ${opts.command} … < file`);
  const text = decodeUtf8(io.readStdin());

  if (opts.command === 'split') {
    const { train, test } = splitTrainTest(text, {
      ...lineOptions,
      seed,
      testSize: opts.testSize === undefined ? undefined : parseSize(opts.testSize),
      trainSize: opts.trainSize === undefined ? undefined : parseSize(opts.trainSize),
    });
    writeFilesAtomically([
      [path.resolve(cwd, opts.train!), train],
      [path.resolve(cwd, opts.test!), test],
    ]);
    return 0;
  }
  const engineName = resolveEngine(opts.engine, settings);
  const engine = getEngine(engineName).name; // an unknown name is refused with the valid ones listed
  const options = { ...lineOptions, engine, seed };
  out(opts.command === 'shuffle' ? shuffleLines(text, options) : sampleLines(text, BigInt(opts.k!), options));
  return 0;
}
