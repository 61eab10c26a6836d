# A conditional expression without its else: CPython's message and range.
for src in ['x = 3 if 4', 'x = a + b if c', 'f(3 if 4)', 'y = [a if b]', 'x = foo(1) if bar(2)', 'print(a if b c)', 'x = 1 if 2 3', 'x = (a if b', 'z = {1: 2 if 3}', 'if a if b:\n  pass', 'x = y if', 'x = a.b[c] if d.e']:
    try:
        compile(src, 's', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
