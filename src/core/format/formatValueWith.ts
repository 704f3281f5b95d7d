import type { PyObj } from '../types';
import { formatFixed } from './formatFixed';
import { formatSignificant } from './formatSignificant';
import { formatValue, repr, reprFloat, reprString, strForPrint } from './formatValue';
import { groupDigits } from './groupDigits';
import type { NumberFormat } from './numberFormat';

/**
 * A float's text under a format, with no grouping: `repr(x)`, `format(x, '.{d}f')` or
 * `format(x, '.{p}g')` (see {@link NumberFormat}).
 */
export function formatFloat(x: number, fmt: NumberFormat): string {
  switch (fmt.style) {
    case 'repr':
      return reprFloat(x);
    case 'fixed':
      return formatFixed(x, fmt.decimals);
    case 'significant':
      return formatSignificant(x, fmt.digits);
  }
}

/**
 * One value as printed on its own line — in the CLI, a `lines` document, a cursor — under `fmt`:
 * Python's `format(v, spec)` for floats and ints (spec from {@link pythonFormatSpec}), strings
 * raw or (with `quoteStrings`) `repr`, everything else `repr` (see {@link NumberFormat}).
 * With the default format this is {@link formatValue}: what `print(v)` shows.
 */
export function formatValueWith(v: PyObj, fmt: NumberFormat): string {
  switch (typeof v) {
    case 'number': {
      const s = formatFloat(v, fmt);
      return fmt.thousands ? groupDigits(s, ',') : s;
    }
    case 'bigint':
      return fmt.thousands ? groupDigits(v.toString(), ',') : v.toString();
    case 'string':
      return fmt.quoteStrings ? reprString(v) : strForPrint(v);
  }
  return v === null || typeof v === 'boolean' ? formatValue(v) : repr(v);
}
