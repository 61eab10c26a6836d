# functools.lru_cache/cache: keys (typed, keywords), the bounded cache's
# recency order, statistics, methods, pickling and errors.
import functools, pickle, copy
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__, fib.cache_parameters())
fib.cache_clear(); print(fib.cache_info())
@functools.lru_cache(maxsize=3)
def sq(x, *, k=1):
    print("compute", x, k); return x * x * k
for v in [1, 2, 3, 1, 4, 2, 1, 5]:
    sq(v)
print(sq.cache_info())
print(sq(2, k=3), sq(2, k=3), sq(k=3, x=2) if False else "", sq.cache_info())
@functools.lru_cache(typed=True)
def t(x): print("t", type(x).__name__); return x
t(1); t(1.0); t(1); t(True); print(t.cache_info())
@functools.cache
def c(a, b=2): print("c", a, b); return a + b
c(1); c(1); c(1, 2); c(1, b=2); c(a=1); print(c.cache_info())
try:
    c([1])
except TypeError as e:
    print("TypeError", e)
class K:
    def __init__(self, v): self.v = v
    @functools.lru_cache
    def m(self, x): print("m", self.v, x); return self.v + x
    @functools.cached_property
    def p(self): print("prop"); return 42
k = K(10); print(k.m(1), k.m(1), K(5).m(1), K.m.cache_info())
print(k.p, k.p)
print(pickle.loads(pickle.dumps(fib)) is fib, copy.deepcopy(fib) is fib, copy.copy(sq) is sq)
print(repr(fib).split(" at ")[0], type(fib).__name__, isinstance(fib, functools._lru_cache_wrapper) if hasattr(functools, "_lru_cache_wrapper") else None)
@functools.lru_cache(maxsize=0)
def z(x): return x
z(1); z(1); print(z.cache_info())
@functools.lru_cache(maxsize=-5)
def neg(x): return x
neg(1); print(neg.cache_info())
try:
    functools.lru_cache(maxsize="x")
except TypeError as e:
    print(e)
def boom(x):
    raise ValueError(x)
b = functools.lru_cache(boom)
for _ in range(2):
    try:
        b(1)
    except ValueError as e:
        print("raised", e)
print(b.cache_info())
