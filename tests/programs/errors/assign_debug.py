# Binding or deleting __debug__ is a SyntaxError wherever a name is bound
# (targets, parameters, imports, keywords, definitions), at CPython's locations.
cases = ['__debug__ = 1\n', 'def f(__debug__): pass\n', 'f(__debug__=1)\n', 'del __debug__\n', 'for __debug__ in x: pass\n', 'import os as __debug__\n', 'lambda __debug__: 1\n', '(__debug__ := 1)\n', '__debug__ += 1\n', 'x.__debug__ += 1\n', 'class C(__debug__=1): pass\n', 'def f(*, __debug__): pass\n', 'def __debug__(): pass\n', 'class __debug__: pass\n', 'x: int = __debug__\n', '__debug__: int\n', 'print(__debug__)\n', 'with a as __debug__: pass\n', 'del x.__debug__\n', 'a, (b, __debug__) = c\n', 'del a, __debug__\n', 'def g():\n    __debug__ = 2\n']
for src in cases:
    try:
        compile(src, 'f', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
