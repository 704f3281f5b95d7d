import { ENGINE_INFO, ENGINE_NAMES } from '../core/engineNames';
import { readArgv } from './readArgv';
import { UsageError } from './usageError';
import { applyOutputFlag, checkOutputOptions, defaultOutputOptions, OUTPUT_USAGE, type OutputOptions } from './outputOptions';

/** Command-line options of `seeded-random`. */
export interface CliOptions {
  engine?: string;
  seed?: string;
  n: number;
  call?: string;
  help: boolean;
  version: boolean;
  /** `--code`, `--format`, `--layout`… (see outputOptions.ts). */
  output: OutputOptions;
}


export const USAGE = `usage: seeded-random [--engine ${ENGINE_NAMES.join('|')}] [--seed SEED] [-n N] CALL

Prints the values NumPy or Python give for the seed and call, one per line.
  --engine E   ${ENGINE_NAMES.map((e) => `${e} (${ENGINE_INFO[e].seeding})`).join(', ')}
  --seed S     an int, a list of ints ([1, 2, 3]), or (python engine) any text; '"101"' is the string
  -n N         make N successive calls after seeding once (default 1)
${OUTPUT_USAGE}
Without --seed/--engine, seededRandom.seed and seededRandom.engine are read from
.vscode/settings.json in the current directory.
example: seeded-random --engine numpy --seed 101 'randint(1, 10, size=5)'
Lines from stdin: seeded-random shuffle | sample K | split … < file (see seeded-random shuffle --help)
Values of seeded calls in a Python file or notebook: seeded-random annotate FILE.py|FILE.ipynb [--json]
Records from a template: seeded-random template … '{"id": uuid4(), "age": randint(18, 90)}' (see seeded-random template --help)`;

/** Parse argv (without node and script). Accepts `--opt value` and `--opt=value`. */
export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = { n: 1, help: false, version: false, output: defaultOutputOptions() };
  const rest = readArgv(argv, opts, (flag, arg) => {
    switch (flag) {
      case '--version':
        opts.version = true;
        return true;
      case '-n':
      case '--n': {
        const text = arg.value();
        if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
          throw new UsageError(`-n must be a positive integer, not '${text}'`);
        }
        opts.n = Number(text);
        return true;
      }
      default:
        return applyOutputFlag(opts.output, flag, arg.value, (m) => new UsageError(m));
    }
  });
  if (rest.length > 1) throw new UsageError(`expected one CALL, got ${rest.length} arguments (quote the call)`);
  opts.call = rest[0];
  checkOutputOptions(opts.output, (m) => new UsageError(m));
  return opts;
}
