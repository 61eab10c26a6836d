import codecs
for s in ["Hi Mom -\u263a-!", "A\u2262\u0391.", "\u65e5\u672c\u8a9e", "+", "a+b", "~\\", "\U0001f600 x", "", "1 + 1 = 2", "\x00\x7f\x80"]:
    e = s.encode('utf-7')
    print(repr(s), e, e.decode('utf-7') == s)
for b in [b"+AGEAYgBj-", b"+AGE", b"+", b"+-", b"a+2D3eAA-", b"+2D3", b"\xff", b"+AGEA-", b"+ZeVnLIqe-x"]:
    for errors in ("strict", "replace", "ignore", "backslashreplace"):
        try:
            print(b, errors, repr(b.decode('utf-7', errors)))
        except UnicodeDecodeError as e:
            print(b, errors, "UnicodeDecodeError", e.start, e.end, e.reason)
print(codecs.lookup('utf7').name, codecs.lookup('UTF-7').name)
dec = codecs.getincrementaldecoder('utf-7')()
print([dec.decode(bytes([c])) for c in b"+AGEAYgBj-x"])
print(codecs.utf_7_decode(b"+AGE", 'strict', False))
print(codecs.utf_7_encode("a\u1234"))
print("\N{LATIN SMALL LETTER A}", "\N{BYTE ORDER MARK}" == "\ufeff", "\N{LINE FEED}" == "\n", "\N{NBSP}" == "\xa0", "\N{ZWJ}" == "\u200d")
print("\N{latin small letter a}", "\N{GREEK SMALL LETTER ALPHA}", "\N{CJK UNIFIED IDEOGRAPH-4E00}", "\N{HANGUL SYLLABLE GA}")
