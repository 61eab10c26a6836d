# dir() of the builtin types, their instances and of classes with and
# without instance dicts; dict views' membership (values iterate).
class A: pass
class S:
    __slots__ = ('a',)
class D(dict): pass
class E(Exception): pass
class M(type): pass
vals = [1, True, 1.5, 1j, 'a', b'a', bytearray(b'a'), [1], (1,), {1: 2}, {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), {1}, frozenset(), range(3), slice(1), object(), A(), S(), D(), E(), A, S, D, E, M, M('X', (), {}), type]
for v in vals:
    print(type(v).__name__, dir(v))
d = {1: 'x', 2: 'y'}
print('x' in d.values(), 'z' in d.values(), (1, 'x') in d.items(), 1 in d.keys(), d.keys().isdisjoint([3]))
print(hasattr(d.values(), 'isdisjoint'), hasattr(d.values(), '__contains__'))
for t in (int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, type({}.keys()), type({}.values()), type({}.items()), set, frozenset, range, slice, object, type):
    print(t.__name__, dir(t))
