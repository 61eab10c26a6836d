# type's layout attributes (__basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__, __flags__ bits),
# __abstractmethods__ (set by abc, missing on plain types) and __annotations__.
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
print(A.__abstractmethods__, type(type.__dict__['__abstractmethods__']).__name__)
for t in (int, type):
    try: t.__abstractmethods__
    except AttributeError as e: print(e)
class B: pass
try: B.__abstractmethods__
except AttributeError as e: print(e)
B.__abstractmethods__ = frozenset({'x'})
try: B()
except TypeError as e: print(e)
print(bool(B.__flags__ & (1 << 20)), bool(A.__flags__ & (1 << 20)))
del B.__abstractmethods__
print(type(B()).__name__, bool(B.__flags__ & (1 << 20)))
print(B.__annotations__, '__annotations__' in B.__dict__)
try: int.__annotations__
except AttributeError as e: print(e)
class C:
    x: int
class C2(C): pass
print(C.__annotations__, C2.__annotations__)
C2.__annotations__ = {'y': str}; print(C2.__annotations__)
for t in (object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, type):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__, t.__flags__)
class S: __slots__=('a', 'b')
class D(int): pass
class E(Exception): pass
for t in (B, C, S, D, E, A):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
for t in (B, S, D, E, list, int, dict, type, Exception):
    f = t.__flags__
    print(t.__name__, bool(f & (1 << 9)), bool(f & (1 << 10)), bool(f & (1 << 24)), bool(f & (1 << 25)), bool(f & (1 << 29)), bool(f & (1 << 30)), bool(f & (1 << 31)))
try: int.__flags__ = 5
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
