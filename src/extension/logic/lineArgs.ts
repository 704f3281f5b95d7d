import type { EngineName } from '../../core/callSpec';
import { parseSize, type BlankLines } from '../../core/lines';
import type { PyObj } from '../../core/types';
import { BLANK_LINES } from './config';
import { ArgsError, argsObject, engineArg, seedArg } from './argChecks';

/**
 * Arguments of the line commands (keybindings, other extensions, tests); anything missing comes
 * from the settings or a prompt:
 * - Shuffle Lines: `{"engine", "seed", "header", "blankLines"}`;
 * - Sample Lines…: the same and `"k"` (an integer, or its text);
 * - Split Lines into Train/Test…: `{"seed", "testSize", "trainSize", "header", "blankLines"}` —
 *   no engine: scikit-learn always seeds NumPy's RandomState.
 * Sizes are read as scikit-learn reads them: a JSON integer or `"100"` is a count, `0.25` or
 * `"0.25"` a fraction, `"None"` the default. Values are checked by the core when the command runs.
 */
export interface LineArgs {
  engine?: EngineName;
  seed?: string;
  header?: boolean;
  blankLines?: BlankLines;
  /** Sample: how many lines (a Python value: an int, or whatever was given, for the core to refuse). */
  k?: PyObj;
  /** Split: Python values as scikit-learn sees them; `null` = None (the default). */
  testSize?: PyObj;
  trainSize?: PyObj;
}

export type LineCommand = 'shuffle' | 'sample' | 'split';

const KEYS: Record<LineCommand, readonly (keyof LineArgs)[]> = {
  shuffle: ['engine', 'seed', 'header', 'blankLines'],
  sample: ['engine', 'seed', 'header', 'blankLines', 'k'],
  split: ['seed', 'testSize', 'trainSize', 'header', 'blankLines'],
};

/** A size or k from JSON: integers are ints, other numbers floats, text is read by the core's `parseSize`. */
function sizeArg(name: string, v: unknown): PyObj {
  if (typeof v === 'number' && Number.isFinite(v)) return Number.isInteger(v) ? BigInt(v) : v;
  if (typeof v === 'string' && v.trim() !== '') return parseSize(v) ?? null;
  throw new ArgsError(`"${name}" must be a number or its text, such as 0.25 or "100"`);
}

/** Validate raw arguments of a line command; unknown keys are errors, so a typo is reported. */
export function parseLineArgs(command: LineCommand, raw: unknown): LineArgs {
  const why = (key: string) => (command === 'split' && key === 'engine' ? " (a split is scikit-learn's train_test_split: always NumPy RandomState)" : '');
  const obj = argsObject(raw, KEYS[command], '{"seed": 101}', why);
  if (!obj) return {};
  const out: LineArgs = {};
  if (obj.engine !== undefined) out.engine = engineArg(obj.engine);
  if (obj.seed !== undefined) out.seed = seedArg(obj.seed);
  if (obj.header !== undefined) {
    if (typeof obj.header !== 'boolean') throw new ArgsError('"header" must be true or false');
    out.header = obj.header;
  }
  if (obj.blankLines !== undefined) {
    if (typeof obj.blankLines !== 'string' || !(BLANK_LINES as readonly string[]).includes(obj.blankLines)) {
      throw new ArgsError(`"blankLines" must be ${BLANK_LINES.map((b) => `"${b}"`).join(' or ')}`);
    }
    out.blankLines = obj.blankLines as BlankLines;
  }
  if (obj.k !== undefined) out.k = sizeArg('k', obj.k);
  if (obj.testSize !== undefined) out.testSize = obj.testSize === null ? null : sizeArg('testSize', obj.testSize);
  if (obj.trainSize !== undefined) out.trainSize = obj.trainSize === null ? null : sizeArg('trainSize', obj.trainSize);
  return out;
}
