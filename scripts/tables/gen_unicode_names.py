#!/usr/bin/env python3
"""Write src/core/call/unicodeNames.ts: the names `\\N{NAME}` escapes resolve, from CPython 3.11.

The truth is CPython itself: every name written to the table is checked by compiling the string
literal '\\N{NAME}' (so exactly what Python 3.11.7 accepts, Unicode 14.0.0, name aliases included).

- Names: `unicodedata.name(c)` for the code points in BLOCKS — the characters people put in string
  literals (Latin, Greek, punctuation, currency, arrows, math, box drawing, shapes, symbols,
  dingbats, playing cards, emoji), not all 33,000 stored names: that table would add ~330 KB to
  every bundle (the CLI, the extension, the web extension).
- Aliases of those code points (`\\N{NBSP}`, `\\N{LINE FEED}`, `\\N{BYTE ORDER MARK}`): candidates
  read from the Unicode 14.0 name list that Perl ships (unicore/Name.pl), each kept only if
  CPython's `\\N{…}` gives the same code point and `unicodedata.name` does not (an alias, not the
  name). Python has no list of its aliases; the check makes Perl's list only a source of guesses.
- CJK UNIFIED IDEOGRAPH-XXXX and HANGUL SYLLABLE … are computed (as CPython does): only the ranges of
  the unified ideographs are written.

Encoding: VOCAB is the words (split at spaces), most frequent first; NAMES is one entry per code point
in increasing order, separated by `|`, each the words' codes (a one- or two-character code per word);
`~N~` (N in base 36) before an entry skips N code points.
Run: python3 scripts/tables/gen_unicode_names.py
"""
import ast
import collections
import os
import platform
import re
import unicodedata

BLOCKS = [
    (0x0000, 0x024F),  # Basic Latin, Latin-1 Supplement, Latin Extended-A/B
    (0x0300, 0x036F),  # combining diacritical marks
    (0x0370, 0x03FF),  # Greek and Coptic
    (0x2000, 0x27FF),  # punctuation, super/subscripts, currency, letterlike, number forms, arrows,
                       # math operators, technical, box drawing, shapes, symbols, dingbats
    (0x2900, 0x2BFF),  # supplemental arrows, miscellaneous math, symbols and arrows
    (0x3000, 0x303F),  # CJK symbols and punctuation (IDEOGRAPHIC SPACE)
    (0xFE00, 0xFE0F),  # variation selectors (emoji presentation)
    (0xFEFF, 0xFEFF),  # ZERO WIDTH NO-BREAK SPACE
    (0xFFF9, 0xFFFD),  # specials (REPLACEMENT CHARACTER)
    (0x1F0A0, 0x1F0FF),  # playing cards
    (0x1F300, 0x1F6FF),  # emoji: symbols and pictographs, emoticons, transport and map
    (0x1F900, 0x1F9FF),  # supplemental symbols and pictographs
]

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, 'src', 'core', 'call', 'unicodeNames.ts')
PERL_NAMES = '/usr/share/perl/5.36/unicore/Name.pl'

# Characters usable as word codes inside a TypeScript string literal, none of them '|', '~' or a quote.
ALPHABET = ''.join(c for c in map(chr, range(0x21, 0x7F)) if c not in '|~\\"\'`${}')


def python_escape(name):
    """The string CPython 3.11 compiles '\\N{name}' to, or None when it refuses the name."""
    try:
        return ast.literal_eval("'\\N{%s}'" % name)
    except SyntaxError:
        return None


def in_blocks(cp):
    return any(lo <= cp <= hi for lo, hi in BLOCKS)


def algorithmic(name):
    return name.startswith('CJK UNIFIED IDEOGRAPH-') or name.startswith('HANGUL SYLLABLE ')


def main():
    names = []
    for lo, hi in BLOCKS:
        for cp in range(lo, hi + 1):
            n = unicodedata.name(chr(cp), None)
            if n is None or algorithmic(n):
                continue
            assert python_escape(n) == chr(cp), n
            names.append((cp, n))

    aliases = []
    text = open(PERL_NAMES, encoding='utf-8').read()
    for code, name in re.findall(r'^([0-9A-F]{4,6})\n([^\n]+)$', text, re.M):
        cp = int(code, 16)
        if unicodedata.name(chr(cp), None) == name or algorithmic(name):
            continue
        if in_blocks(cp) and python_escape(name) == chr(cp):
            aliases.append((name, cp))
    aliases.sort()

    # the ranges of CJK UNIFIED IDEOGRAPH-XXXX in this Unicode version
    cjk = []
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), '')
        if n.startswith('CJK UNIFIED IDEOGRAPH-'):
            if cjk and cjk[-1][1] == cp - 1:
                cjk[-1][1] = cp
            else:
                cjk.append([cp, cp])

    counts = collections.Counter(w for _, n in names for w in n.split(' '))
    vocab = [w for w, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]
    k = len(ALPHABET)
    singles = k
    while singles > 0 and (k - singles) * k < len(vocab) - singles:
        singles -= 1
    assert (k - singles) * k >= len(vocab) - singles, 'vocabulary too large for two-character codes'

    def code(i):
        if i < singles:
            return ALPHABET[i]
        j = i - singles
        return ALPHABET[singles + j // k] + ALPHABET[j % k]

    index = {w: i for i, w in enumerate(vocab)}
    entries = []
    prev = -1
    for cp, n in names:
        skip = cp - prev - 1
        prev = cp
        entries.append(('~%s~' % base36(skip) if skip else '') + ''.join(code(index[w]) for w in n.split(' ')))
    packed = '|'.join(entries)
    for w in vocab:
        assert ' ' not in w and w, w

    def chunks(s, width=100):
        return [s[i:i + width] for i in range(0, len(s), width)]

    lines = [
        '// Generated by scripts/tables/gen_unicode_names.py from Python %s (Unicode %s).' % (platform.python_version(), unicodedata.unidata_version),
        '// Do not edit: re-run the script.',
        '',
        '/** The Unicode version of these names (CPython 3.11\'s `unicodedata.unidata_version`). */',
        "export const UNICODE_NAMES_VERSION = '%s';" % unicodedata.unidata_version,
        '',
        '/** Code point ranges of the blocks whose names {@link NAMES} holds, `[first0, last0, first1, …]`. */',
        'export const NAMED_BLOCKS: readonly number[] = [%s];' % ', '.join('0x%X, 0x%X' % b for b in BLOCKS),
        '',
        '/** Characters of the word codes: the first {@link SINGLE_CODES} are one-character codes, the others lead a two-character code. */',
        'export const CODE_ALPHABET = %s;' % ts_string(ALPHABET),
        'export const SINGLE_CODES = %d;' % singles,
        '',
        '/** The words of the names, space-separated, most frequent first (word i has code i). */',
        'export const VOCAB =',
        '  ' + '\n  + '.join(ts_string(c) for c in chunks(' '.join(vocab))) + ';',
        '',
        '/** %d names in code point order: `|` between code points, `~N~` (base 36) skips N code points. */' % len(names),
        'export const NAMES =',
        '  ' + '\n  + '.join(ts_string(c) for c in chunks(packed)) + ';',
        '',
        '/** %d name aliases `\\N{…}` accepts (NameAliases.txt: `NBSP`, `LINE FEED`, …), `[name, code point]`. */' % len(aliases),
        'export const ALIASES: readonly (readonly [string, number])[] = [',
    ]
    lines += ['  [%s, 0x%X],' % (ts_string(n), cp) for n, cp in aliases]
    lines += [
        '];',
        '',
        '/** Inclusive ranges of the CJK UNIFIED IDEOGRAPH-XXXX code points, `[first0, last0, …]`. */',
        'export const CJK_UNIFIED_RANGES: readonly number[] = [%s];' % ', '.join('0x%X, 0x%X' % tuple(r) for r in cjk),
        '',
    ]
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines))
    print('wrote %s: %d names, %d aliases, %d words (%d one-character codes), %d bytes' % (
        os.path.relpath(OUT, ROOT), len(names), len(aliases), len(vocab), singles, os.path.getsize(OUT)))


def base36(n):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    out = ''
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def ts_string(s):
    assert "'" not in s and '\\' not in s and '\n' not in s
    return "'%s'" % s


if __name__ == '__main__':
    main()
