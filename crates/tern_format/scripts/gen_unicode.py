#!/usr/bin/env python3
"""Prints the two tables of src/unicode.rs from this Python's unicodedata
(CPython 3.11: Unicode 14.0.0), to check or refresh them by hand:

    python3 scripts/gen_unicode.py
"""
import unicodedata

nd = [c for c in range(0x110000) if unicodedata.category(chr(c)) == "Nd"]
zeros = [c for c in nd if unicodedata.decimal(chr(c)) == 0]
# Every decimal digit sits in a run of ten starting at its zero.
assert len(zeros) * 10 == len(nd)
assert all(unicodedata.decimal(chr(z + i)) == i for z in zeros for i in range(10))
spaces = [c for c in range(128, 0x110000) if chr(c).isspace()]

print("Unicode", unicodedata.unidata_version)
print("DIGIT_ZEROS:", ", ".join("0x%X" % z for z in zeros))
print("NON_ASCII_SPACES:", ", ".join("0x%X" % c for c in spaces))
