# del and set of the attributes type gives every class (__name__,
# __qualname__, __bases__, __dict__...): CPython's errors; class repr.
class C:
    'doc'
for a in ('__bases__', '__mro__', '__abstractmethods__', '__annotations__', '__dict__', '__text_signature__', '__module__', '__doc__', '__name__', '__qualname__'):
    try:
        delattr(C, a)
        print(a, 'deleted')
    except Exception as e:
        print(a, type(e).__name__, e)
print(C.__doc__, C.__module__, C.__name__, C.__qualname__, '__dict__' in dir(C))
class D:
    x: int
print(D.__annotations__)
del D.__annotations__
print(D.__annotations__)
for attr in ('__qualname__', '__name__', '__module__', '__doc__'):
    try:
        setattr(C, attr, 1)
        print(attr, 'ok', getattr(C, attr))
    except Exception as e:
        print(attr, type(e).__name__, e)
C.__qualname__ = 'Outer.C'
print(C.__qualname__, repr(C))
def f():
    pass
for attr in ('__qualname__', '__name__'):
    try:
        setattr(f, attr, 1)
    except Exception as e:
        print(attr, type(e).__name__, e)
try:
    del int.__name__
except TypeError as e:
    print(e)
