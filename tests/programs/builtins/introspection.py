# getattr/setattr/hasattr/delattr, vars, dir, globals, locals, type checks.
class Point:
    z = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(getattr(p, "x"), getattr(p, "z"), getattr(p, "missing", "dflt"), hasattr(p, "y"), hasattr(p, "q"))
setattr(p, "w", 9)
print(vars(p), p.w)
delattr(p, "w")
print(vars(p), sorted(vars(Point).keys() - {"__dict__", "__weakref__", "__module__", "__doc__", "__init__"}))
print([n for n in dir(p) if not n.startswith("_")], "x" in dir(p), "__init__" in dir(Point))
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
g = globals()
print(g["__name__"], "Point" in g, type(g).__name__)
g["injected"] = "via globals"
print(injected)
def change_locals():
    x = 1
    locals()["x"] = 2  # does not change the real local
    return x
print(change_locals())
print(sorted(k for k in locals() if not k.startswith("__")) == sorted(k for k in globals() if not k.startswith("__")))
class WithSlots:
    __slots__ = ("a",)
try:
    vars(WithSlots())
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
import math
print(getattr(math, "pi"), hasattr(math, "tau"), getattr(math, "sqrt")(9.0))
print(type(p) is Point, type(p) == Point, p.__class__ is Point, Point.__class__ is type, type(Point) is type)
X = type("X", (Point,), {"extra": lambda self: self.x * 100})
xi = X(3, 4)
print(xi.extra(), isinstance(xi, Point), X.__name__, X.__bases__[0].__name__, X.__mro__[1] is Point)
print(type.__name__, type(type).__name__, isinstance(int, type), isinstance(5, type))
print(sorted(n for n in vars(p)), list(vars(Point)).count("__init__"))
def kwfunc(**kw):
    return kw
print(kwfunc(**vars(p)))
print(callable(getattr(p, "__init__")), getattr(Point, "__name__"), getattr([], "__len__")())
print(hasattr(5, "__add__"), hasattr(None, "__bool__"), getattr("", "join")(["a", "b"]))
