# 'expected except or finally': the location of the token after the try block.
for src in ['try:\n  pass\nx = 1', 'try:\n  pass\nprint(1)', 'try:\n  pass\n"s"', 'try:\n    pass\n\nx = 1', 'def f():\n  try:\n    pass\n  return 1']:
    try:
        compile(src, 's', 'exec')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
