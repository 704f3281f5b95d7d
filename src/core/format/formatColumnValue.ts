import { columnValue, type Column } from '../column';
import { formatFloat, formatValueWith } from './formatValueWith';
import { groupDigits } from './groupDigits';
import type { NumberFormat } from './numberFormat';

/**
 * Value `i` of a column as printed on its own line under `fmt` — exactly
 * `formatValueWith(columnValue(col, i), fmt)`, without making a BigInt for an int. For filling many
 * cursors from one bulk draw (`runPreparedColumn`), one text per cursor.
 */
export function formatColumnValue(col: Column, i: number, fmt: NumberFormat): string {
  switch (col.kind) {
    case 'float': {
      const s = formatFloat(col.values[i], fmt);
      return fmt.thousands ? groupDigits(s, ',') : s;
    }
    case 'int': {
      const s = String(col.values[i]); // an exact integer below 2**53: plain digits, as Python's int
      return fmt.thousands ? groupDigits(s, ',') : s;
    }
    case 'py':
      return formatValueWith(columnValue(col, i), fmt);
  }
}
