# Exceptions: CPython's messages for common errors, args/str/repr, OSError subclasses by errno, chaining,
# __notes__, ExceptionGroup split/subgroup and except*.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, '|', e, '|', repr(e), '|', e.args)
t(lambda: 1 / 0); t(lambda: 1 // 0); t(lambda: 1 % 0); t(lambda: 1.0 / 0); t(lambda: 1.0 // 0.0); t(lambda: divmod(1.0, 0)); t(lambda: 2 ** -1 // 0)
t(lambda: int('x')); t(lambda: float('x')); t(lambda: float('')); t(lambda: [].x); t(lambda: undefined_name); t(lambda: {}['k']); t(lambda: {}[('a', 1)]); t(lambda: {}[()])
t(lambda: [1][2]); t(lambda: 'a' + 1); t(lambda: len(1)); t(lambda: None()); t(lambda: (1).__foo__); t(lambda: int.foo); t(lambda: object().x)
def f(a, b, *, c): pass
t(f); t(f, 1); t(f, 1, 2); t(f, 1, 2, 3); t(f, 1, 2, c=3, d=4); t(f, 1, 2, c=3, a=1)
def g(a, /, b=1, *args, c, d=2, **kw): pass
t(g); t(g, a=1); t(g, 1); t(g, 1, 2, 3)
t(lambda: (lambda: 0)(1)); t(lambda: (lambda x: 0)()); t(lambda: (lambda *, x: 0)(1))
class K:
    def m(self, x): pass
t(K().m); t(K().m, 1, 2); t(K.m); t(lambda: K(1))
t(int, 'a', 'b'); t(int, x=1); t(len); t(len, 1, 2); t(isinstance, 1); t(getattr, 1); t(abs, 'a'); t(hash, []); t(hash, {}); t(hash, set())
t(iter, 1); t(next, 1); t(next, iter([])); t(lambda: [x for x in 5]); t(lambda: [*5]); t(lambda: {**5}); t(lambda: (a, b) == 1)
def unpack():
    a, b = [1, 2, 3]
def unpack2():
    a, b, c = [1]
def unpack3():
    a, *b, c = [1]
def unpack4():
    a, b = 1
t(unpack); t(unpack2); t(unpack3); t(unpack4)
def local_before():
    print(x)
    x = 1
t(local_before)
def free_before():
    def inner(): return y
    inner_v = inner()
    y = 1
t(free_before)
t(lambda: chr(-1)); t(lambda: chr(0x110000)); t(ord, ''); t(ord, 'ab'); t(lambda: 'a' * -1 == ''); t(lambda: [0] * (2**63)); t(lambda: 'a' * (2**63))
t(lambda: 10 ** 10 ** 10 > 0 if False else 1 << -1); t(lambda: 1 >> -1); t(lambda: 2.0 ** 10000); t(lambda: float(10**400)); t(lambda: int(float('inf'))); t(lambda: int(float('nan')))
t(lambda: (1).to_bytes(1, 'little', signed=False) and (256).to_bytes(1, 'big')); t(lambda: (-1).to_bytes(1, 'big')); t(lambda: [].sort(key=1)); t(lambda: sorted([3, 1], reverse=None))
e = ValueError('a', 2); print(str(e), repr(e), e.args); e2 = ValueError(); print(repr(str(e2)), repr(e2)); e3 = KeyError('k'); print(str(e3), repr(e3)); print(str(KeyError()), str(KeyError(1, 2)))
print(repr(OSError(2, 'No such file')), str(OSError(2, 'No such file', 'f.txt')), OSError(2, 'x').errno, type(OSError(2, 'x')).__name__, type(OSError(13, 'x')).__name__, FileNotFoundError.__mro__[1].__name__)
print(str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')), StopIteration(5).value, SystemExit(3).code, repr(SyntaxError('m', ('f.py', 1, 2, 'x y', 1, 3))))
ex = Exception('base'); ex.add_note('n1'); ex.add_note('n2'); print(ex.__notes__); t(ex.add_note, 5)
try:
    try: raise ValueError('inner')
    except ValueError as ie: raise TypeError('outer') from ie
except TypeError as te: print(repr(te.__cause__), repr(te.__context__), te.__suppress_context__)
try:
    try: raise ValueError('inner')
    except ValueError: raise TypeError('outer')
except TypeError as te: print(repr(te.__cause__), repr(te.__context__), te.__suppress_context__)
try:
    raise TypeError('x') from None
except TypeError as te: print(repr(te.__cause__), te.__suppress_context__)
t(lambda: exec('raise ValueError from 5')); t(lambda: exec('raise 5')); t(lambda: exec('raise ValueError(1) from ValueError'))
eg = ExceptionGroup('grp', [ValueError(1), TypeError(2), ExceptionGroup('sub', [ValueError(3)])])
print(repr(eg), str(eg), len(eg.exceptions), type(eg.exceptions).__name__)
m, rest = eg.split(ValueError); print(repr(m), repr(rest)); print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
try:
    raise eg
except* ValueError as g1:
    print('V', repr(g1))
except* TypeError as g2:
    print('T', repr(g2))
try:
    try:
        raise ExceptionGroup('g', [KeyError('a'), OSError('b')])
    except* KeyError:
        print('caught KeyError part')
except ExceptionGroup as rest_eg:
    print('rest', repr(rest_eg))
try:
    raise ValueError('naked')
except* ValueError as g3:
    print(repr(g3))
t(ExceptionGroup, 'x', []); t(ExceptionGroup, 'x', [1]); t(ExceptionGroup, 5, [ValueError()]); print(type(BaseExceptionGroup('x', [ValueError()])).__name__, type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
t(ExceptionGroup, 'x', [KeyboardInterrupt()])
class MyErr(Exception):
    def __init__(self, a, b): super().__init__(a); self.b = b
    def __str__(self): return f'MyErr<{self.args}, {self.b}>'
t(lambda: (_ for _ in ()).throw(MyErr(1, 2))); print(repr(MyErr(1, 2)))
class NoStr(Exception):
    def __str__(self): raise RuntimeError
import traceback
print(traceback.format_exception_only(ValueError, ValueError('v'))[-1], end='')
