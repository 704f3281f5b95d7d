import { ALIASES, CJK_UNIFIED_RANGES, CODE_ALPHABET, NAMES, SINGLE_CODES, VOCAB } from './unicodeNames';

/**
 * The code point of a `\N{NAME}` escape as CPython 3.11 reads it (Objects/unicodeobject.c →
 * Modules/unicodedata.c `_getcode`), or undefined when the name is not one this tool knows:
 * - `HANGUL SYLLABLE …`: computed — the prefix and the jamo short names in upper case, each jamo
 *   the longest that matches (initial, medial, final), the whole name consumed;
 * - `CJK UNIFIED IDEOGRAPH-XXXX`: computed — 4 or 5 upper-case hex digits of a unified ideograph;
 * - any other name or alias: looked up with ASCII letters upper-cased (`\N{bullet}` is `•`) in
 *   the generated table ({@link ./unicodeNames}), which holds the names of the blocks people
 *   type into strings, not every name Python knows.
 */
export function lookupUnicodeName(name: string): number | undefined {
  if (name.startsWith('HANGUL SYLLABLE ')) return hangulSyllable(name.slice(16));
  if (name.startsWith('CJK UNIFIED IDEOGRAPH-')) return cjkUnified(name.slice(22));
  return unicodeNameTable().get(name.replace(/[a-z]+/g, (s) => s.toUpperCase()));
}

const S_BASE = 0xac00;
const JAMO_INITIAL = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_MEDIAL = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_FINAL = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

function hangulSyllable(rest: string): number | undefined {
  let pos = 0;
  const longest = (jamo: readonly string[]): number => {
    let best = -1;
    let bestLen = -1;
    jamo.forEach((j, i) => {
      if (j.length > bestLen && rest.startsWith(j, pos)) {
        best = i;
        bestLen = j.length;
      }
    });
    pos += Math.max(bestLen, 0);
    return best;
  };
  const l = longest(JAMO_INITIAL);
  const v = longest(JAMO_MEDIAL);
  const t = longest(JAMO_FINAL);
  if (l < 0 || v < 0 || t < 0 || pos !== rest.length) return undefined;
  return S_BASE + (l * JAMO_MEDIAL.length + v) * JAMO_FINAL.length + t;
}

function cjkUnified(hex: string): number | undefined {
  if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
  const cp = parseInt(hex, 16);
  for (let i = 0; i < CJK_UNIFIED_RANGES.length; i += 2) {
    if (cp >= CJK_UNIFIED_RANGES[i] && cp <= CJK_UNIFIED_RANGES[i + 1]) return cp;
  }
  return undefined;
}

let table: ReadonlyMap<string, number> | undefined;

/** Name (and alias) → code point, decoded from the packed table the first time a `\N{…}` is read. */
export function unicodeNameTable(): ReadonlyMap<string, number> {
  if (table) return table;
  const vocab = VOCAB.split(' ');
  const digit = new Map<string, number>([...CODE_ALPHABET].map((c, i) => [c, i]));
  const out = new Map<string, number>();
  let cp = -1;
  for (let entry of NAMES.split('|')) {
    if (entry.startsWith('~')) {
      const end = entry.indexOf('~', 1);
      cp += parseInt(entry.slice(1, end), 36);
      entry = entry.slice(end + 1);
    }
    cp++;
    const words: string[] = [];
    for (let i = 0; i < entry.length; i++) {
      const d = digit.get(entry[i])!;
      words.push(vocab[d < SINGLE_CODES ? d : SINGLE_CODES + (d - SINGLE_CODES) * CODE_ALPHABET.length + digit.get(entry[++i])!]);
    }
    out.set(words.join(' '), cp);
  }
  for (const [alias, code] of ALIASES) out.set(alias, code);
  table = out;
  return out;
}
