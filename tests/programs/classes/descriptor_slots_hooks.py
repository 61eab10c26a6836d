# Descriptors and __set_name__ (errors wrapped in RuntimeError), __slots__ rules and messages,
# __init_subclass__, __class_getitem__, __format__, with-statement errors, __index__.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class D:
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name); self.name = name
    def __get__(self, obj, typ=None): return ('get', self.name, obj is None, typ.__name__ if typ else None)
    def __set__(self, obj, v): print('set', self.name, v)
    def __delete__(self, obj): print('delete', self.name)
class C:
    a = D(); b = D()
c = C(); print(c.a, C.a); c.a = 5; del c.a; c.__dict__['a'] = 'inst'; print(c.a)
class ND:
    def __get__(self, o, t): return 'nd'
class C2:
    x = ND()
c2 = C2(); print(c2.x); c2.__dict__['x'] = 'inst'; print(c2.x); c2.x = 3; print(c2.x, C2.x)
class RO:
    def __get__(self, o, t): return 'ro'
    def __set__(self, o, v): raise AttributeError('read-only!')
class C3:
    r = RO()
t(setattr, C3(), 'r', 1)
# set_name errors
class BadSN:
    def __set_name__(self, o, n): raise ValueError('boom')
try:
    class X: y = BadSN()
except Exception as e: print(type(e).__name__, e, repr(e.__cause__), getattr(e, '__notes__', None))
# slots
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1; t(lambda: s.b); t(setattr, s, 'c', 1); t(lambda: s.__dict__); print(S.a, type(S.a).__name__)
del s.a; t(lambda: s.a); t(delattr, s, 'a')
class S2(S):
    __slots__ = ('c',)
s2 = S2(); s2.c = 3; s2.a = 1; t(setattr, s2, 'd', 1); print(S2.__slots__)
class S3(S): pass
s3 = S3(); s3.z = 1; print(s3.__dict__)
t(lambda: type('Q', (), {'__slots__': ('a', 'a')}))
t(lambda: type('Q', (), {'__slots__': ('__dict__', '__dict__')}))
t(lambda: type('Q', (), {'__slots__': ('a',), 'a': 1}))
t(lambda: type('Q', (), {'__slots__': 5}))
t(lambda: type('Q', (), {'__slots__': ('1a',)}))
class S4:
    __slots__ = ['x', '__dict__']
s4 = S4(); s4.x = 1; s4.y = 2; print(s4.__dict__)
class S5:
    __slots__ = 'only'
print(S5.__slots__, hasattr(S5(), '__dict__'))
class S6:
    __slots__ = ('__weakref__',)
print(hasattr(S6(), '__dict__'))
t(lambda: type('Q', (int,), {'__slots__': ('a',)}))
t(lambda: type('Q', (tuple,), {'__slots__': ('a',)}))
class Pv:
    __slots__ = ('__priv',)
    def __init__(self): self.__priv = 1
print(Pv()._Pv__priv, Pv.__slots__)
# init_subclass
class Base:
    def __init_subclass__(cls, /, flag=None, **kw):
        print('init_subclass', cls.__name__, flag, kw)
        super().__init_subclass__(**kw)
class Sub(Base, flag=1): pass
t(lambda: type('Q', (Base,), {}, flag=2))
try:
    class Sub2(Base, other=3): pass
except TypeError as e: print(e)
try:
    class Sub3(object, other=3): pass
except TypeError as e: print(e)
# class_getitem
class CG:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(CG[int], CG[1, 2])
t(lambda: C[int])
print(list[int], dict[str, int], tuple[int, ...], type[int], list[int] == list[int], list[int].__origin__, list[int].__args__)
print(repr(list[int]), repr(list['X']), repr(dict[str, list[int]]))
# __format__
class Fm:
    def __format__(self, s): return f'Fm({s})'
print(format(Fm(), 'abc'), f'{Fm():>{3}}', '{:x}'.format(Fm()))
# enter/exit
class CM:
    def __enter__(self): print('enter'); return 'val'
    def __exit__(self, *a): print('exit', a[0].__name__ if a[0] else None); return True
with CM() as v:
    print(v); raise ValueError
print('after')
class CM2:
    def __enter__(self): return self
try:
    with CM2(): pass
except Exception as e: print(type(e).__name__, e)
class CM3:
    def __exit__(self, *a): pass
try:
    with CM3(): pass
except Exception as e: print(type(e).__name__, e)
# index
class Ix:
    def __index__(self): return 2
print([1,2,3][Ix()], bin(Ix()), hex(Ix()), 'ab' * Ix(), range(Ix()), [0,1,2,3][Ix():], operator_index := __import__('operator').index(Ix()))
class Ix2:
    def __index__(self): return 'a'
t(lambda: [1][Ix2()]); t(bin, Ix2()); t(hex, 1.5); t(lambda: 'a' * 1.5); t(lambda: [1][1.5:])
class Ix3:
    def __index__(self): return True

