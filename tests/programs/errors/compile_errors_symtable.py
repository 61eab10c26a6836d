# The compiler's and symbol table's SyntaxErrors: global/nonlocal
# declarations, repeated keywords, duplicate parameters, match patterns
# (unreachable captures, names bound twice, alternatives), with locations.
cases = [
    'match x:\n    case a | b:\n        pass\n',
    'match x:\n    case _ | b:\n        pass\n',
    'match x:\n    case (a as b) | c:\n        pass\n',
    'match x:\n    case a if a:\n        pass\n    case b:\n        pass\n',
    'match x:\n    case _:\n        pass\n    case b:\n        pass\n',
    'match x:\n    case [a, a]:\n        pass\n',
    'match x:\n    case [a, *a]:\n        pass\n',
    'match x:\n    case {"k": a, **a}:\n        pass\n',
    'match x:\n    case C(a, b=a):\n        pass\n',
    'match x:\n    case [a, b] as a:\n        pass\n',
    'match x:\n    case [a, (1 | 2)] | [a, 3]:\n        pass\n',
    'match x:\n    case [1 | a]:\n        pass\n',
    'match x:\n    case [a | 1]:\n        pass\n',
    'def f():\n    x = 1\n    nonlocal x\n',
    'def f():\n    global x\n    global x\n',
    'def f(x):\n    global x\n',
    'def f(x):\n    nonlocal x\n',
    'def f():\n    print(x)\n    global x\n',
    'def f():\n    x: int = 1\n    global x\n',
    'class C:\n    nonlocal x\n',
    'def f():\n    def g():\n        nonlocal y\n',
    'continue\n',
    'for x in y:\n    def f():\n        break\n',
    'yield 1\n',
    'class C:\n    yield 1\n',
    'await x\n',
    'def f():\n    await x\n',
    'x = [await y for y in z]\n',
    'def f():\n    return [(yield x) for x in y]\n',
    'f(**x, *y)\n',
    'f(x=1, x=2)\n',
    'def f():\n    from os import *\n',
    'a, *b, *c = d\n',
    '*a = b\n',
    'del f()\n',
    '(a, b) += 1\n',
    'def f(*): pass\n',
    'def f(**k, a): pass\n',
    'f(a for a in b, c)\n',
    'x = 1 if 2\n',
    'import a.b as\n',
    'from . import *\n',
    'try:\n    pass\nexcept* A:\n    break\n',
    'match x:\n    case a | b:\n        pass\n',
    'match x:\n    case a:\n        pass\n    case b:\n        pass\n',
    'match x:\n    case [a, a]:\n        pass\n',
    'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n',
    'lambda: (yield)\n',
    'None = 1\n',
    '[x for x in y] = 1\n',
    'def f():\n    x = yield = 1\n',
    'with a as 1:\n    pass\n',
    'for 1 in x:\n    pass\n',
]
import warnings
for src in cases:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, 'f', 'exec')
            print(repr(src), 'ok', [str(x.message) for x in w])
        except SyntaxError as e:
            print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
