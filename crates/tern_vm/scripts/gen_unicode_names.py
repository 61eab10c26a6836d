"""Writes crates/tern_vm/src/codecs/unicode_names.zlib, the character
names the `namereplace` error handler needs, from python3's unicodedata
(CPython 3.11: Unicode 14).

    python3 crates/tern_vm/scripts/gen_unicode_names.py

The file is zlib-compressed UTF-8 text (about 130 KB), one entry a line:

- `=START END PREFIX`: every code point START..=END (hex) is named
  PREFIX followed by its code point in upper-case hex (at least 4
  digits): the CJK ideographs, Tangut, Khitan, Nushu;
- `DELTA NAME`: the next named code point is the previous one plus
  DELTA (hex; the first one counts from 0).

Hangul syllables are named by the Unicode algorithm in
crates/tern_vm/src/codecs/names.rs, so they are not listed.
"""

import os
import unicodedata
import zlib

PREFIXES = ('CJK UNIFIED IDEOGRAPH-', 'CJK COMPATIBILITY IDEOGRAPH-', 'TANGUT IDEOGRAPH-',
            'KHITAN SMALL SCRIPT CHARACTER-', 'NUSHU CHARACTER-')


def main():
    ranges, lines, prev = [], [], 0
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None or name.startswith('HANGUL SYLLABLE '):
            continue
        prefix = next((p for p in PREFIXES if name.startswith(p)), None)
        if prefix is not None:
            assert name == prefix + '%04X' % cp, name
            if ranges and ranges[-1][2] == prefix and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp, prefix])
            continue
        lines.append('%x %s' % (cp - prev, name))
        prev = cp
    text = '\n'.join(['=%x %x %s' % (a, b, p) for a, b, p in ranges] + lines) + '\n'
    out = os.path.join(os.path.dirname(__file__), '..', 'src', 'codecs', 'unicode_names.zlib')
    with open(out, 'wb') as f:
        f.write(zlib.compress(text.encode('ascii'), 9))


main()
