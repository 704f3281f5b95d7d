/**
 * How values are written as text — the same in the preview, the insertion, a generated document,
 * the CLI (`--format`) and the reproducing code's `print`. Every style is defined as a Python
 * `format()` call, so "the same text as Python" has one meaning:
 *
 * | value  | style `repr`        | `fixed` (decimals d)       | `significant` (digits p)   |
 * |--------|---------------------|----------------------------|----------------------------|
 * | float  | `repr(x)`           | `format(x, '.{d}f')`       | `format(x, '.{p}g')`       |
 * | int    | `repr(n)`           | `repr(n)` (ints stay exact)| `repr(n)`                  |
 *
 * With `thousands`, the spec gets Python's `,` option: floats `format(x, ',')` /
 * `format(x, ',.{d}f')` / `format(x, ',.{p}g')`, ints `format(n, ',')` (bools are not ints here:
 * they print `True`/`False`). Strings print raw (`str(s)`, as `print` does) unless `quoteStrings`,
 * then as `repr(s)`. None, containers and bools always print as `repr` (no format inside).
 */
export type FloatStyle =
  | { style: 'repr' }
  | { style: 'fixed'; decimals: number }
  | { style: 'significant'; digits: number };

export type NumberFormat = FloatStyle & {
  /** Group integer digits by thousands with `,` (Python's `,` format option); default false. */
  thousands?: boolean;
  /** Print strings as Python `repr` (`'abc'`) instead of raw; default false. */
  quoteStrings?: boolean;
};

/** The default: exactly what Python prints. */
export const REPR_FORMAT: NumberFormat = Object.freeze({ style: 'repr' }) as NumberFormat;

/** Largest `decimals`/`digits` accepted (JavaScript's `toFixed`/`toExponential` limit, far beyond double precision). */
export const MAX_FORMAT_DIGITS = 100;

/** The spellings {@link parseNumberFormat} accepts, for usage text and error messages. */
export const NUMBER_FORMAT_HELP =
  `"repr", "fixed:N" (or ".Nf"), "sig:N" (or ".Ng"), optionally with a leading "," for thousands (",", ",.2f"); ` +
  `N from 0 (fixed) or 1 (sig) to ${MAX_FORMAT_DIGITS}`;

const SPEC_RE = /^(,?)(?:\.(\d{1,3})([fg]))?$/;
const WORD_RE = /^(fixed|sig):(\d{1,3})$/;

/**
 * Read a format as typed in settings, keybinding args or `--format`: `repr`, `fixed:3`, `sig:6`,
 * or the Python format-spec spellings `.3f`, `.6g`, `,` (repr with thousands), `,.2f`, `,.6g`
 * (`.0g` means `.1g`, as in Python). Surrounding spaces are ignored. Returns undefined when the
 * text is none of these.
 */
export function parseNumberFormat(text: unknown): NumberFormat | undefined {
  if (typeof text !== 'string') return undefined;
  const t = text.trim();
  if (t === 'repr') return { style: 'repr' };
  const word = WORD_RE.exec(t);
  if (word) return make(word[1] === 'fixed' ? 'f' : 'g', Number(word[2]), false, word[1] === 'sig');
  const spec = SPEC_RE.exec(t);
  if (!spec || t === '') return undefined;
  const thousands = spec[1] === ',';
  if (spec[2] === undefined) return { style: 'repr', thousands: true };
  return make(spec[3] as 'f' | 'g', Number(spec[2]), thousands, false);
}

function make(kind: 'f' | 'g', n: number, thousands: boolean, strictSig: boolean): NumberFormat | undefined {
  if (n > MAX_FORMAT_DIGITS) return undefined;
  const extra = thousands ? { thousands: true } : {};
  if (kind === 'f') return { style: 'fixed', decimals: n, ...extra };
  if (n === 0 && strictSig) return undefined;
  return { style: 'significant', digits: Math.max(1, n), ...extra };
}

/**
 * Check a format given as data (a keybinding's `"format": {...}` or a stored setting) and return
 * a clean copy, or undefined when it is not a valid {@link NumberFormat}. Strings are parsed with
 * {@link parseNumberFormat}.
 */
export function toNumberFormat(value: unknown): NumberFormat | undefined {
  if (typeof value === 'string') return parseNumberFormat(value);
  if (value === null || typeof value !== 'object') return undefined;
  const o = value as Record<string, unknown>;
  const flags: { thousands?: boolean; quoteStrings?: boolean } = {};
  for (const k of ['thousands', 'quoteStrings'] as const) {
    if (o[k] === undefined) continue;
    if (typeof o[k] !== 'boolean') return undefined;
    if (o[k]) flags[k] = true;
  }
  const n = (v: unknown, min: number) => (Number.isInteger(v) && (v as number) >= min && (v as number) <= MAX_FORMAT_DIGITS ? (v as number) : undefined);
  switch (o.style) {
    case 'repr':
      return { style: 'repr', ...flags };
    case 'fixed': {
      const decimals = n(o.decimals, 0);
      return decimals === undefined ? undefined : { style: 'fixed', decimals, ...flags };
    }
    case 'significant': {
      const digits = n(o.digits, 1);
      return digits === undefined ? undefined : { style: 'significant', digits, ...flags };
    }
  }
  return undefined;
}

/**
 * The Python format spec that gives a float (or, with `forInt`, an int) the same text:
 * `''`, `','`, `'.3f'`, `',.6g'`… For ints only the grouping applies. `format(v, spec)` in Python
 * is then exactly {@link formatValueWith}'s text for that value (repr style: `format(x, '')` is
 * `repr(x)` for floats).
 */
export function pythonFormatSpec(fmt: NumberFormat, forInt = false): string {
  const group = fmt.thousands ? ',' : '';
  if (forInt) return group;
  switch (fmt.style) {
    case 'repr':
      return group;
    case 'fixed':
      return `${group}.${fmt.decimals}f`;
    case 'significant':
      return `${group}.${fmt.digits}g`;
  }
}

/** The canonical text of a format (`repr`, `,`, `.3f`, `,.6g`), which {@link parseNumberFormat} reads back. `quoteStrings` is not part of it. */
export function numberFormatText(fmt: NumberFormat): string {
  return fmt.style === 'repr' && !fmt.thousands ? 'repr' : pythonFormatSpec(fmt);
}

/** Whether the format prints every value exactly as Python's `print` does. */
export function isPlainFormat(fmt: NumberFormat): boolean {
  return fmt.style === 'repr' && !fmt.thousands && !fmt.quoteStrings;
}
