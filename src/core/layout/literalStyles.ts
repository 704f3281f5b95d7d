// The style names alone, with no formatting code: settings validation needs them at activation.

/**
 * The literal syntaxes values can be written in, so that the text reads back as the same values:
 * - `python`: a Python list `[4, 'a', None, nan→float('nan')]`;
 * - `numpy`: `np.array([...])` (needs `import numpy as np`), non-finite floats as `np.nan`, `np.inf`;
 * - `json`: a JSON array; NaN and ±Infinity have no JSON form and are written as the strings
 *   `"NaN"`, `"Infinity"`, `"-Infinity"`, which Python's `float()` and JavaScript's `Number()` read
 *   back (`JSON.stringify`'s `null` would lose which one it was; Python's `json.dumps` writes bare
 *   `NaN`, which `JSON.parse` rejects); tuples become arrays, None `null`, bools `true`/`false`;
 * - `javascript`: like `json` but `NaN`, `Infinity`, `-Infinity` (valid JavaScript/TypeScript);
 * - `csv`: one row, fields separated by `,`, each field as printed on its own line and quoted per
 *   RFC 4180 when it holds `,`, `"`, CR or LF;
 * - `tsv`: the same row with tab separators (a field holding a tab is quoted).
 */
export type LiteralStyle = 'python' | 'numpy' | 'json' | 'javascript' | 'csv' | 'tsv';
export const LITERAL_STYLES: readonly LiteralStyle[] = ['python', 'numpy', 'json', 'javascript', 'csv', 'tsv'];
