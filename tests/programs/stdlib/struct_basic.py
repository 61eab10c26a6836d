# struct: pack/unpack of every format char in every byte order, alignment,
# pack_into/unpack_from/iter_unpack, Struct objects and struct.error messages.
import struct
import random


def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


print(struct.pack("<hHiI", -2, 3, -4, 5), struct.pack(">hHiI", -2, 3, -4, 5))
print(struct.pack("@bi", 1, 2), struct.pack("@bq", 1, 2), struct.pack("@hd", 1, 2.0), struct.pack("@b0i", 1))
print(struct.pack("=bi", 1, 2), struct.pack("!bq", 1, 2))
print([struct.calcsize(f) for f in ["@bP", "@b?", "@be", "bN", "<bN" if False else "<bq", "ci", "c3si", "i c", "4x", "0s", "!"]])
print(struct.unpack("<q", b"\xff" * 8), struct.unpack("<Q", b"\xff" * 8), struct.unpack(">Q", b"\x80" + b"\0" * 7))
print(struct.pack("5p", b"abcdefgh"), struct.pack("3s", b"a"), struct.pack("p", b"abc"), struct.unpack("5p", b"\x09abcd"))
print(struct.pack("300p", b"x" * 400)[:3], struct.pack("2s", bytearray(b"xyz")), struct.pack("c", b"\x00"))
print(struct.unpack("?", b"\x02"), struct.pack("?", []), struct.pack("?", "x"), struct.unpack("c", b"z"))
print(struct.unpack("e", b"\x00\x7c"), struct.pack("e", float("nan")), struct.pack("e", 65504.0), struct.pack("e", 1e-8))
print(struct.pack("<e", 65519.99), struct.pack(">e", -0.0), struct.unpack("<e", b"\x01\x00"), struct.unpack(">f", struct.pack(">f", 0.1)))
print(struct.pack("f", 1e300), struct.pack("d", 3), struct.pack("<d", True))


class Idx:
    def __index__(self):
        return 5


class Flt:
    def __float__(self):
        return 2.5


print(struct.pack("i", Idx()), struct.pack(">q", Idx()), struct.pack("d", Flt()), struct.pack("d", Idx()))

cases = [
    ("b", 200), ("B", -1), ("h", 70000), ("H", -1), ("i", 2**31), ("I", -1), ("l", 2**63), ("L", -1), ("P", -1),
    ("<l", 2**31), ("<L", 2**32), (">h", 40000), (">H", -1), (">q", 2**63), (">Q", -1), ("b", "x"), ("<b", "x"),
    ("i", 1.5), ("c", b"ab"), ("c", "a"), ("c", bytearray(b"a")), ("e", 1e10), ("<e", 65520.0), ("<f", 1e300),
    ("d", "x"), ("f", 2**1024), ("s", 1), ("p", "a"), ("P", 1.0), ("2s", "x"),
]
for f, v in cases:
    print(f, repr(v), attempt(struct.pack, f, v))

for mode in "@<>=!":
    for c in "bBhHiIlLqQnNP":
        out = []
        for v in [-2**70, -2**64, -2**63 - 1, -2**63, -2**32, -2**31 - 1, -2**31, -2**15 - 1, -129, -1, 0, 127,
                  128, 255, 256, 32767, 32768, 65535, 65536, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**63 - 1, 2**63,
                  2**64 - 1, 2**64, 2**70, True]:
            r = attempt(struct.pack, mode + c, v)
            out.append(r.hex() if isinstance(r, bytes) else r)
        print(mode + c, out)

for f in ["<n", ">N", "=P", "z", "3", "ii3", "i ", "  i", "3 i", "i\0", "1000000000000000000000000i",
          "99999999999i", "2147483647s", "9223372036854775807s", "é", 5, b"<i"]:
    print(repr(f), attempt(struct.calcsize, f))

for args in [("ii", 1), ("ii", 1, 2, 3), ("i",), ()]:
    print(attempt(struct.pack, *args))
for args in [("ii", b"123"), ("i", b"12345"), ("i", "abcd"), ("i", bytearray(b"1234")), ("i", [1, 2, 3, 4]), ("i",)]:
    print(attempt(struct.unpack, *args))
for args in [("ii", b"123", 0), ("i", b"12345", 1), ("i", b"12345", 2), ("i", b"12345", -2), ("i", b"12345", -4),
             ("i", b"12345", -9), ("i", b"12345", 9), ("i",)]:
    print(attempt(struct.unpack_from, *args))
print(struct.unpack_from("<h", buffer=b"\x01\x02\x03", offset=1))
buf = bytearray(8)
for args in [("<i", buf, 0, 7), ("<h", buf, -2, -1), ("i", buf, 6, 1), ("i", buf, -2, 1), ("i", buf, -9, 1),
             ("i", buf, 9, 1), ("i", b"12345678", 0, 1), ("i", buf, 1.0, 1), ("i", buf), ("i", buf, 0), ("ii", buf, 0, 1)]:
    print(attempt(struct.pack_into, *args), buf)

it = struct.iter_unpack("<h", b"abcdef")
print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__, list(it), it.__length_hint__())
print(attempt(struct.iter_unpack, "i", b"12345"), attempt(struct.iter_unpack, "", b"1"), attempt(struct.iter_unpack, "i", "abcd"))

s = struct.Struct("<2h3sx?")
print(s.format, s.size, s.pack(1, -1, b"ab", True), s.unpack(b"\x01\x00\xff\xffabc\x00\x01"))
print(s.unpack_from(b"__\x01\x00\xff\xffabc\x00\x01", 2), list(s.iter_unpack(bytes(9) * 2)))
b2 = bytearray(12)
s.pack_into(b2, 1, 7, 8, b"xyz", False)
print(b2, struct.Struct(b">i").format, type(struct.Struct(b"i").format).__name__)
print(attempt(struct.Struct, 5), attempt(s.pack, 1), attempt(lambda: setattr(s, "format", "i")), attempt(lambda: setattr(s, "x", 1)))


class Triple(struct.Struct):
    def __init__(self):
        super().__init__("<3i")


t = Triple()
print(t.size, t.pack(1, 2, 3), isinstance(t, struct.Struct))
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
try:
    struct.pack("b", 1000)
except struct.error as e:
    print("caught", e.args)

# Round trips of random bytes through every kind of field.
r = random.Random(5)
fmts = ["@bBhHiIlLqQnNP?efd", "<bBhHiIlLqQ?efd", ">bBhHiIlLqQ?efd", "=bhilq", "!BHILQ", "@c3s4p2x", "x b x h x i x q"]
for f in fmts:
    n = struct.calcsize(f)
    same = 0
    for i in range(40):
        data = bytes(r.randrange(256) for _ in range(n))
        t = struct.unpack(f, data)
        if i < 2:
            print(f, t)
        back = attempt(struct.pack, f, *t)
        same += back == data
    print(f, n, same)
halves = []
for _ in range(400):
    x = r.choice([r.uniform(-70000, 70000), r.uniform(-1, 1) * 1e-5, r.uniform(-1, 1) * 1e-8, float(r.randrange(-66000, 66000))])
    for f in ["<e", ">e", "f", "<f"]:
        b = attempt(struct.pack, f, x)
        halves.append(b.hex() if isinstance(b, bytes) else b)
print(len(halves), halves[:12], sum(len(h) for h in halves))
print(halves[-40:])
