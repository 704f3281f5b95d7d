import { shapeCount } from '../callShape';
import { PyError } from '../errors';
import type { PreparedCall } from '../run';

/** Above this many values, a generated document asks for confirmation first. */
export const CONFIRM_ABOVE = 10_000_000;
/**
 * Most values one editor document may receive. An editor holds its whole text in memory (about
 * 20 bytes a value for `random()`: 10⁸ values ≈ 2 GB); more would crash the window, so more is
 * refused with a pointer to the CLI, which streams to a file in bounded memory.
 */
export const MAX_DOCUMENT_VALUES = 100_000_000;
/**
 * Most values a single call may return (`size=…`, `k=…`): one call's result is built as one array
 * before it is written, so this bounds memory (NumPy would allocate them; we refuse instead of
 * running out of memory). Many calls (`-n`, a document's count) stream and are not limited by it.
 */
export const MAX_VALUES_PER_CALL = 10_000_000;

/** Typical bytes a value takes as text (`0.8162953960575491` + line break), for estimates. */
const DEFAULT_BYTES_PER_VALUE = 20;

/** The outcome of {@link checkCount}: go ahead, ask the user first (with the question), or refuse (with why). */
export type CountCheck = { kind: 'ok' } | { kind: 'confirm'; message: string } | { kind: 'refuse'; message: string };

const grouped = (n: number) => n.toLocaleString('en-US');

function bytesText(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${Math.round(bytes / 1e6)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

/**
 * Whether generating `values` values into an editor document may go ahead: up to
 * {@link CONFIRM_ABOVE} yes; up to {@link MAX_DOCUMENT_VALUES} after confirmation; beyond, refused.
 * The messages are ready to show.
 *
 * @param values total values (calls × values per call, see {@link valuesPerCall}), ≥ 0
 * @param opts.bytesPerValue measured text size per value when known (from a preview), for the estimate
 * @param opts.cli the equivalent CLI command (`seeded-random --seed 101 -n 1000000000 'random()'`),
 *   suggested in the refusal
 */
export function checkCount(values: number, opts: { bytesPerValue?: number; cli?: string } = {}): CountCheck {
  const { bytesPerValue = DEFAULT_BYTES_PER_VALUE, cli } = opts;
  if (!(values >= 0)) return { kind: 'refuse', message: `${values} is not a number of values` };
  const size = bytesText(values * bytesPerValue);
  if (values > MAX_DOCUMENT_VALUES) {
    return {
      kind: 'refuse',
      message:
        `${grouped(values)} values (about ${size} of text) are more than an editor document can hold ` +
        `(at most ${grouped(MAX_DOCUMENT_VALUES)}). Write them to a file with the CLI instead` +
        (cli ? `: ${cli} > values.txt` : '.'),
    };
  }
  if (values > CONFIRM_ABOVE) {
    return { kind: 'confirm', message: `Generate ${grouped(values)} values (about ${size} of text)? A document this large makes the editor slow.` };
  }
  return { kind: 'ok' };
}

/**
 * How many values one call of `call` returns, from its arguments before running it: the product
 * of the call's shape (the table's `CallSpec.shape`: `size`, `k`, the length of `shuffle`'s `x`,
 * `multinomial`'s size × `len(pvals)`…), 1 for a scalar.
 */
export function valuesPerCall(call: PreparedCall): number {
  return shapeCount(call.shape);
}

/**
 * Refuse, before running, a call that would return more than {@link MAX_VALUES_PER_CALL} values
 * at once (a `ValueError` naming the limit and the way around it).
 */
export function checkCallSize(call: PreparedCall): void {
  const n = valuesPerCall(call);
  if (n > MAX_VALUES_PER_CALL) {
    throw new PyError(
      'ValueError',
      `${call.spec.name}() would return ${grouped(n)} values in one call; Seeded Random returns at most ` +
        `${grouped(MAX_VALUES_PER_CALL)} per call (make more calls instead: -n, or a smaller size)`,
    );
  }
}
