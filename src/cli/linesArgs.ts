import { readArgv } from './readArgv';
import { UsageError } from './usageError';

/** The line subcommands: shuffle, sample, split (docs/LINES.md). */
export type LinesCommandName = 'shuffle' | 'sample' | 'split';
const COMMANDS: readonly string[] = ['shuffle', 'sample', 'split'];

/** Options of `seeded-random shuffle|sample|split`. */
export interface LinesCliOptions {
  command: LinesCommandName;
  engine?: string;
  seed?: string;
  /** sample: K as typed (an int, checked by the command). */
  k?: string;
  /** split: sizes as typed (`0.25` a fraction, `100` a count), read by `parseSize`. */
  testSize?: string;
  trainSize?: string;
  /** split: where the two files go. */
  train?: string;
  test?: string;
  header: boolean;
  ignoreBlank: boolean;
  help: boolean;
}

export const LINES_USAGE = `usage: seeded-random shuffle [--engine E] [--seed S] [--header] [--ignore-blank] < in.txt
       seeded-random sample K [--engine E] [--seed S] [--header] [--ignore-blank] < in.txt
       seeded-random split [--test-size T] [--train-size T] [--seed S] [--header] [--ignore-blank]
                           --train train.txt --test test.txt < in.csv

Reads lines from stdin (UTF-8; LF or CRLF, kept as they are).
  shuffle  prints the lines in the order of np.random.seed(s); np.random.shuffle(lines)
           (python: random.shuffle; numpy-generator: default_rng(s).shuffle)
  sample   prints K lines drawn without replacement: np.random.choice(lines, K, replace=False)
           (python: random.sample(lines, K); numpy-generator: default_rng(s).choice(lines, K, replace=False))
  split    writes train_test_split(lines, test_size=T, random_state=s) from scikit-learn: T is a
           fraction (0.25, the default) or a count (100); it always seeds NumPy's RandomState, so
           an --engine other than numpy is refused (the workspace engine setting is not used)
  --header        the first line is a header: kept first (shuffle), above the sample, atop train and test
  --ignore-blank  blank lines (empty or spaces/tabs) are not drawn: shuffle leaves them in place,
                  sample and split leave them out
Seed and engine fall back to seededRandom.seed/.engine in .vscode/settings.json, as for calls.`;

/** Options that take a value (to find the subcommand among them). */
/** `split`'s options that take a value, by flag. */
const SPLIT_FLAGS = { '--test-size': 'testSize', '--train-size': 'trainSize', '--train': 'train', '--test': 'test' } as const;

const WITH_VALUE = new Set(['--engine', '-e', '--seed', '-s', '-n', '--n', '--test-size', '--train-size', '--train', '--test', '--format', '--layout', '--column']);

/**
 * The line subcommand named by argv, if any: the first argument that is not an option or an
 * option's value (`seeded-random --seed 5 shuffle` works as well as `seeded-random shuffle --seed 5`).
 */
export function findLinesCommand(argv: readonly string[]): LinesCommandName | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') return COMMANDS.includes(argv[i + 1]) ? (argv[i + 1] as LinesCommandName) : undefined;
    if (WITH_VALUE.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) continue;
    return COMMANDS.includes(arg) ? (arg as LinesCommandName) : undefined;
  }
  return undefined;
}

/** Parse the argv of a line subcommand (`--opt value` and `--opt=value`); throws UsageError. */
export function parseLinesArgs(argv: readonly string[]): LinesCliOptions {
  const command = findLinesCommand(argv);
  if (!command) throw new UsageError('expected shuffle, sample or split');
  const opts: LinesCliOptions = { command, header: false, ignoreBlank: false, help: false };
  let seenCommand = false;
  const only = (flag: string, cmd: LinesCommandName) => {
    if (command !== cmd) throw new UsageError(`${flag} applies to ${cmd} only`);
  };
  const rest = readArgv(argv, opts, (flag, arg) => {
    switch (flag) {
      case '--header':
        arg.none();
        opts.header = true;
        return true;
      case '--ignore-blank':
        arg.none();
        opts.ignoreBlank = true;
        return true;
      case '--test-size':
      case '--train-size':
      case '--train':
      case '--test':
        only(flag, 'split');
        opts[SPLIT_FLAGS[flag]] = arg.value();
        return true;
      default:
        return false;
    }
  });
  for (const arg of rest) {
    if (!seenCommand && arg === command) seenCommand = true;
    else if (command === 'sample' && opts.k === undefined) opts.k = arg;
    else throw new UsageError(`unexpected argument '${arg}' (see seeded-random ${command} --help)`);
  }
  return opts;
}
