# Function objects: attributes, __call__, bound methods, introspection.
def f(a, b=2):
    """docstring of f"""
    return a + b
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__module__)
f.custom = "attr"
print(f.custom, "custom" in f.__dict__)
class A:
    def method(self, x):
        return ("method", x)
    class Nested:
        def deep(self):
            pass
a = A()
m = a.method
print(m(1), m.__self__ is a, m.__func__ is A.method, m.__name__)
print(A.method(a, 2), A.Nested.deep.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print(callable(f), callable(a), callable(A), callable(1), callable(m))
class CallMe:
    def __call__(self, *args, **kw):
        return ("called", args, kw)
print(CallMe()(1, k=2), callable(CallMe()))
bound = [1, 2, 3].append
bound(4)
print(bound.__self__, bound.__name__)
print((lambda: 0).__name__)
def g(*args, **kwargs): pass
print(g.__name__, g(1, k=2))
try:
    f.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
print(type(f).__name__, type(m).__name__, type(len).__name__, type([].append).__name__)
