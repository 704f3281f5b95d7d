import { UsageError } from './usageError';

/** How an option handler reads its value: `--opt value`, `--opt=value`, or no value at all. */
export interface OptionArg {
  /** The option's value; a UsageError if there is none. */
  value(): string;
  /** Assert the option was not given `=value`. */
  none(): void;
}

/** The options every command shares: `--help`, `--engine`, `--seed`. */
export interface CommonOptions {
  engine?: string;
  seed?: string;
  help: boolean;
}

/**
 * One pass over argv: options (`--opt value`, `--opt=value`) go to `onOption`, which returns
 * false for a flag it does not know; everything else, and all after `--`, is positional.
 * `-h/--help`, `-e/--engine` and `-s/--seed` are handled here for every command. A negative
 * number (`-5`) is positional. An unknown option is a UsageError.
 */
export function readArgv(
  argv: readonly string[],
  common: CommonOptions,
  onOption: (flag: string, arg: OptionArg) => boolean,
): string[] {
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const text = argv[i];
    if (text === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!text.startsWith('-') || text.length === 1 || /^-\d/.test(text)) {
      positional.push(text);
      continue;
    }
    const eq = text.startsWith('--') ? text.indexOf('=') : -1;
    const flag = eq > 0 ? text.slice(0, eq) : text;
    const arg: OptionArg = {
      value: () => {
        if (eq > 0) return text.slice(eq + 1);
        if (i + 1 >= argv.length) throw new UsageError(`${flag} needs a value`);
        return argv[++i];
      },
      none: () => {
        if (eq > 0) throw new UsageError(`${flag} takes no value`);
      },
    };
    if (flag === '-h' || flag === '--help') common.help = true;
    else if (flag === '-e' || flag === '--engine') common.engine = arg.value();
    else if (flag === '-s' || flag === '--seed') common.seed = arg.value();
    else if (!onOption(flag, arg)) throw new UsageError(`unknown option ${text}`);
  }
  return positional;
}
