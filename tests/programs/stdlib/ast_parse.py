# ast.parse (compile with PyCF_ONLY_AST): the full _ast tree with
# positions for every kind of statement, expression and pattern, unparse,
# walk/NodeVisitor over parsed trees, literal_eval on source, SyntaxError.
import ast
src = '''
"""doc"""
import os, sys as system
from . import x
from ..a.b import (c as d, e)
@decorator(1)
@other
async def f(a, b: int = 2, /, c=3, *args, d, e=5, **kw) -> "ret":
    global g
    x = y = 1
    x += 2
    z: int = 3
    w: str
    del x, y
    for i in range(10):
        if i % 2 == 0 and not i or i > 5:
            continue
        elif i == 3:
            break
        else:
            pass
    else:
        print("done")
    while True:
        break
    with open("f") as fh, ctx():
        pass
    try:
        raise ValueError("x") from None
    except (ValueError, TypeError) as err:
        pass
    except Exception:
        pass
    else:
        pass
    finally:
        pass
    assert x, "msg"
    return [i ** 2 for i in range(3) if i], {k: v for k, v in d.items()}, {1, 2}, (i for i in x), lambda q, *r: q
class C(Base, metaclass=Meta):
    attr = f"{x!r:>{width}} and {y=} text {{}}" "tail"
    def m(self):
        nonlocal_thing = self.a.b[1:2, ::3][...]
        return -x + ~y * (a @ b) // c % d << 1 >> 2 & 3 | 4 ^ 5, a if b else c, (yield), x < y <= z != w is not v in u not in t
match point:
    case (0, 0) | [1, *rest]:
        pass
    case {"x": 1, **others}:
        pass
    case Point(x=0, y=yy) if yy > 0:
        pass
    case None | True | -1 | 1+2j | "s" | b"b":
        pass
    case _:
        pass
print(*args, sep="", **kw)
n = 10**30 + 0x10 + 1.5e3 + 3j
s = b"bytes" + u"unicode"
(walrus := 5)
'''
tree = ast.parse(src)
print(ast.dump(tree, include_attributes=True))
print(ast.unparse(tree))
counts = {}
for node in ast.walk(tree):
    counts[type(node).__name__] = counts.get(type(node).__name__, 0) + 1
print(sorted(counts.items()))


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))


v = Names()
v.visit(tree)
print(v.seen[:12], len(v.seen))
print(ast.dump(ast.parse("if a:\n    pass\nelif b:\n    x = 1\nelif c:\n    pass\nelse:\n    y = 2\n"), include_attributes=True))
print(ast.dump(ast.parse("f'{a}{b:{c}.{d}}' f'x{e!s}' 'y'"), include_attributes=True))
print(ast.dump(ast.parse("@d\nclass K:\n    '''doc'''\n    @staticmethod\n    async def m(*, k): await k\n"), include_attributes=True))
print(ast.dump(ast.parse("try:\n    pass\nexcept* ValueError:\n    pass\n")))
print(ast.dump(ast.parse("def g(a, /, b=1, *, c, d=2, **e): yield from a\nimport a.b.c\nx[1:2] = y[::] = z\n")))
print(ast.dump(ast.parse("1 + 2", mode="eval")), ast.dump(ast.parse("x = 1", mode="single")))
print(ast.literal_eval("{'a': [1, 2.5, -3, (4, 5j)], 'b': {True, 3}, 'c': b'x', 'd': None}"), ast.literal_eval(" -7"), ast.literal_eval("1e3 - 2j"))
try:
    ast.parse("def (")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    ast.literal_eval("os.system('x')")
except ValueError as e:
    print("ValueError", str(e).split(" at ")[0])
print(ast.dump(ast.parse("x = 'é' + f'{é}'"), include_attributes=True))
e = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(e), "<ast>", "eval")))
exec(compile(ast.parse("x = [i * 2 for i in range(4)]\nprint(x)"), "<t>", "exec"))
