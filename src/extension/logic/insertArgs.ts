import type { EngineName } from '../../core/callSpec';
import { ENGINE_NAMES, isEngineName } from '../../core/engines';
import { NUMBER_FORMAT_HELP, toNumberFormat, type NumberFormat } from '../../core/format/numberFormat';
import { FILL_MODES, type FillMode } from './settingChoices';

/**
 * Arguments of `seededRandom.insert`, e.g. from a keybinding:
 * `{"engine": "numpy", "seed": 101, "call": "randint(1, 100)", "format": ".2f", "fill": "same"}`.
 * With `call` the command runs without prompts. They are data: the call text is parsed by the
 * same safe parser as typed input, never evaluated.
 */
export interface InsertArgs {
  engine?: EngineName;
  seed?: string;
  call?: string;
  /** `"repr"`, `".2f"`, `"sig:6"`… or the same as an object (`{"style": "fixed", "decimals": 2}`). */
  format?: NumberFormat;
  fill?: FillMode;
}

const KEYS = ['engine', 'seed', 'call', 'format', 'fill'] as const;

/** Longest seed or call text accepted from args (the parser has its own, larger limit). */
const MAX_TEXT = 100_000;

/** Thrown for malformed args; the message says what is wrong, for the user. */
export class ArgsError extends Error {}

/**
 * Validate raw command arguments (anything JSON can hold, or `undefined` when run from the palette).
 * Unknown keys are errors, so a typo such as `"seeds"` is reported instead of silently ignored.
 * A seed may be given as a JSON integer (`101`) or as text (`"101"`, `"[1, 2]"`, `"'abc'"`).
 */
export function parseInsertArgs(raw: unknown): InsertArgs {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ArgsError('arguments must be an object such as {"call": "randint(1, 100)"}');
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new ArgsError(`unknown argument "${key}"; expected ${KEYS.map((k) => `"${k}"`).join(', ')}`);
    }
  }
  const out: InsertArgs = {};
  if (obj.engine !== undefined) {
    if (typeof obj.engine !== 'string' || !isEngineName(obj.engine)) {
      throw new ArgsError(`"engine" must be one of ${ENGINE_NAMES.map((e) => `"${e}"`).join(', ')}`);
    }
    out.engine = obj.engine;
  }
  if (obj.seed !== undefined) {
    if (typeof obj.seed === 'number' && Number.isSafeInteger(obj.seed)) out.seed = String(obj.seed);
    else if (typeof obj.seed === 'string' && obj.seed.trim() !== '' && obj.seed.length <= MAX_TEXT) out.seed = obj.seed;
    else throw new ArgsError('"seed" must be an integer or a non-empty string such as "101" or "[1, 2, 3]"');
  }
  if (obj.call !== undefined) {
    if (typeof obj.call !== 'string' || obj.call.trim() === '' || obj.call.length > MAX_TEXT) {
      throw new ArgsError('"call" must be a non-empty string such as "randint(1, 100)"');
    }
    out.call = obj.call;
  }
  if (obj.format !== undefined) {
    const format = toNumberFormat(obj.format);
    if (!format) throw new ArgsError(`"format" must be ${NUMBER_FORMAT_HELP}`);
    out.format = format;
  }
  if (obj.fill !== undefined) {
    if (typeof obj.fill !== 'string' || !(FILL_MODES as readonly string[]).includes(obj.fill)) {
      throw new ArgsError(`"fill" must be ${FILL_MODES.map((f) => `"${f}"`).join(' or ')}`);
    }
    out.fill = obj.fill as FillMode;
  }
  return out;
}
