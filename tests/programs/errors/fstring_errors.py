# f-string errors with CPython 3.11's messages (invalid conversion
# character, single '}') at the token after the string.
cases = ["f'{x!z}'\n", "f'{x!}'\n", "f'}'\n", "f'{x=!z}'\n", "f'{x! r}'\n", "x = 1 + f'ab{c!q}' + 'z'\n", "f'a}b'\n"]
for src in cases:
    try:
        compile(src, 'f', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
empty = ["f'{}'\n", "f'{ }'\n", "f'{!r}'\n", "x = f'a{}b' + y\n", "f'{x:{}}'\n", "'{}' + f'{}'\n", "f'{{}}{}'\n", "f'{:>3}'\n"]
for src in empty:
    try:
        compile(src, 'f', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
more = ["y = f'{a!x}' if c else d\n", "z = (f'{a!x}', 1)\n", "f'{a!x}'  # comment\n"]
for src in more:
    try:
        compile(src, 'f', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
