import { TEMPLATE_LAYOUTS, type TemplateLayout } from '../core/template/templateOutput';
import { readArgv } from './readArgv';
import { UsageError } from './usageError';

/** Options of `seeded-random template`. */
export interface TemplateCliOptions {
  engine?: string;
  seed?: string;
  n: number;
  layout: TemplateLayout;
  table?: string;
  code: boolean;
  help: boolean;
  /** The template text, or the name of one saved in `seededRandom.templates`. */
  template?: string;
}

export const TEMPLATE_USAGE = `usage: seeded-random template [--engine E] [--seed S] [-n N] [--layout json|jsonl|csv|python|sql]
                             [--table NAME] [--code] TEMPLATE

Prints N records drawn from a template: a Python dict (or list) literal whose values are calls or
constants, drawn field by field, row by row, from one stream seeded once, e.g.
  seeded-random template --engine python --seed 7 -n 3 --layout csv \\
    '{"id": uuid4(), "age": randint(18, 90), "city": choice(["Oslo", "Lima"]), "joined": date("2020-01-01", "2024-12-31")}'
Values are the engine's calls and the value recipes: uuid4(), token_hex(n=16), token_urlsafe(n=16),
string(k, alphabet=string.ascii_letters), date(start, end), datetime(start, end, resolution='s'),
time(start, end), bool(p=0.5), hex(bits=32), ipv4(), mac().
  -n N        records (default 1, at most 10000000)
  --layout L  json: a JSON array, one record per line (default); jsonl: JSON lines; csv: a header
              of the keys, then rows; python: a list of dicts; sql: INSERT rows
  --table T   the sql layout's table name (default records)
  --code      print the Python script that prints exactly the same
TEMPLATE may also be the name of a template saved in seededRandom.templates (.vscode/settings.json).
Seed and engine fall back to seededRandom.seed/.engine in .vscode/settings.json, as for calls.`;

/** Whether argv is the template subcommand (its first positional argument is `template`). */
export function isTemplateCommand(argv: readonly string[]): boolean {
  const VALUE = new Set(['--engine', '-e', '--seed', '-s', '-n', '--n', '--layout', '--table', '--format', '--column']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return argv[i + 1] === 'template';
    if (VALUE.has(a)) {
      i++;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) continue;
    return a === 'template';
  }
  return false;
}

/** Parse `seeded-random template …` (`--opt value` and `--opt=value`); throws UsageError. */
export function parseTemplateArgs(argv: readonly string[]): TemplateCliOptions {
  const opts: TemplateCliOptions = { n: 1, layout: 'json', code: false, help: false };
  const rest = readArgv(argv, opts, (flag, arg) => {
    switch (flag) {
      case '-n':
      case '--n': {
        const text = arg.value();
        if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) throw new UsageError(`-n must be a positive integer, not '${text}'`);
        opts.n = Number(text);
        return true;
      }
      case '--layout': {
        const v = arg.value();
        if (!(TEMPLATE_LAYOUTS as readonly string[]).includes(v)) throw new UsageError(`--layout must be one of ${TEMPLATE_LAYOUTS.join(', ')}, not '${v}'`);
        opts.layout = v as TemplateLayout;
        return true;
      }
      case '--table':
        opts.table = arg.value();
        return true;
      case '--code':
        arg.none();
        opts.code = true;
        return true;
      default:
        return false;
    }
  });
  const args = rest[0] === 'template' ? rest.slice(1) : rest;
  if (args.length > 1) throw new UsageError(`expected one TEMPLATE, got ${args.length} arguments (quote the template)`);
  opts.template = args[0];
  if (opts.table !== undefined && opts.layout !== 'sql') throw new UsageError('--table applies to --layout sql only');
  if (opts.table !== undefined && (opts.table === '' || opts.table.length > 128)) throw new UsageError('--table must be a name of 1 to 128 characters');
  return opts;
}
