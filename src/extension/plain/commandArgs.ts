import type { CountCheck } from '../../core/layout/checkCount';
import type { EngineName } from '../../core/callSpec';
import { ENGINE_NAMES, isEngineName } from '../../core/engineNames';
import { NUMBER_FORMAT_HELP, toNumberFormat, type NumberFormat } from '../../core/format/numberFormat';
import { isLayout, LAYOUTS, type Layout } from '../../core/layout/layoutWriter';
import { parseSize, type BlankLines } from '../../core/lines';
import { PyError } from '../../core/errors';
import { TEMPLATE_LAYOUTS, type TemplateLayout } from '../../core/template/templateOutput';
import type { PyObj } from '../../core/types';
import { BLANK_LINES, FILL_MODES, type FillMode } from './config';

// The checks the commands' JSON arguments (keybindings, `executeCommand`) share. Each throws
// ArgsError with a message for the user; the command says which command's arguments were bad.

/** Thrown for malformed args; the message says what is wrong, for the user. */
export class ArgsError extends Error {}

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/**
 * The arguments as an object whose keys are all in `keys` (`undefined` when there are none, as
 * from the palette). Unknown keys are errors, so a typo such as `"seeds"` is reported instead of
 * silently ignored; `why` may add a reason for a key.
 *
 * @param example an object for the message, such as `{"seed": 101}`
 */
export function argsObject(raw: unknown, keys: readonly string[], example: string, why: (key: string) => string = () => ''): Record<string, unknown> | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ArgsError(`arguments must be an object such as ${example}`);
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!keys.includes(key)) throw new ArgsError(`unknown argument "${key}"${why(key)}; expected ${quoted(keys)}`);
  }
  return obj;
}

/** `"engine"`: one of the engines' names. */
export function engineArg(v: unknown): EngineName {
  if (typeof v !== 'string' || !isEngineName(v)) throw new ArgsError(`"engine" must be one of ${quoted(ENGINE_NAMES)}`);
  return v;
}

/**
 * `"seed"`: a JSON integer (`101`) or text (`"101"`, `"[1, 2]"`, `"'abc'"`) for the engine's own
 * seeding to judge. `maxLength` bounds the text; `examples` ends the message.
 */
export function seedArg(v: unknown, maxLength = Infinity, examples = '"101"'): string {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  if (typeof v === 'string' && v.trim() !== '' && v.length <= maxLength) return v;
  throw new ArgsError(`"seed" must be an integer or a non-empty string such as ${examples}`);
}

/** `"format"`: a number format as text (`".2f"`) or as an object. */
export function formatArg(v: unknown): NumberFormat {
  const format = toNumberFormat(v);
  if (!format) throw new ArgsError(`"format" must be ${NUMBER_FORMAT_HELP}`);
  return format;
}

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
  /**
   * A record template (`{"id": uuid4(), "age": randint(18, 90)}`) or the name of one saved in
   * `seededRandom.templates`: one record per selection, in the document's layout, without prompts.
   */
  template?: string;
}

const INSERT_KEYS = ['engine', 'seed', 'call', 'format', 'fill', 'template'] as const;

/** Longest seed or call text accepted from args (the parser has its own, larger limit). */
const MAX_TEXT = 100_000;

/**
 * Validate raw command arguments (anything JSON can hold, or `undefined` when run from the palette).
 * Unknown keys are errors, so a typo such as `"seeds"` is reported instead of silently ignored.
 * A seed may be given as a JSON integer (`101`) or as text (`"101"`, `"[1, 2]"`, `"'abc'"`).
 */
export function parseInsertArgs(raw: unknown): InsertArgs {
  const obj = argsObject(raw, INSERT_KEYS, '{"call": "randint(1, 100)"}');
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
  if (obj.template !== undefined) out.template = templateArg(obj.template, out.call);
  return out;
}

/** `"template"`: a template's text or a saved template's name; not with `"call"`. */
function templateArg(v: unknown, call: string | undefined): string {
  if (typeof v !== 'string' || v.trim() === '' || v.length > MAX_TEXT) throw new ArgsError('"template" must be a non-empty string: a template such as {"id": uuid4()} or the name of a saved one');
  if (call !== undefined) throw new ArgsError('give "call" or "template", not both');
  return v;
}

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

const LINE_KEYS: Record<LineCommand, readonly (keyof LineArgs)[]> = {
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
  const obj = argsObject(raw, LINE_KEYS[command], '{"seed": 101}', why);
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
  /** A record template or a saved template's name: `count` records in `layout` (`json`, `jsonl`, `csv`, `python`, `sql`). */
  template?: string;
  /** `layout` when a template is given. */
  recordLayout?: TemplateLayout;
}

const GENERATE_KEYS = ['engine', 'seed', 'call', 'count', 'layout', 'format', 'header', 'confirm', 'template'] as const;

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

/**
 * The count prompt's checks of typed text (Generate into a New Document, for calls and records):
 * a whole number ({@link parseCount}; else `Type a whole number, e.g. <example>`) that `check`
 * does not refuse; `check`'s confirmation is the prompt's warning.
 */
export function countInput(check: (n: number) => CountCheck, example: string) {
  return {
    compute: (t: string): number => {
      const n = parseCount(t);
      if (n === undefined) throw new Error(`Type a whole number, e.g. ${example}`);
      const c = check(n);
      if (c.kind === 'refuse') throw new Error(c.message);
      return n;
    },
    warning: (_t: string, n: number): string | undefined => {
      const c = check(n);
      return c.kind === 'confirm' ? c.message : undefined;
    },
  };
}

/** Validate raw arguments; unknown keys are errors, so a typo is reported instead of ignored. */
export function parseGenerateArgs(raw: unknown): GenerateArgs {
  const obj = argsObject(raw, GENERATE_KEYS, '{"call": "random()", "count": 1000}');
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
  if (obj.template !== undefined) out.template = templateArg(obj.template, out.call);
  if (obj.layout !== undefined) {
    if (out.template !== undefined) {
      if (!(TEMPLATE_LAYOUTS as readonly unknown[]).includes(obj.layout)) throw new ArgsError(`"layout" of a template must be one of ${TEMPLATE_LAYOUTS.map((l) => `"${l}"`).join(', ')}`);
      out.recordLayout = obj.layout as TemplateLayout;
    } else {
      if (!isLayout(obj.layout)) throw new ArgsError(`"layout" must be one of ${LAYOUTS.map((l) => `"${l}"`).join(', ')}`);
      out.layout = obj.layout;
    }
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

/** k as the core takes it: an int (bigint) or a number; anything else is refused as Python would. */
export function kValue(k: PyObj | undefined): bigint | number {
  if (typeof k === 'bigint' || typeof k === 'number') return k;
  throw new PyError('TypeError', `k must be an integer, such as 10 (got ${k === undefined || k === null ? 'None' : JSON.stringify(k)})`);
}

/** `None` (undefined) stays the default; a Python value is passed on for scikit-learn to judge. */
export const sizeArgOrDefault = (v: PyObj | undefined): PyObj | undefined => (v === null ? undefined : v);
