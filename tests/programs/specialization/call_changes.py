# Call sites specialized for one callee shape, then the callee changes.
def f(a, b):
    return a + b
def call2(fn):
    return fn(1, 2)

out = [call2(f) for _ in range(2000)]
f.__defaults__ = (100,)
out.append(call2(f))
def g(a, b=10, *rest):
    return (a, b, rest)
out.append(call2(g))
def h(a, b, c=5):
    return a + b + c
f.__code__ = h.__code__  # same function object, new code with a third parameter
f.__defaults__ = (1000,)
out.append(call2(f))
print(out[0], out[-4:])

def with_defaults(a, b=2, c=3):
    return a * 100 + b * 10 + c
def call1(fn):
    return fn(1)
r = [call1(with_defaults) for _ in range(2000)]
with_defaults.__defaults__ = (7, 8)
r.append(call1(with_defaults))
with_defaults.__defaults__ = None
try:
    call1(with_defaults)
except TypeError as e:
    print("TypeError:", e)
print(r[0], r[-1])

# Class instantiation site: __init__ replaced, __new__ added, metaclass-like hooks.
class Point:
    def __init__(self, x):
        self.x = x
def make(cls):
    return cls(5)
pts = [make(Point) for _ in range(2000)]
Point.__init__ = lambda self, x: setattr(self, "x", x * 2)
print(pts[0].x, make(Point).x)
def new(cls, x):
    obj = object.__new__(cls)
    obj.made_by = "__new__"
    return obj
Point.__new__ = new
p = make(Point)
print(p.x, p.made_by)
del Point.__init__
p = make(Point)
print(p.made_by, hasattr(p, "x"))
del Point.__new__
try:
    make(Point)
except TypeError as e:
    print("TypeError:", e)

# Calling builtins and types at a site that sees many callee kinds
def apply(fn, arg):
    return fn(arg)
kinds = [len, str, sorted, list, type, repr, bool, tuple, (lambda x: x[::-1]), max]
res = []
for i in range(3000):
    res.append(apply(kinds[i % len(kinds)], [i, -i]))
print(res[:10])

# Keyword-argument calls at a site warmed with positional calls
def kw(a, b=0, *, c=0):
    return (a, b, c)
def call_kw(flag):
    if flag:
        return kw(1, 2)
    return kw(1, c=3)
print([call_kw(i % 2) for i in range(2000)][-2:], call_kw(True), call_kw(False))

# Recursive function rebound while recursing
def countdown(n):
    if n == 0:
        return "bottom"
    return countdown(n - 1)
for _ in range(200):
    countdown(10)
original = countdown
def countdown(n):
    return "rebound at %d" % n
print(original(10))

# Bound method vs function at the same call site, and methods of builtin types
def call0(fn):
    return fn()
class M:
    def m(self):
        return "bound"
items = [M().m, (lambda: "lambda"), [3, 1, 2].copy, "abc".upper, {"k": 1}.keys, (1, 2).__len__]
print([call0(items[i % len(items)]) for i in range(3000)][:6])
