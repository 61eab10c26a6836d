#!/usr/bin/env python3
"""Writes tests/data/*.txt: inputs and CPython 3.11's outputs, for the
table tests in tests/cpython_tables.rs. Deterministic (fixed seed); run
with CPython 3.11 from the crate folder: python3 scripts/gen_cases.py

Row format: tab-separated escaped fields; the last field is the result,
`=text` on success or `!ExceptionName: message` on error.
Values: `i:<decimal>` int, `f:<16 hex digits>` float bits, `s:<text>` str.
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "expected values must come from CPython 3.11"

import os

# GEN_SEED, GEN_SCALE and GEN_OUT allow a bigger one-off run elsewhere:
#   GEN_SEED=7 GEN_SCALE=10 GEN_OUT=/tmp/big/ python3 scripts/gen_cases.py
#   TERN_FORMAT_DATA=/tmp/big/ cargo test
R = random.Random(int(os.environ.get("GEN_SEED", "20240611")))
SCALE = float(os.environ.get("GEN_SCALE", "1"))
OUT = os.environ.get("GEN_OUT", "tests/data/")


def scaled(count):
    return int(count * SCALE)


def esc(s):
    out = []
    for c in s:
        o = ord(c)
        if c == "\\":
            out.append("\\\\")
        elif o < 0x20 or o == 0x7F or 0x80 <= o < 0xA0 or 0xD800 <= o < 0xE000:
            out.append("\\u{%x}" % o)
        else:
            out.append(c)
    return "".join(out)


def fbits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def fromfbits(h):
    return struct.unpack("<d", struct.pack("<Q", int(h, 16)))[0]


def enc(v):
    if isinstance(v, bool):
        raise TypeError
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + fbits(v)
    return "s:" + v


def result(fn):
    try:
        r = fn()
    except Exception as e:  # noqa: BLE001
        msg = str(e)
        # These messages quote the input, which is the caller's business.
        if msg.startswith(("invalid literal for int()", "could not convert string to float")):
            return "!invalid"
        return "!%s: %s" % (type(e).__name__, msg)
    return "=" + r


def write(name, rows):
    with open(OUT + name, "w", encoding="utf-8") as f:
        for row in rows:
            f.write("\t".join(esc(x) for x in row) + "\n")
    print(name, len(rows))


# ---------------------------------------------------------------- values

SPECIAL_FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1e16, 1e15,
    9999999999999998.0, 1e-5, 1e-4, 0.0001, 0.00001234, 123456789012345.6,
    1.2345678901234567e16, 1e22, 1e23, 1e100, 1e300, 1.7976931348623157e308,
    5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, math.pi, -math.e,
    float("inf"), float("-inf"), float("nan"), -float("nan"), 9.5, 0.05, 99.5,
    999999.5, 0.9999995, 12.0, 100.0, 123.0, 1234567.0, 12345.678, 0.001,
    -0.001, 1e-300, 4.35, 0.045, 1.25e-7, 65536.0, 2.0**63, 2.0**64, 1e20,
]


def int_str(v):
    """str(v) without the int->str digit limit (only parsing is limited)."""
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(v)
    finally:
        sys.set_int_max_str_digits(old)


def tie_float():
    """Floats whose exact value is halfway between two shortest reprs."""
    k = R.random()
    if k < 0.5:
        x = R.randint(2**49, 2**53) + R.choice([0.25, 0.75, 0.5, 0.125, 0.375])
    elif k < 0.8:
        x = R.randint(2**52, 2**54) / 2.0
    else:
        x = R.randint(1, 2**53) * 2.0 ** R.randint(-60, 0)
    return -x if R.random() < 0.5 else x


def rand_float():
    k = R.random()
    if k < 0.05:
        return tie_float()
    if k < 0.25:
        return R.choice(SPECIAL_FLOATS)
    if k < 0.45:
        x = fromfbits("%016x" % R.getrandbits(64))
        return x
    if k < 0.7:
        digits = R.randint(1, 17)
        m = R.randint(0, 10**digits)
        e = R.randint(-25, 25)
        x = float("%de%d" % (m, e))
        return -x if R.random() < 0.3 else x
    if k < 0.85:
        # binary ties: odd multiples of a small power of two
        x = (2 * R.randint(0, 2000) + 1) / 2.0 ** R.randint(1, 12)
        return -x if R.random() < 0.3 else x
    x = R.uniform(-1000, 1000) * 10.0 ** R.randint(-8, 20)
    return x


SPECIAL_INTS = [0, 1, -1, 7, -7, 10, 255, -255, 1000, 12345678, -12345678,
                2**31, 2**63 - 1, -2**63, 2**64, 10**20, -10**30, 65, 0x10FFFF,
                0x110000, 0xD800, 97, 1234567890123456789012345678901234567890,
                0x20AC, 0x1F600, 0x85, 0x3000]


def rand_int():
    k = R.random()
    if k < 0.3:
        return R.choice(SPECIAL_INTS)
    if k < 0.7:
        return R.randint(-100000, 100000)
    bits = R.randint(1, 200)
    v = R.getrandbits(bits)
    return -v if R.random() < 0.4 else v


def rand_str():
    pool = ["", "a", "abc", "hello world", "é", "ñandú", "日本語", "x" * 30, "😀a", "a\tb", "{}", "0"]
    return R.choice(pool)


# ---------------------------------------------------------------- specs

FILLS = ["", "", "", "*", "0", "x", "ñ", "😀", " ", "{", "<", "=", "\x00", "١"]
ALIGNS = ["", "", "<", ">", "^", "="]


def rand_spec(types):
    if R.random() < 0.05:
        return "".join(R.choice("<>=^+- z#0123456789,_.xdfegs%n") for _ in range(R.randint(0, 6)))
    align = R.choice(ALIGNS)
    fill = R.choice(FILLS) if align else ""
    parts = [fill, align]
    parts.append(R.choice(["", "", "", "+", "-", " "]))
    parts.append("z" if R.random() < 0.1 else "")
    parts.append("#" if R.random() < 0.2 else "")
    parts.append("0" if R.random() < 0.2 else "")
    parts.append(str(R.randint(0, 30)) if R.random() < 0.5 else "")
    parts.append(R.choice(["", "", "", "", ",", "_"]))
    if R.random() < 0.5:
        p = R.choice([0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 18, 20, 25, 40, 120])
        parts.append("." + str(p))
    parts.append(R.choice(types))
    return "".join(parts)


INT_TYPES = ["", "", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g", "G", "%", "s", "r"]
FLOAT_TYPES = ["", "", "", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x", "c"]
STR_TYPES = ["", "", "s", "d", "r"]


def gen_format():
    rows = []
    for _ in range(scaled(6000)):
        v = rand_int()
        s = rand_spec(INT_TYPES)
        rows.append((enc(v), s, result(lambda: format(v, s))))
    write("format_int.txt", rows)
    rows = []
    for _ in range(scaled(25000)):
        v = rand_float()
        s = rand_spec(FLOAT_TYPES)
        rows.append((enc(v), s, result(lambda: format(v, s))))
    for v in SPECIAL_FLOATS:
        for s in ["", ".0", ".1", ".3", ".17", "g", ".0g", "#g", "e", ".0e", "#.0e", "f", ".0f", "#.0f", "%", "z", "z.1f", ",", "_.3f", "010", "+.3", "n"]:
            rows.append((enc(v), s, result(lambda: format(v, s))))
    for v in [5e-324, 2.2250738585072014e-308, 0.1, 1e300, 1.7976931348623157e308, -1.5, 0.0, 123.456]:
        for p in [330, 766, 767, 768, 800, 1073, 1074, 1075, 1500]:
            for t in "efg%":
                s = ".%d%s" % (p, t)
                rows.append((enc(v), s, result(lambda: format(v, s))))
            s = "#.%d" % p
            rows.append((enc(v), s, result(lambda: format(v, s))))
    write("format_float.txt", rows)
    rows = []
    for _ in range(scaled(3000)):
        v = rand_str()
        s = rand_spec(STR_TYPES)
        rows.append((enc(v), s, result(lambda: format(v, s))))
    write("format_str.txt", rows)


def gen_repr():
    rows = []
    for _ in range(scaled(20000)):
        v = rand_float()
        rows.append((enc(v), "=" + repr(v)))
    for _ in range(scaled(5000)):
        v = tie_float()
        rows.append((enc(v), "=" + repr(v)))
    for e in range(-330, 310):
        for m in (1.0, 9.999, 5.0, 1.2345678901234567):
            try:
                v = float("%re%d" % (m, e))
            except OverflowError:
                continue
            rows.append((enc(v), "=" + repr(v)))
    write("float_repr.txt", rows)


def gen_percent():
    rows = []
    flags_pool = ["", "", "-", "+", " ", "#", "0", "-0", "+0", "#0", "- ", "0#+"]
    for _ in range(scaled(12000)):
        kind = R.random()
        if kind < 0.4:
            v = rand_int()
            conv = R.choice("diuoxX")
        elif kind < 0.45:
            v = rand_int()
            conv = "c"
        elif kind < 0.85:
            v = rand_float()
            conv = R.choice("eEfFgG")
        else:
            v = rand_str()
            conv = R.choice("sra")
        fmt = "%" + R.choice(flags_pool)
        if R.random() < 0.5:
            fmt += str(R.randint(0, 25))
        if R.random() < 0.5:
            fmt += "." + str(R.choice([0, 1, 2, 3, 6, 10, 17, 25, 60]))
        fmt += conv
        rows.append((fmt, enc(v), result(lambda: fmt % (v,))))
    # parser edge cases
    for fmt in ["%", "%5", "%.", "% ", "%(a", "%(a(b)", "%y", "%5.3y", "%\u20acd", "%\x01",
                "%\x7f", "%lld", "%hd", "%ld", "%Ld", "%5%", "%-5%", "%(a)%",
                "%99999999999999999999d", "%.99999999999999999999d", "%.2147483648d", "%5%x",
                "%.2147483647s", "%#.3x", "%#o", "%#X", "%0-5d", "%.s"]:
        v = 1 if "s" not in fmt else "abc"
        rows.append((fmt, enc(v), result(lambda: fmt % (v,) if "(" not in fmt else fmt % {"a": v, "a(b)": v})))
    write("percent.txt", rows)


def gen_parse():
    rows = []
    pieces = ["0", "1", "7", "9", "a", "f", "z", "Z", "_", "__", " ", "+", "-", "0x", "0X", "0o",
              "0b", "0B", "x", ".", "e", "١", "٣", "\u3000", "\x1c", "\t", "\xa0", "é", "10", "00"]
    for _ in range(scaled(8000)):
        s = "".join(R.choice(pieces) for _ in range(R.randint(0, 6)))
        base = R.choice([0, 0, 10, 10, 2, 8, 16, 36, 3, 7])
        rows.append((s, str(base), result(lambda: int_str(int(s, base)))))
    for s, base in [("1" * 5000, 10), ("0x" + "f" * 6000, 0), ("9" * 40, 10), ("z" * 30, 36)]:
        rows.append((s, str(base), result(lambda: int_str(int(s, base)))))
    write("parse_int.txt", rows)
    rows = []
    fpieces = ["0", "1", "5", "9", "_", ".", "e", "E", "+", "-", " ", "inf", "nan", "Infinity",
               "iNf", "1e400", "1e-400", "١", "\u3000", "\x1c", "x", "00", "123456789", "e5"]
    for _ in range(scaled(8000)):
        s = "".join(R.choice(fpieces) for _ in range(R.randint(0, 6)))
        rows.append((s, result(lambda: fbits(float(s)))))
    for _ in range(scaled(3000)):
        v = rand_float()
        s = R.choice([repr(v), "%.25g" % v, "%.40e" % v, "%.17f" % v])
        rows.append((s, result(lambda: fbits(float(s)))))
    write("parse_float.txt", rows)


def gen_round():
    rows = []
    for _ in range(scaled(15000)):
        v = rand_float()
        if R.random() < 0.5:
            n = R.randint(-3, 20)
        else:
            n = R.randint(-330, 340)
        rows.append((enc(v), str(n), result(lambda: fbits(round(v, n)))))
    write("round.txt", rows)


def gen_hex():
    rows = []
    for _ in range(scaled(10000)):
        v = rand_float()
        rows.append((enc(v), "=" + v.hex()))
    write("float_hex.txt", rows)
    rows = []
    hpieces = ["0x", "0X", "1", "f", "F", "a", "0", ".", "p", "P", "+", "-", "e", " ", "_",
               "inf", "nan", "10", "p-1074", "p-1075", "p1023", "p1024", "fffffffffffff8", "8"]
    for _ in range(scaled(6000)):
        s = "".join(R.choice(hpieces) for _ in range(R.randint(0, 7)))
        rows.append((s, result(lambda: fbits(float.fromhex(s)))))
    for _ in range(scaled(4000)):
        v = rand_float()
        h = v.hex()
        if R.random() < 0.5 and "p" in h:
            # extra digits to exercise rounding
            m, e = h.split("p")
            h = m + R.choice(["8", "80001", "7fff", "1", "0"]) + "p" + e
        rows.append((h, result(lambda: fbits(float.fromhex(h)))))
    write("float_fromhex.txt", rows)


if __name__ == "__main__":
    gen_format()
    gen_repr()
    gen_percent()
    gen_parse()
    gen_round()
    gen_hex()
