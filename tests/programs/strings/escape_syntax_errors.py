cases = ['"\\N{NOPE}"', 'x = "\\N{NOPE}"', 'x = "ab\\N{NOPE}cd"', 'x = "é\\N{NOPE}"', 'x = "\\x4"', 'x = "\\u12"', 'x = "\\U0011ffff"', 'x = "\\U123"',
         'x = b"\\x4"', 'x = b"ab\\xZZ"', "x = u'\\N{NOPE}'", 'x = "ok" "\\N{NOPE}"', 'x = (1,\n  "\\N{bad name}")', 'x = f"\\N{NOPE}"', 'x = "\\N"', 'x = "\\N{}"', 'x = "\\N{A"', 'x = "\\Nx"',
         'x = "\\\\\\N{NOPE}"', 'x = "\\xé"', 'x = R"\\N{NOPE}"', 'x = "\\N{LATIN SMALL LETTER A}\\N{NOPE}"']
for c in cases:
    try:
        compile(c, "<s>", "exec")
        print(repr(c), "ok")
    except SyntaxError as e:
        print(repr(c), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for src in ['x = "\\N{NOPE}"\n', 'x = "\\N{NOPE}"  # comment\ny = 1\n', 'f(b"\\x4", 2)\n', 'x = ("a"\n  "\\x4"  # c\n)\n']:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
