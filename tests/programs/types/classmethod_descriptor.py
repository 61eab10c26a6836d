# The class methods of builtin types are classmethod_descriptors (not
# classmethods); str.maketrans is a staticmethod; `__dict__` and `__doc__`
# live on `type` (object.__dict__ has no '__dict__', and its '__doc__' is a
# string); classes whose instances have a dict get their own '__dict__'.
import collections

for t, k in [(object, '__init_subclass__'), (object, '__subclasshook__'), (int, 'from_bytes'),
             (bytes, 'fromhex'), (bytearray, 'fromhex'), (float, 'fromhex'), (float, '__getformat__'),
             (dict, 'fromkeys'), (type, '__prepare__'), (list, '__class_getitem__'),
             (tuple, '__class_getitem__'), (set, '__class_getitem__'), (str, 'maketrans')]:
    v = t.__dict__[k]
    r = repr(v).split(' at 0x')[0] if not isinstance(v, staticmethod) else ''
    print(t.__name__, k, type(v).__name__, isinstance(v, classmethod), isinstance(v, staticmethod), r)

d = dict.__dict__['fromkeys']
print(d.__name__, d.__qualname__)
print(d(dict, [1]), d.__get__(None, dict)([2]), d.__get__({})([3]))


class MD(dict):
    pass


print(type(d(MD, 'ab')).__name__, d(MD, 'ab'))
print(type(MD.fromkeys('x')).__name__, int.from_bytes(b'\x01\x00', 'little'), bytes.fromhex('4142'))
for args in [(), (5,), (list,), (list, [1])]:
    try:
        print(d(*args))
    except TypeError as e:
        print('TypeError:', e)
print(repr(object.__init_subclass__).split(' at 0x')[0])


class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
        super().__init_subclass__()


class Child(Base, tag=1):
    pass


# __dict__ and __doc__ are type's, not object's.
print('__dict__' in type.__dict__, '__dict__' in object.__dict__, '__doc__' in object.__dict__)
print(type(type.__dict__['__dict__']).__name__, type(type.__dict__['__doc__']).__name__, type(object.__dict__['__doc__']).__name__)
print(object.__doc__)
print(int.__doc__.splitlines()[0], '|', bool.__doc__.splitlines()[0], '|', ValueError.__doc__)
print(type({}.keys()).__doc__, Child.__doc__, Child().__doc__, (5).__doc__ == int.__doc__)
try:
    int.__doc__ = 'x'
except TypeError as e:
    print('TypeError:', e)
Child.__doc__ = 'changed'
print(Child.__doc__, Child().__doc__)
print(type(int.__dict__).__name__, int.__dict__['__add__'] is int.__add__)
try:
    object().__dict__
except AttributeError as e:
    print('AttributeError:', e)
try:
    type.__dict__['__dict__'].__set__(Child, {})
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)


class Plain:
    pass


class Sub(Plain):
    pass


class Slotted:
    __slots__ = ('x',)


class Tup(tuple):
    __slots__ = ()


class TupSub(Tup):
    pass


NT = collections.namedtuple('NT', 'a b')


class NTSub(NT):
    pass


class E(Exception):
    pass


class Meta(type):
    pass


for c in (Plain, Sub, Slotted, Tup, TupSub, NT, NTSub, E, Meta, staticmethod, classmethod, BaseException):
    print(c.__name__, '__dict__' in c.__dict__)
n = NTSub(1, 2)
n.extra = 3
print(n.__dict__, vars(n), E('x').__dict__)
try:
    Tup((1,)).__dict__
except AttributeError as e:
    print('AttributeError:', e)
