# Calls with * and **: same-loop frames for Python callees, CPython's
# messages naming the callable, recursion limits through f(*args).
import sys
def f(*a, **k): return a, sorted(k.items())
def g(a, b=2, *, c=3): return a + b + c
print(f(*[1, 2], **{'x': 1}), g(*(1,), **{'c': 10}), g(**{'a': 1, 'b': 1}))
for bad in [lambda: g(*[1, 2, 3]), lambda: g(**{'zz': 1}), lambda: g(*5), lambda: g(**{1: 2}), lambda: g(1, **{'a': 2}), lambda: f(**[1])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
class K:
    def m(self, *a, **k): return (self.__class__.__name__, a, k)
print(K().m(*range(3), **dict(z=1)))
def rec(n, *rest):
    return n if n == 0 else rec(*(n - 1,), *rest)
print(rec(50))
sys.setrecursionlimit(200)
try:
    rec(10000)
except RecursionError as e:
    print("RecursionError", e)
def gen(*a):
    yield from a
print(list(gen(*"abc")))
def boom(*a):
    raise ValueError(a)
try:
    boom(*[1, 2])
except ValueError as e:
    print("ValueError", e)
def h(a): return a
for bad in [lambda: h(*None), lambda: h(**{'a': 1}, **{'a': 2}), lambda: K().m(*1), lambda: print(*3), lambda: len(**5), lambda: h(*[1], **None), lambda: dict(**{1: 2})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
class NoQual:
    def __call__(self, *a): return a
print(NoQual()(*"xy"))
try:
    NoQual()(*7)
except TypeError as e:
    print("TypeError", str(e).split(" at ")[0])
print(h(*(x for x in [5])), h(*{9: 1}))
