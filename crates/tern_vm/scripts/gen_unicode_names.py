"""Writes crates/tern_vm/src/codecs/unicode_names.zlib, the character
names the `namereplace` error handler and `\\N{...}` need, from python3's
unicodedata (CPython 3.11: Unicode 14).

    python3 crates/tern_vm/scripts/gen_unicode_names.py [NameAliases.txt]

The formal name aliases (`\\N{BOM}`) cannot be listed through
unicodedata, so they come from a NameAliases.txt of the Unicode
Character Database (any version: an alias is kept only when python3's
`unicodedata.lookup` gives the same code point for it; the
`unicode_names2` crate in the cargo registry ships one). Without the
argument, the one in the cargo registry is used when found.

The file is zlib-compressed UTF-8 text (about 130 KB), one entry a line:

- `=START END PREFIX`: every code point START..=END (hex) is named
  PREFIX followed by its code point in upper-case hex (at least 4
  digits): the CJK ideographs, Tangut, Khitan, Nushu;
- `DELTA NAME`: the next named code point is the previous one plus
  DELTA (hex; the first one counts from 0);
- `~CP ALIAS`: a name alias of code point CP (hex), found by `\\N{...}`
  but never given as the character's name (after all names).

Hangul syllables are named by the Unicode algorithm in
crates/tern_vm/src/codecs/names.rs, so they are not listed.
"""

import glob
import os
import sys
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
    lines += ['~%x %s' % (cp, name) for cp, name in aliases()]
    text = '\n'.join(['=%x %x %s' % (a, b, p) for a, b, p in ranges] + lines) + '\n'
    out = os.path.join(os.path.dirname(__file__), '..', 'src', 'codecs', 'unicode_names.zlib')
    with open(out, 'wb') as f:
        f.write(zlib.compress(text.encode('ascii'), 9))


def aliases():
    """(code point, alias) for the aliases python3's unicodedata knows."""
    if len(sys.argv) > 1:
        path = sys.argv[1]
    else:
        found = sorted(glob.glob(os.path.expanduser('~/.cargo/registry/src/*/unicode_names2-*/data/NameAliases.txt')))
        if not found:
            sys.exit('NameAliases.txt not found: give its path')
        path = found[-1]
    out = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.split('#')[0].strip()
            if not line:
                continue
            cp, alias, _kind = line.split(';')
            try:
                if unicodedata.lookup(alias) == chr(int(cp, 16)):
                    out.append((int(cp, 16), alias))
            except KeyError:
                pass
    return out


main()
