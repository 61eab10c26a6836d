# str.isprintable and repr's escaping over all of Unicode (noncharacters, unassigned, format, private use, separators).
counts = {}
samples = []
for cp in range(0, 0x110000, 3):
    if 0xd800 <= cp < 0xe000:
        continue
    c = chr(cp)
    p = c.isprintable()
    counts[p] = counts.get(p, 0) + 1
    r = repr(c)
    assert (len(r) == 3) == p or c in '\\\'', (hex(cp), r)
    if cp % 4099 == 0:
        samples.append(r)
print(counts)
print(samples)
for cp in [0xad, 0x378, 0x61c, 0x200b, 0x2028, 0x2066, 0xfdd0, 0xfeff, 0xfffe, 0xffff, 0x1f600, 0xe0001, 0xe0100, 0xf0000, 0x10fffd, 0x3000, 0x1680]:
    print(hex(cp), repr(chr(cp)), chr(cp).isprintable(), ascii(chr(cp)))
