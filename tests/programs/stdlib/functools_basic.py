# functools: reduce, partial, lru_cache, wraps, total_ordering, cached_property, cmp_to_key
import functools
from functools import reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key, cached_property

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)

def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square.keywords, square.args, square.func is power)
p2 = partial(print, 'hello', sep='-')
p2('world')
print(partial(int, base=2)('1011'))

calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
calls.clear()
for v in [1, 2, 1, 3, 1, 2]:
    sq(v)
print(calls, sq.cache_info())

@functools.cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k) * 2
    return inner
@deco
def add(a, b):
    """Adds two numbers."""
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(2, 3))

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
    def __repr__(self):
        return f'V{self.n}'
a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, a == b, sorted([Version(3), a, b]))

def cmp(x, y):
    return (x > y) - (x < y)
print(sorted([5, 2, 9, 1], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(y) - len(x))))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print('computing')
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area)

print(functools.partial(max, 3)(1, 7))
