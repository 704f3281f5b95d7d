import type { EngineName } from '../../core/callSpec';
import type { NumberFormat } from '../../core/format/numberFormat';
import { ArgsError, argsObject, engineArg, formatArg, seedArg } from './argChecks';
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

/**
 * Validate raw command arguments (anything JSON can hold, or `undefined` when run from the palette).
 * Unknown keys are errors, so a typo such as `"seeds"` is reported instead of silently ignored.
 * A seed may be given as a JSON integer (`101`) or as text (`"101"`, `"[1, 2]"`, `"'abc'"`).
 */
export function parseInsertArgs(raw: unknown): InsertArgs {
  const obj = argsObject(raw, KEYS, '{"call": "randint(1, 100)"}');
  if (!obj) return {};
  const out: InsertArgs = {};
  if (obj.engine !== undefined) out.engine = engineArg(obj.engine);
  if (obj.seed !== undefined) out.seed = seedArg(obj.seed, MAX_TEXT, '"101" or "[1, 2, 3]"');
  if (obj.call !== undefined) {
    if (typeof obj.call !== 'string' || obj.call.trim() === '' || obj.call.length > MAX_TEXT) {
      throw new ArgsError('"call" must be a non-empty string such as "randint(1, 100)"');
    }
    out.call = obj.call;
  }
  if (obj.format !== undefined) out.format = formatArg(obj.format);
  if (obj.fill !== undefined) {
    if (typeof obj.fill !== 'string' || !(FILL_MODES as readonly string[]).includes(obj.fill)) {
      throw new ArgsError(`"fill" must be ${FILL_MODES.map((f) => `"${f}"`).join(' or ')}`);
    }
    out.fill = obj.fill as FillMode;
  }
  return out;
}
