cases = ['x = (', 'x = (\n', 'x = [1,\n2', 'f(', 'x = {', '(', 'x = (1,\n', 'if x:\n  y = (', 'x = ((', 'x = (]', 'x = )', 'x = (1 +\n', 'print("a"\n', 'def f(:\n', 'x = """abc', "x = 'abc", 'x = (\n\n\n', 'x = (  # c\n', 'a = 1\nb = (\nc = 2\n']
for mode in ('exec', 'single', 'eval'):
    for c in cases:
        if mode == 'single' and c.startswith('a = 1'):
            continue
        try:
            compile(c, '<s>', mode)
            print(mode, repr(c), 'ok')
        except SyntaxError as e:
            print(mode, repr(c), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.filename, e.args == (e.msg, (e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)))
