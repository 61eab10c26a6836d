# Function attributes and __dict__: made on first use, shared by getattr,
# setattr, vars(), functools.wraps, replaced by assignment.
import functools
def f(x): return x
print(f.__dict__, vars(f))
f.a = 1
print(f.__dict__, f.a)
def g(): pass
g.__dict__['b'] = 2
print(g.b, g.__dict__)
try:
    del g.zz
except AttributeError as e: print(e)
try:
    print(g.nope)
except AttributeError as e: print(e)
del g.b
print(g.__dict__, hasattr(g, 'b'))
@functools.wraps(f)
def w(*a): return f(*a)
print(w.__wrapped__ is f, w.__name__, sorted(w.__dict__))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30), fib.cache_info())
h = lambda: 0
h.__dict__ = {'z': 9}
print(h.z)
print(getattr(f, '__dict__') is f.__dict__)
class C:
    def m(self): pass
C.m.attr = 5
print(C().m.attr, C.m.__dict__)
try:
    h.__dict__ = 1
except TypeError as e:
    print(e)
k = lambda: 1
print(k.__dict__ == {}, k.__dict__ is k.__dict__)
