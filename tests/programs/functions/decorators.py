# Function and class decorators, decorator factories, stacking order.
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args} {kwargs}")
        result = fn(*args, **kwargs)
        print(f"  -> {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper

@trace
def add(a, b=1):
    return a + b

add(2)
add(2, b=5)
print(add.__name__, add.__wrapped__(10, 20))

def repeat(n):
    print("factory", n)
    def deco(fn):
        print("decorating", fn.__name__)
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))

def tag(label):
    def deco(fn):
        print("apply", label)
        def wrapper():
            return f"<{label}>{fn()}</{label}>"
        return wrapper
    return deco

@tag("b")
@tag("i")
def text():
    return "text"
print(text())

registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls

@register
class Foo:
    pass

@register
class Bar:
    pass
print(registry, Foo.registered)

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))

class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)

@Counter
def square(x):
    return x * x
print(square(3), square(4), square.calls)

# Decorator expression (PEP 614 relaxed grammar)
decos = {"t": trace}
@decos["t"]
def sub(a, b):
    return a - b
sub(5, 3)
@(lambda f: lambda: f() * 2)
def two():
    return 21
print(two())

class Service:
    @staticmethod
    @trace
    def ping():
        return "pong"
Service.ping()
