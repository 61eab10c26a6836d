# Metaclasses (__prepare__/__new__/__init__/__call__), __instancecheck__/__subclasscheck__, __new__ vs __init__,
# builtin __new__ argument checks, __missing__, subclassing builtins, attribute hooks and their errors.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(('prepare', name, kw)); return {'injected': 1}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('new', name, sorted(k for k in ns if not k.startswith('__')), kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name)); super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(('call', cls.__name__, a)); return super().__call__(*a, **k)
class A(metaclass=Meta, x=1):
    def f(self): pass
a = A(); print(log, A.injected, type(A).__name__)
class B(A): pass
print(type(B).__name__, log[-2:])
class M2(type): pass
try:
    class C(A, metaclass=M2): pass
except TypeError as e: print(e)
class Inst(type):
    def __instancecheck__(cls, o): return o == 5
    def __subclasscheck__(cls, c): return c is int
class I(metaclass=Inst): pass
print(isinstance(5, I), isinstance(6, I), issubclass(int, I), issubclass(str, I), isinstance(I(), I))
t(isinstance, 1, 5); t(issubclass, 5, int); t(issubclass, int, 5); t(isinstance, 1, (int, (str, 5))); t(isinstance, 'a', (int, (str, 5)))
print(isinstance(1, int | str), issubclass(bool, int | None))
class Sing(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst: cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Sing):
    def __init__(self, v): self.v = v
print(S(1).v, S(2).v, S(1) is S(3))
# __new__ vs __init__
class N:
    def __new__(cls, *a): print('new', a); return super().__new__(cls)
    def __init__(self, *a): print('init', a)
N(1, 2)
class N2:
    def __new__(cls): return 42
    def __init__(self): print('never')
print(N2())
class N3:
    def __init__(self): return 5
t(N3)
t(object, 1); t(lambda: object.__new__(int)); t(lambda: object.__new__(5)); t(lambda: int.__new__(str))
class N4:
    def __init__(self, a): pass
t(N4); t(N4, 1, 2); t(lambda: N4(b=1))
class N5: pass
t(N5, 1); t(lambda: N5(x=1))
class N6:
    def __new__(cls, *a, **k): return super().__new__(cls)
t(lambda: type(N6(1)).__name__)
class N7:
    def __init__(self, *a): pass
t(lambda: type(N7(1)).__name__)
# __missing__
class DM(dict):
    def __missing__(self, k): return f'missing-{k}'
d = DM(a=1); print(d['a'], d['b'], d.get('b'), 'b' in d, d)
class DM2(dict):
    def __missing__(self, k): raise KeyError(('custom', k))
t(lambda: DM2()['q'])
# subclassing builtins
class MyList(list):
    def __repr__(self): return 'MyList' + super().__repr__()
ml = MyList([3, 1, 2]); ml.sort(); print(ml, type(ml + ml).__name__, type(ml[:1]).__name__, type(ml * 2).__name__, len(ml))
class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + o + 100)
mi = MyInt(5); print(mi + 1, 1 + mi, type(-mi).__name__, type(mi * 2).__name__, repr(mi), str(mi), mi == 5, hash(mi) == hash(5))
class MyStr(str):
    def upper(self): return 'overridden'
ms = MyStr('abc'); print(ms.upper(), ms + 'x', type(ms + 'x').__name__, type(ms[0]).__name__, ms.title(), type(ms.title()).__name__, f'{ms}', '%s' % ms)
class MyTuple(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
mt = MyTuple(1, 2, 3); print(mt, type(mt[1:]).__name__, mt + (4,), type(mt + (4,)).__name__)
class MyDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
md = MyDict(a=1); md['b'] = 2; md.update(c=3); print(md, md.copy(), type(md.copy()).__name__, type(md | {}).__name__)
class MyFloat(float): pass
mf = MyFloat(1.5); print(mf, repr(mf), type(mf + 1).__name__, mf.is_integer(), round(mf), MyFloat('2.5'))
class MySet(set): pass
print(type(MySet([1]) | {2}).__name__, type(MySet([1]).copy()).__name__, MySet([1,2]) == {1,2})
class MyBytes(bytes): pass
print(MyBytes(b'ab'), type(MyBytes(b'ab')[0:1]).__name__, MyBytes(3))
class IntEnumish(int):
    def __new__(cls, v, name):
        o = super().__new__(cls, v); o.name = name; return o
ie = IntEnumish(3, 'three'); print(ie, ie.name, ie + 1, [10,20,30,40][ie])
class Callable:
    def __call__(self, *a, **k): return (a, k)
print(Callable()(1, x=2), callable(Callable()), callable(Callable))
t(lambda: Callable()(**{1: 2}))
class GA:
    def __getattr__(self, n): return n.upper()
g = GA(); g.x = 1; print(g.x, g.yy, getattr(g, 'zz'), hasattr(g, 'q'))
class GAB:
    def __getattribute__(self, n):
        if n == 'boom': raise AttributeError('nope')
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return 'fallback-' + n
print(GAB().boom, getattr(GAB(), 'missing'))
class SA:
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
    def __delattr__(self, n): print('del', n); object.__delattr__(self, n)
sa = SA(); sa.x = 2; print(sa.x); del sa.x; t(lambda: sa.x)
t(object.__setattr__, 1, 'x', 2); t(setattr, object(), 'x', 1); t(setattr, int, 'x', 1); t(delattr, int, 'real'); t(setattr, 'a', 'upper', 1)
t(getattr, 1, 'nope'); t(getattr, int, 'nope'); t(getattr, None, 'x'); t(getattr, 1, 5); t(setattr, 1, 5, 1)
