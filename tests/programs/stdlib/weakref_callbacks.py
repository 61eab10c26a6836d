# Weak-reference callbacks run when the referent dies (newest first), so
# WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize see deaths;
# objects of types without a weak-reference slot are refused.
import weakref, gc
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"A({self.n})"
a = A(1)
r1 = weakref.ref(a, lambda r: print("cb1", r is r1, r()))
r2 = weakref.ref(a, lambda r: print("cb2"))
r3 = weakref.ref(a, lambda r: print("cb3"))
del r2
del a
print("after del")
d = weakref.WeakValueDictionary()
objs = [A(i) for i in range(5)]
for o in objs: d[o.n] = o
print(len(d), sorted(d.keys()))
del objs[1:3]
print(len(d), sorted(d.keys()))
s = weakref.WeakSet(objs)
print(len(s))
objs.clear()
print(len(s), len(d))
k = weakref.WeakKeyDictionary()
x = A(9)
k[x] = "v"
print(len(k))
del x
print(len(k))
b = A(2)
f = weakref.finalize(b, print, "finalized", 2)
print(f.alive)
del b
print(f.alive)
c = A(3)
p = weakref.proxy(c, lambda p: print("proxy cb", type(p).__name__))
print(p.n)
del c
def bad(r): raise ValueError("in callback")
e = A(4)
r4 = weakref.ref(e, bad)
del e
print("end")
for v in [1, 'a', [], (), {}, set(), b'', bytearray(), 1.0, None, object(), len, A, weakref, A(0)]:
    try:
        weakref.ref(v); print(type(v).__name__, 'ok')
    except TypeError as ex: print(ex)
class Sl: __slots__ = ('a',)
class Sl2(Sl): pass
class Sl3: __slots__ = ('a', '__weakref__')
class T(tuple): pass
class E(Exception): pass
for v in [Sl(), Sl2(), Sl3(), T(), E(), Exception()]:
    try:
        weakref.ref(v); print(type(v).__name__, 'ok')
    except TypeError as ex: print(ex)
