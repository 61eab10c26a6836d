# str.split()/rsplit()/strip() with no separator use Python's whitespace
# (str.isspace: includes U+001C..U+001F, U+0085, U+00A0, U+3000...), on
# ASCII text byte by byte and on other text by characters.
cases = ['a b  c', '  lead', 'trail  ', ' \t\n\r\x0b\x0cx\x1cy\x1dz\x1ew\x1fv ', '', '   ', 'one',
         'é à\u3000ü\x85q\xa0r', 'x\u2028y\u2029z', 'a\x1c', '\x1fa b']
for c in cases:
    print(repr(c), c.split(), c.rsplit(), repr(c.strip()), repr(c.lstrip()), repr(c.rstrip()))
    for m in (0, 1, 2, -1):
        print(' ', m, c.split(None, m), c.rsplit(None, m), c.split(maxsplit=m))
print([chr(i).isspace() for i in range(0x1a, 0x22)], '\x85'.isspace(), '\u200b'.isspace(), '\u180e'.isspace())
