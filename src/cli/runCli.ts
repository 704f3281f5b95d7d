import { PyError } from '../core/errors';
import { seedText } from '../core/seedText';
import { runAnnotateCommand } from './annotateCommand';
import { findLinesCommand, parseLinesArgs } from './linesArgs';
import { runLinesCommand } from './linesCommand';
import { parseArgs, USAGE } from './parseArgs';
import { UsageError } from './usageError';
import { readWorkspaceSettings } from './settings';
import { writeOutput } from './writeOutput';

declare const SEEDED_RANDOM_VERSION: string;

/**
 * Run the CLI; returns the exit code (0 ok, 2 bad input). Output goes through `out`/`err`;
 * generated values through `outBytes` as UTF-8 when given (dist/cli.js), else through `out`.
 */
export function runCli(argv: string[], cwd: string, out: (s: string) => void, err: (s: string) => void, outBytes?: (b: Uint8Array) => void): number {
  try {
    if (argv[0] === 'annotate') return runAnnotateCommand(argv.slice(1), cwd, out);
    if (findLinesCommand(argv)) return runLinesCommand(parseLinesArgs(argv), cwd, out);
    const opts = parseArgs(argv);
    if (opts.help) {
      out(USAGE + '\n');
      return 0;
    }
    if (opts.version) {
      out(`${typeof SEEDED_RANDOM_VERSION === 'string' ? SEEDED_RANDOM_VERSION : 'dev'}\n`);
      return 0;
    }
    if (!opts.call) throw new UsageError('missing CALL, e.g. \'randint(1, 10, size=5)\' (see --help)');
    const settings = opts.seed === undefined || opts.engine === undefined ? readWorkspaceSettings(cwd) : {};
    const engine = opts.engine ?? (typeof settings.engine === 'string' ? settings.engine : 'numpy');
    const seed = opts.seed ?? seedText(settings.seed);
    if (seed === undefined) {
      throw new UsageError('no seed: pass --seed SEED, or set "seededRandom.seed" in .vscode/settings.json');
    }
    writeOutput({ engine, seed, call: opts.call, n: opts.n }, opts.output, out, outBytes);
    return 0;
  } catch (e) {
    if (e instanceof PyError) err(`seeded-random: ${e.toString()}\n`);
    else if (e instanceof UsageError || e instanceof Error) err(`seeded-random: ${e.message}\n`);
    else err(`seeded-random: ${String(e)}\n`);
    return 2;
  }
}
