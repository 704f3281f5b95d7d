import { PyError } from '../core/errors';
import { runAnnotateCommand } from './annotateCommand';
import { findLinesCommand, parseLinesArgs } from './linesArgs';
import { processIo, runLinesCommand, type LinesIo } from './linesCommand';
import { parseArgs, USAGE } from './parseArgs';
import { isTemplateCommand, parseTemplateArgs } from './templateArgs';
import { runTemplateCommand } from './templateCommand';
import { UsageError } from './usageError';
import { readWorkspaceSettings, resolveEngine, resolveSeed } from './settings';
import { writeOutput } from './writeOutput';

declare const SEEDED_RANDOM_VERSION: string;

/** Longest error line printed; longer ones (a message quoting a huge seed or call) are cut with `…`. */
const MAX_ERROR_CHARS = 500;

/**
 * An error message as the one line the CLI prints: line breaks inside it (CPython's seed
 * TypeError has one: `…None,\nint, float…`) become spaces, and it is cut to {@link MAX_ERROR_CHARS}.
 */
export function errorLine(message: string): string {
  const line = message.replace(/\s*[\r\n]+\s*/g, ' ');
  return line.length > MAX_ERROR_CHARS ? `${line.slice(0, MAX_ERROR_CHARS - 1)}…` : line;
}

/**
 * Run the CLI; returns the exit code (0 ok, 2 bad input). Output goes through `out`/`err`;
 * generated values through `outBytes` as UTF-8 when given (dist/cli.js), else through `out`;
 * the line commands read stdin through `io` (tests pass their own).
 */
export function runCli(
  argv: string[],
  cwd: string,
  out: (s: string) => void,
  err: (s: string) => void,
  outBytes?: (b: Uint8Array) => void,
  io: LinesIo = processIo,
): number {
  try {
    if (argv[0] === 'annotate') return runAnnotateCommand(argv.slice(1), cwd, out);
    if (findLinesCommand(argv)) return runLinesCommand(parseLinesArgs(argv), cwd, out, io);
    if (isTemplateCommand(argv)) return runTemplateCommand(parseTemplateArgs(argv), cwd, out);
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
    const engine = resolveEngine(opts.engine, settings);
    const seed = resolveSeed(opts.seed, settings);
    writeOutput({ engine, seed, call: opts.call, n: opts.n }, opts.output, out, outBytes);
    return 0;
  } catch (e) {
    const text = e instanceof PyError ? e.toString() : e instanceof Error ? e.message : String(e);
    err(`seeded-random: ${errorLine(text)}\n`);
    return 2;
  }
}
