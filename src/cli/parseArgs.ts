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

/** A usage error: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `usage: seeded-random [--engine numpy|python|numpy-generator] [--seed SEED] [-n N] CALL

Prints the values NumPy or Python give for the seed and call, one per line.
  --engine E   numpy (np.random.seed), python (random.seed), numpy-generator (np.random.default_rng)
  --seed S     an int, a list of ints ([1, 2, 3]), or (python engine) any text; '"101"' is the string
  -n N         make N successive calls after seeding once (default 1)
${OUTPUT_USAGE}
Without --seed/--engine, seededRandom.seed and seededRandom.engine are read from
.vscode/settings.json in the current directory.
example: seeded-random --engine numpy --seed 101 'randint(1, 10, size=5)'
Lines from stdin: seeded-random shuffle | sample K | split … < file (see seeded-random shuffle --help)`;

/** Parse argv (without node and script). Accepts `--opt value` and `--opt=value`. */
export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = { n: 1, help: false, version: false, output: defaultOutputOptions() };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      if (i + 1 >= argv.length) throw new UsageError(`${flag} needs a value`);
      return argv[++i];
    };
    switch (flag) {
      case '-h':
      case '--help':
        opts.help = true;
        break;
      case '--version':
        opts.version = true;
        break;
      case '--engine':
      case '-e':
        opts.engine = value();
        break;
      case '--seed':
      case '-s':
        opts.seed = value();
        break;
      case '-n':
      case '--n': {
        const text = value();
        if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
          throw new UsageError(`-n must be a positive integer, not '${text}'`);
        }
        opts.n = Number(text);
        break;
      }
      case '--':
        rest.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (applyOutputFlag(opts.output, flag, value, (m) => new UsageError(m))) break;
        if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) throw new UsageError(`unknown option ${arg}`);
        rest.push(arg);
    }
  }
  if (rest.length > 1) throw new UsageError(`expected one CALL, got ${rest.length} arguments (quote the call)`);
  opts.call = rest[0];
  checkOutputOptions(opts.output, (m) => new UsageError(m));
  return opts;
}
