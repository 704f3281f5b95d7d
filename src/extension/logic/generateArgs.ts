import type { EngineName } from '../../core/callSpec';
import type { NumberFormat } from '../../core/format/numberFormat';
import { isLayout, LAYOUTS, type Layout } from '../../core/layout/layoutWriter';
import { ArgsError, argsObject, engineArg, formatArg, seedArg } from './argChecks';

/**
 * Arguments of `seededRandom.generateDocument`, e.g. from a keybinding:
 * `{"call": "random()", "count": 1000000, "layout": "csv", "header": "x"}`. With `call`, `count`
 * and `layout` it runs without prompts (a count above the core's `CONFIRM_ABOVE` still asks,
 * unless `"confirm": true`). `count` is the number of calls (the CLI's `-n`): values, for calls
 * returning one value.
 */
export interface GenerateArgs {
  engine?: EngineName;
  seed?: string;
  call?: string;
  count?: number;
  layout?: Layout;
  format?: NumberFormat;
  /** The CSV column's header (default `value`). */
  header?: string;
  /** Skip the confirmation of a very large count. */
  confirm?: boolean;
}

const KEYS = ['engine', 'seed', 'call', 'count', 'layout', 'format', 'header', 'confirm'] as const;

/**
 * A count as typed: digits with optional `_` or `,` separators (`1_000_000`, `1,000,000`) or
 * scientific notation with an integer value (`1e6`). Undefined when it is not a whole number ≥ 0
 * within JavaScript's exact integers.
 */
export function parseCount(text: string): number | undefined {
  const t = text.trim();
  let n: number;
  if (/^\d{1,3}(,\d{3})+$/.test(t)) n = Number(t.replace(/,/g, ''));
  else if (/^\d+(_\d+)*$/.test(t)) n = Number(t.replace(/_/g, ''));
  else if (/^\d+(\.\d+)?[eE]\+?\d+$/.test(t)) n = Number(t);
  else return undefined;
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Validate raw arguments; unknown keys are errors, so a typo is reported instead of ignored. */
export function parseGenerateArgs(raw: unknown): GenerateArgs {
  const obj = argsObject(raw, KEYS, '{"call": "random()", "count": 1000}');
  if (!obj) return {};
  const out: GenerateArgs = {};
  if (obj.engine !== undefined) out.engine = engineArg(obj.engine);
  if (obj.seed !== undefined) out.seed = seedArg(obj.seed);
  if (obj.call !== undefined) {
    if (typeof obj.call !== 'string' || obj.call.trim() === '') throw new ArgsError('"call" must be a non-empty string such as "random()"');
    out.call = obj.call;
  }
  if (obj.count !== undefined) {
    const n = typeof obj.count === 'number' ? obj.count : typeof obj.count === 'string' ? parseCount(obj.count) : undefined;
    if (n === undefined || !Number.isSafeInteger(n) || n < 0) throw new ArgsError('"count" must be a whole number such as 1000000');
    out.count = n;
  }
  if (obj.layout !== undefined) {
    if (!isLayout(obj.layout)) throw new ArgsError(`"layout" must be one of ${LAYOUTS.map((l) => `"${l}"`).join(', ')}`);
    out.layout = obj.layout;
  }
  if (obj.format !== undefined) out.format = formatArg(obj.format);
  if (obj.header !== undefined) {
    if (typeof obj.header !== 'string') throw new ArgsError('"header" must be a string such as "value"');
    out.header = obj.header;
  }
  if (obj.confirm !== undefined) {
    if (typeof obj.confirm !== 'boolean') throw new ArgsError('"confirm" must be true or false');
    out.confirm = obj.confirm;
  }
  return out;
}
