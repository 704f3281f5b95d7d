import { PyError } from '../core/errors';
import { createEngine, formatValue, prepareCall, runPrepared } from '../core/run';
import { seedText } from '../core/seedText';
import { parseArgs, UsageError, USAGE } from './parseArgs';
import { readWorkspaceSettings } from './settings';

declare const SEEDED_RANDOM_VERSION: string;

/** Values per write: big generations stream out instead of building one huge string. */
const CHUNK = 65536;

/** Run the CLI; returns the exit code (0 ok, 2 bad input). Output goes through `out`/`err`. */
export function runCli(argv: string[], cwd: string, out: (s: string) => void, err: (s: string) => void): number {
  try {
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
    const rng = createEngine(engine, seed);
    const call = prepareCall(engine, opts.call);
    // The first call runs before anything is printed, so bad input prints nothing on stdout.
    let lines: string[] = runPrepared(rng, call, 1).map(formatValue);
    for (let done = 1; ; ) {
      const batch = Math.min(opts.n - done, Math.max(1, Math.floor(CHUNK / Math.max(1, lines.length))));
      if (batch > 0) {
        for (const v of runPrepared(rng, call, batch)) lines.push(formatValue(v));
        done += batch;
      }
      if (lines.length) out(lines.join('\n') + '\n');
      lines = [];
      if (done >= opts.n) break;
    }
    return 0;
  } catch (e) {
    if (e instanceof PyError) err(`seeded-random: ${e.toString()}\n`);
    else if (e instanceof UsageError || e instanceof Error) err(`seeded-random: ${e.message}\n`);
    else err(`seeded-random: ${String(e)}\n`);
    return 2;
  }
}
