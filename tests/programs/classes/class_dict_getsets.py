# Class __dict__ mappingproxies hold __dict__ and __weakref__ getset descriptors where CPython adds them, in CPython's key order.
import weakref


def keys(cls):
    return list(vars(cls))


class C:
    pass


class D(C):
    x = 1


class Doc:
    "docstring"

    def method(self):
        return 1

    y = 2


class S:
    __slots__ = ('a', 'b')


class SD:
    __slots__ = ('a', '__dict__')


class SW:
    __slots__ = ('__weakref__',)


class SBoth(S):
    __slots__ = ('__dict__', '__weakref__')


class SEmpty:
    __slots__ = ()


class E(Exception):
    pass


class E2(E):
    pass


class I(int):
    pass


class T(tuple):
    pass


class L(list):
    pass


class Dc(dict):
    pass


class St(set):
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class Mixed(S, C):
    pass


class Mixed2(C, S):
    pass


for cls in [C, D, Doc, S, SD, SW, SBoth, SEmpty, E, E2, I, T, L, Dc, St, Meta, WithMeta, Mixed, Mixed2]:
    print(cls.__name__, keys(cls), '__dict__' in cls.__dict__, '__weakref__' in cls.__dict__)

print(C.__dict__['__dict__'], C.__dict__['__weakref__'], type(C.__dict__['__dict__']).__name__)
print(SD.__dict__['__dict__'], E.__dict__['__weakref__'], I.__dict__['__dict__'])
c = C()
c.a = 1
print(C.__dict__['__dict__'].__get__(c), C.__dict__['__weakref__'].__get__(c))
C.__dict__['__dict__'].__set__(c, {'b': 2})
print(c.b, c.__dict__, vars(c))
d = D()
d.q = 5
print(d.__dict__, C.__dict__['__dict__'].__get__(d))
c.__dict__ = {'z': 26}
print(c.z, hasattr(c, 'a'))
try:
    c.__weakref__ = 1
except AttributeError as e:
    print('AttributeError', e)
r = weakref.ref(c)
print(r() is c)
print(C.__dict__['__dict__'].__get__(None, C) is C.__dict__['__dict__'], C.__dict__['__dict__'].__name__)
try:
    C.__dict__['__weakref__'].__set__(c, 1)
except AttributeError as e:
    print('AttributeError', e)
print(sorted(k for k in vars(C) if not k.startswith('__')), len(vars(D)))
print([k for k in Doc.__dict__], Doc.__doc__)
