# The names each builtin type defines in its own __dict__ (not inherited),
# and the kinds of the entries tern now defines itself: slot wrappers such
# as __getattribute__ and __hash__, methods such as __format__ and
# __sizeof__, None for unhashable types, and each type's __doc__.
# (__new__, __init__, __reduce__ and __reduce_ex__ are left out: see
# tests/known_failures/types/type_dict_keys_all.py; memoryview too.)
TYPES = [
    int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set,
    frozenset, range, slice, object, type,
    type({}.keys()), type({}.values()), type({}.items()),
]
LATER = {'__new__', '__init__', '__reduce__', '__reduce_ex__'}
for t in TYPES:
    print(t.__name__, ' '.join(k for k in sorted(t.__dict__) if k not in LATER))
print()
for t in TYPES:
    for k in ('__getattribute__', '__format__', '__sizeof__', '__hash__', '__str__', '__repr__', '__lt__', '__doc__'):
        if k in t.__dict__:
            v = t.__dict__[k]
            print(t.__name__, k, type(v).__name__, (v or '').splitlines()[:1] if isinstance(v, str) or v is None else repr(v))

for f in [lambda: hash(slice(1)), lambda: hash({}.keys()), lambda: hash({}.items()), lambda: hash({}.values()) != 0,
          lambda: hash(1+2j) == hash(complex(1, 2)), lambda: hash(frozenset({1, 2})) == hash(frozenset({2, 1})),
          lambda: complex.__hash__(1j) == hash(1j), lambda: frozenset.__hash__(frozenset()) == hash(frozenset()),
          lambda: repr({1: 2}.keys()), lambda: type({}.keys()).__repr__({3: 4}.keys()), lambda: type({}.items()).__repr__({3: 4}.items()),
          lambda: str(b'ab'), lambda: bytes.__str__(b'x'), lambda: bytearray.__str__(bytearray(b'y')),
          lambda: int.__format__(255, 'x'), lambda: float.__format__(1.5, '.3f'), lambda: complex.__format__(1j, ''),
          lambda: format(True, 'd'), lambda: int.__format__(True, '>3'),
          lambda: dict.__lt__({}, {}), lambda: range.__ge__(range(1), range(2)), lambda: {} < {}, lambda: range(1) <= range(2),
          lambda: int.__getattribute__(5, 'real'), lambda: type.__getattribute__(int, '__name__'),
          lambda: str.__getattribute__('a', 'upper')(), lambda: int.__getattribute__(5, 'nope'),
          lambda: list.__getattribute__((), 'x'),
          lambda: sorted(type.__dir__(int)) == dir(int), lambda: type.__setattr__(int, 'x', 1),
          lambda: type.__delattr__(int, 'real'), lambda: int.__sizeof__(5) > 0, lambda: type.__sizeof__(int) > 0,
          lambda: slice.__hash__, lambda: type({}.keys()).__hash__, lambda: {1}.__hash__]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
