import { LITERAL_STYLES, type LiteralStyle } from '../../core/layout/literalStyles';

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
 * - `comma`: `3, 7, 1` (values as printed, strings raw);
 * - `lines`: one value per line.
 * A call that returns one value always inserts that value alone, whatever the style.
 */
export type ArrayStyle = 'literal' | 'comma' | 'lines';
export const ARRAY_STYLES: readonly ArrayStyle[] = ['literal', 'comma', 'lines'];

/** `seededRandom.literalStyle`: `auto` (by the document's language) or one of the core's literal styles. */
export type LiteralSetting = 'auto' | LiteralStyle;
export const LITERAL_SETTINGS: readonly LiteralSetting[] = ['auto', ...LITERAL_STYLES];
