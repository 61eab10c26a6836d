names = ["LATIN CAPITAL LETTER GHA", "ESCAPE", "ESC", "DEL", "VS1", "NULL", "NUL", "BYTE ORDER MARK", "BOM", "ZWNBSP",
         "CHARACTER TABULATION", "TAB", "LF", "CR", "NEL", "SHY", "FVS1", "MVS", "KANNADA LETTER LLLA",
         "PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRAKCET", "PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET",
         "HANGUL JUNGSEONG O-E", "TIBETAN MARK BKA- SHOG GI MGO RGYAN", "YI SYLLABLE ITERATION MARK",
         "CJK COMPATIBILITY IDEOGRAPH-F900", "HANGUL SYLLABLE PWILH", "  LATIN SMALL LETTER A",
         "LATIN SMALL LETTER A WITH ACUTE", "latin small letter a with acute", "NOT A NAME", "SPACE", "SP",
         "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "KEYCAP NUMBER SIGN", "TANGUT IDEOGRAPH-17000", "KHITAN SMALL SCRIPT CHARACTER-18B00",
         "NUSHU CHARACTER-1B170", "CJK UNIFIED IDEOGRAPH-2A6DF", "CJK UNIFIED IDEOGRAPH-9FFF", "CJK UNIFIED IDEOGRAPH-4DBF", "CJK UNIFIED IDEOGRAPH-4DC0",
         "LINE FEED (LF)", "END OF LINE", "SINGLE SHIFT TWO", "PARTIAL LINE DOWN", "WEIERSTRASS ELLIPTIC FUNCTION", "SCRIPT CAPITAL P"]
for n in names:
    src = 'v = "\\N{' + n + '}"'
    try:
        ns = {}
        exec(compile(src, "<s>", "exec"), ns)
        v = ns["v"]
        print(repr(n), [hex(ord(c)) for c in v])
    except SyntaxError as e:
        print(repr(n), "SyntaxError", e.msg, e.lineno, e.offset)
for n in ["\\N", "\\N{", "\\N{}", "\\N{A", "\\Nx"]:
    try:
        compile('x = "' + n + '"', "<s>", "exec")
    except SyntaxError as e:
        print(repr(n), "SyntaxError", e.msg, e.offset)
print(b"\\N{BOM}".decode("unicode_escape") == "\ufeff")
try:
    b"\\N{XYZZY}".decode("unicode_escape")
except UnicodeDecodeError as e:
    print(e)
print("\ufeff\x1b".encode("ascii", "namereplace"))
