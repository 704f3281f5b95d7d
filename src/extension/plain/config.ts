import type { EngineName } from '../../core/callSpec';
import { ENGINE_NAMES, isEngineName } from '../../core/engineNames';
import { seedShown } from '../../core/call/seedShown';
import { clipText, seedText, seedTextProblem } from '../../core/seedText';
import { LITERAL_STYLES, type LiteralStyle } from '../../core/layout/literalStyles';
import type { BlankLines } from '../../core/lines';
import { NUMBER_FORMAT_HELP, parseNumberFormat, REPR_FORMAT, type NumberFormat } from '../../core/format/numberFormat';

// The values the enumerated settings accept, with no code behind them: settings are validated at
// activation (the status bar reads them), when nothing of the core is loaded yet.

/** `seededRandom.fill`: `each`: the i-th selection gets the i-th call's result; `same`: one call, its text everywhere. */
export type FillMode = 'each' | 'same';
export const FILL_MODES: readonly FillMode[] = ['each', 'same'];

/**
 * How a call that returns several values (`size=3`, `sample(k=3)`, `shuffle`) fills one selection:
 * - `literal`: one literal in the document's syntax (the core's `formatLiteral`): `[3, 7, 1]` in
 *   Python, JSON, JavaScript/TypeScript and plain text, a CSV row `3,7,1` in CSV, `np.array([…])`
 *   when `seededRandom.literalStyle` says `numpy` — see {@link literalStyleOf};
 * - `comma`: `3, 7, 1` (values as printed, strings raw); a 2-D result one line per row;
 * - `lines`: one value per line.
 * A call that returns one value always inserts that value alone, whatever the style.
 */
export type ArrayStyle = 'literal' | 'comma' | 'lines';
export const ARRAY_STYLES: readonly ArrayStyle[] = ['literal', 'comma', 'lines'];

/** `seededRandom.literalStyle`: `auto` (by the document's language) or one of the core's literal styles. */
export type LiteralSetting = 'auto' | LiteralStyle;
export const LITERAL_SETTINGS: readonly LiteralSetting[] = ['auto', ...LITERAL_STYLES];

/** `restart`: every command seeds afresh (same values again); `continue`: the stream goes on. */
export type SequenceMode = 'restart' | 'continue';
export const SEQUENCE_MODES: readonly SequenceMode[] = ['restart', 'continue'];
export const BLANK_LINES: readonly BlankLines[] = ['keep', 'ignore'];

/**
 * The extension's settings, `seededRandom.<key>`, as validated values. The keys are typed once
 * here (`keyof Config`); package.json declares the same keys with their JSON schema and `scope`.
 */
export interface Config {
  /** The seed as typed: `101`, `[1, 2, 3]`, `'abc'` (the setting holds an integer or a string). */
  seed: string;
  engine: EngineName;
  sequence: SequenceMode;
  fill: FillMode;
  /** How floats (and grouped ints, quoted strings) print: see the core's {@link NumberFormat}. */
  format: NumberFormat;
  /** Print strings as Python literals (`'abc'`) instead of raw text. */
  quoteStrings: boolean;
  arrays: ArrayStyle;
  /** The literal syntax of `arrays: literal`: `auto` follows the document's language (see the core's `literalStyleFor`). */
  literalStyle: LiteralSetting;
  /** Line commands: the first line of the document is a header that stays out of the draw. */
  'lines.header': boolean;
  /** Line commands: blank lines take part (`keep`) or stay out of the draw (`ignore`). */
  'lines.blankLines': BlankLines;
  showStatusBar: boolean;
  /** Inlay hints and CodeLens with the values of seeded random calls in Python files and notebooks. */
  inlineValues: boolean;
  /** Record templates by name (read by `seeded-random template NAME`; docs/RECIPES.md). */
  templates: Readonly<Record<string, string>>;
}

export type ConfigKey = keyof Config;

export const CONFIG_SECTION = 'seededRandom';

/** Defaults; they equal package.json's `default`s (a unit test checks). */
export const CONFIG_DEFAULTS: Readonly<Config> = {
  seed: '0',
  engine: 'numpy',
  sequence: 'restart',
  fill: 'each',
  format: REPR_FORMAT,
  quoteStrings: false,
  arrays: 'literal',
  literalStyle: 'auto',
  'lines.header': false,
  'lines.blankLines': 'keep',
  showStatusBar: true,
  inlineValues: true,
  templates: {},
};

export const CONFIG_KEYS = Object.keys(CONFIG_DEFAULTS) as ConfigKey[];

const oneOf = <T extends string>(values: readonly T[]) => (v: unknown): T | undefined =>
  typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : undefined;

/** Per key: the raw setting → its valid value, or undefined when invalid. */
const VALIDATORS: { [K in ConfigKey]: (raw: unknown) => Config[K] | undefined } = {
  seed: (v) => seedText(v),
  engine: (v) => (typeof v === 'string' && isEngineName(v) ? v : undefined),
  sequence: oneOf(SEQUENCE_MODES),
  fill: oneOf(FILL_MODES),
  format: (v) => parseNumberFormat(v),
  quoteStrings: (v) => (typeof v === 'boolean' ? v : undefined),
  arrays: oneOf(ARRAY_STYLES),
  literalStyle: oneOf(LITERAL_SETTINGS),
  'lines.header': (v) => (typeof v === 'boolean' ? v : undefined),
  'lines.blankLines': oneOf(BLANK_LINES),
  showStatusBar: (v) => (typeof v === 'boolean' ? v : undefined),
  inlineValues: (v) => (typeof v === 'boolean' ? v : undefined),
  templates: (v) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((t) => typeof t === 'string')
      ? (v as Record<string, string>)
      : undefined,
};

const EXPECTED: { [K in ConfigKey]: string } = {
  seed: 'an integer or a non-empty string',
  engine: ENGINE_NAMES.map((e) => `"${e}"`).join(', '),
  sequence: SEQUENCE_MODES.map((e) => `"${e}"`).join(' or '),
  fill: FILL_MODES.map((e) => `"${e}"`).join(' or '),
  format: NUMBER_FORMAT_HELP,
  quoteStrings: 'true or false',
  arrays: ARRAY_STYLES.map((e) => `"${e}"`).join(', '),
  literalStyle: LITERAL_SETTINGS.map((e) => `"${e}"`).join(', '),
  'lines.header': 'true or false',
  'lines.blankLines': BLANK_LINES.map((e) => `"${e}"`).join(' or '),
  showStatusBar: 'true or false',
  inlineValues: 'true or false',
  templates: 'an object of template names to template text',
};

/** A setting that held an invalid value and was replaced by its default. */
export interface ConfigProblem {
  key: ConfigKey;
  message: string;
}

/**
 * Validate settings on read. `read(key)` returns the raw value VS Code resolved for the resource
 * (undefined when unset). Invalid values fall back to the default and are reported, never thrown:
 * a typo in settings.json must not break the command.
 */
export function readConfig(read: (key: ConfigKey) => unknown): { config: Config; problems: ConfigProblem[] } {
  const config = { ...CONFIG_DEFAULTS } as Config;
  const problems: ConfigProblem[] = [];
  for (const key of CONFIG_KEYS) {
    const raw = read(key);
    if (raw === undefined) continue;
    const value = VALIDATORS[key](raw);
    if (value === undefined) {
      const said = key === 'seed' ? seedTextProblem(raw) : `${clipText(JSON.stringify(raw) ?? String(raw))}; expected ${EXPECTED[key]}`;
      problems.push({ key, message: `${CONFIG_SECTION}.${key} is ${said}. Using the default.` });
    } else {
      (config as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return { config, problems };
}

/**
 * How a seed is stored in settings.json: a JSON number when it is a plain integer that JSON keeps
 * exactly (`101`), else the text (`"[1, 2, 3]"`, `"18446744073709551616"`, `"'abc'"`).
 */
export function seedSettingValue(seed: string): number | string {
  const t = seed.trim();
  if (/^-?\d+$/.test(t) && Number.isSafeInteger(Number(t)) && String(Number(t)) === t) return Number(t);
  return t;
}

/** Where a written setting goes. */
export type SettingsTarget = 'user' | 'workspace' | 'folder';

/**
 * Where to save the seed: no folder open → user settings; a multi-root workspace whose folder
 * already sets its own seed → that folder's settings; else the workspace (`.vscode/settings.json`
 * in a single-folder window).
 */
export function seedTarget(w: { folderOpen: boolean; multiRoot: boolean; folderHasValue: boolean }): SettingsTarget {
  if (!w.folderOpen) return 'user';
  if (w.multiRoot && w.folderHasValue) return 'folder';
  return 'workspace';
}

/** Longest seed shown in the status bar before it is shortened with `…`. */
const MAX_SEED_CHARS = 24;

/**
 * The status bar text: `numpy · 101` (engine · seed); in `continue` mode a `⟳` marks that values
 * carry on from the last insertion rather than restarting from the seed.
 */
export function statusText(engine: string, seedText: string, sequence: SequenceMode): string {
  const seed = seedShown(seedText); // as Python source: hello → 'hello'
  const shown = seed.length > MAX_SEED_CHARS ? `${seed.slice(0, MAX_SEED_CHARS - 1)}…` : seed;
  return `${engine} · ${shown}${sequence === 'continue' ? ' ⟳' : ''}`;
}

/**
 * The status bar tooltip: `Seeded Random: np.random.seed(101), sequence restart. …` — the engine's
 * seeding text with the seed (cut like the status text when long) put in by plain concatenation: a
 * seed is never read as a `String.replace` pattern (`$\``, `$&`, `$'` stay as typed).
 */
export function statusTooltip(seeding: string, seed: string, sequence: SequenceMode): string {
  const shown = seed.length > MAX_TOOLTIP_SEED_CHARS ? `${seed.slice(0, MAX_TOOLTIP_SEED_CHARS - 1)}…` : seed;
  const call = seeding.endsWith('s)') ? `${seeding.slice(0, -2)}${shown})` : seeding;
  return `Seeded Random: ${call}, sequence ${sequence}. Click to set the seed.`;
}

/** Longest seed shown in the tooltip before it is shortened with `…`. */
const MAX_TOOLTIP_SEED_CHARS = 200;

/** A fresh seed from 32 random bits (valid for every engine: numpy takes 0 ≤ seed < 2**32). */
export function seedFromRandomWord(word: number): string {
  return String(word >>> 0);
}
