# with statement: __enter__/__exit__, exception suppression, multiple managers, nesting.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress

with CM("a") as v:
    print("body", v)

with CM("outer"), CM("inner") as w:
    print("body", w)

with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with CM("n"):
        raise KeyError("not suppressed")
except KeyError as e:
    print("propagated", e)

def early_return():
    with CM("ret"):
        return "returned"
print(early_return())

for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

with (CM("p1") as x, CM("p2") as y):
    print("parenthesized", x, y)

class Tracking:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit args", args[0], args[1])
        return None
with Tracking() as t:
    print(type(t).__name__)

try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)

class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with CM("first"), EnterFails():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)

class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except TypeError as e:
    print("TypeError:", e, "context:", repr(e.__context__))

def gen_cm():
    with CM("in-gen"):
        yield 1
        yield 2
for v in gen_cm():
    print("gen value", v)

lst = []
class Target:
    def __enter__(self): return (1, [2, 3])
    def __exit__(self, *a): pass
with Target() as (a, [b, c]):
    print(a, b, c)
with Target() as lst_target:
    lst.append(lst_target)
print(lst)
f = open(__file__)
with f:
    first = f.readline()
print(first.rstrip(), f.closed)
