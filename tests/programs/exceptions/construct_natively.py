# Builtin exception types are constructed by one native call (their
# __new__ and __init__ are BaseException's); the results, errors and
# subclass behaviour must be those of CPython.

for cls in (ValueError, KeyError, IndexError, TypeError, RuntimeError, Exception, BaseException, LookupError, ArithmeticError):
    e = cls('x', 2)
    print(type(e).__name__, e.args, repr(e), str(e))
    print(cls().args, str(cls()), repr(cls(1)))

print(str(KeyError('k')), repr(KeyError('k')))

for kw in ({'x': 1}, {'name': 'n'}):
    try:
        ValueError('a', **kw)
    except TypeError as t:
        print('TypeError:', t)

e = OSError(2, 'No such file')
print(type(e).__name__, e.errno, e.strerror, e.args)
e = OSError(2, 'No such file', 'f.txt')
print(type(e).__name__, e.errno, e.args, e.filename, str(e))
e = OSError('just text')
print(type(e).__name__, e.errno, e.args)
e = BlockingIOError(11, 'again', 5)
print(e.characters_written, e.args)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit(1, 2).code)
e = ImportError('m', name='n', path='p')
print(e.msg, e.name, e.path, e.args)
try:
    ImportError('m', bogus=1)
except TypeError as t:
    print('TypeError:', t)
e = AttributeError('a', name='nm', obj=3)
print(e.name, e.obj, e.args)
e = NameError('x', name='y')
print(e.name, e.args)

print(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'))
print(repr(ExceptionGroup('g', [ValueError(1)])))


class E(ValueError):
    pass


class F(ValueError):
    def __init__(self, *a):
        super().__init__(*a, 'extra')


class G(KeyError):
    def __new__(cls, *a):
        inst = super().__new__(cls, 'from new')
        return inst


print(E('a', 'b').args, F('a').args, G('a').args, type(G('q')).__name__)
print(E(x=1).args if False else 'E kw skipped')

e = ValueError('p', 'q')
t = e.args
e.__init__('p', 'q')
print(e.args == t, e.args)
e.__init__('other')
print(e.args)
e.args = ('set',)
print(e.args, str(e))

# Raising, catching and the traceback are unchanged.
for i in range(3):
    try:
        raise ValueError('in loop', i)
    except ValueError as err:
        print(err.args, err.__traceback__ is not None, err.__context__)

try:
    ValueError.__init__ = None
except TypeError as t:
    print('TypeError:', t)

import pickle
print(pickle.loads(pickle.dumps(ValueError('p', 1))).args)
print(pickle.loads(pickle.dumps(OSError(2, 'x', 'f'))).filename)
