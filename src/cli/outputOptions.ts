import { NUMBER_FORMAT_HELP, parseNumberFormat, REPR_FORMAT, type NumberFormat } from '../core/format/numberFormat';
import { isLayout, LAYOUTS, type Layout } from '../core/layout/layoutWriter';

/** How the CLI writes what it draws: `--code`, `--format`, `--thousands`, `--quote-strings`, `--layout`, `--column`. */
export interface OutputOptions {
  /** Print the Python that reproduces the values instead of the values. */
  code: boolean;
  format: NumberFormat;
  layout: Layout;
  /** The CSV column's header line (`--column`), for `--layout csv`. */
  header?: string;
}

export const defaultOutputOptions = (): OutputOptions => ({ code: false, format: { ...REPR_FORMAT }, layout: 'lines' });

/** The usage lines of these options. */
export const OUTPUT_USAGE = `  --format F   how numbers print: repr (default, as Python prints), fixed:N (format(x, '.Nf')),
               sig:N (format(x, '.Ng')); Python spellings .3f, .6g, ",.2f" also work
  --thousands  group digits by thousands: format(x, ',') (ints too)
  --quote-strings  print strings as repr ('abc') instead of raw
  --layout L   ${LAYOUTS.join(', ')} (one value per line, a CSV column with a header,
               a JSON array, a Python list, np.array([...])); big -n streams in chunks
  --column H   the CSV column's header line (default value)
  --code       print the Python that reproduces the values (print()s exactly this output)`;

/** Thrown for a bad value; the caller turns it into its usage error. */
export type UsageErrorFactory = (message: string) => Error;

/**
 * Apply one output flag to `opts`. Returns false when `flag` is not an output flag; `value()`
 * fetches the flag's value (and advances). Throws `usage(...)` for bad values.
 */
export function applyOutputFlag(opts: OutputOptions, flag: string, value: () => string, usage: UsageErrorFactory): boolean {
  switch (flag) {
    case '--code':
      opts.code = true;
      return true;
    case '--format': {
      const text = value();
      const fmt = parseNumberFormat(text);
      if (!fmt) throw usage(`--format must be ${NUMBER_FORMAT_HELP}; not '${text}'`);
      opts.format = { ...fmt, ...(opts.format.thousands ? { thousands: true } : {}), ...(opts.format.quoteStrings ? { quoteStrings: true } : {}) };
      return true;
    }
    case '--thousands':
      opts.format = { ...opts.format, thousands: true };
      return true;
    case '--quote-strings':
      opts.format = { ...opts.format, quoteStrings: true };
      return true;
    case '--layout': {
      const text = value();
      if (!isLayout(text)) throw usage(`--layout must be one of ${LAYOUTS.join(', ')}; not '${text}'`);
      opts.layout = text;
      return true;
    }
    case '--column':
      opts.header = value();
      return true;
  }
  return false;
}

/** Combinations that make no sense, refused with a clear message. */
export function checkOutputOptions(opts: OutputOptions, usage: UsageErrorFactory): void {
  if (opts.code && opts.layout !== 'lines') throw usage('--code prints values one per line; it cannot be combined with --layout');
  if (opts.header !== undefined && opts.layout !== 'csv') throw usage('--column is for --layout csv');
}
