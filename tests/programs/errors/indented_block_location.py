# IndentationError for a missing block: location of the first token of the unindented line.
for src in ['if x:\ny = 1', 'if x:\npass', 'def f():\nreturn 1', 'for i in x:\n(1)', 'while 1:\n"s"', 'class A:\n  pass\nif 1:\n12 + 3']:
    try: compile(src, 's', 'exec')
    except SyntaxError as e: print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
