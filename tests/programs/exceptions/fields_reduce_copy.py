# Exception fields kept off the instance __dict__ (name, obj, value, errno, code...), and copy/pickle of exceptions via __reduce__/__setstate__.
import copy
import pickle


def caught(f):
    try:
        f()
    except BaseException as e:
        return e
    return None


class Thing:
    pass


cases = {
    'attr': caught(lambda: Thing().missing),
    'attr-ctor': AttributeError('boom', name='n', obj=3),
    'name': caught(lambda: undefined_name),  # noqa: F821
    'stop': caught(lambda: next(iter([]))),
    'stop-value': StopIteration(42),
    'stop-many': StopIteration(1, 2),
    'exit': SystemExit(3),
    'exit-none': SystemExit(),
    'exit-many': SystemExit(1, 'x'),
    'oserror': caught(lambda: open('/nonexistent/dir/file')),
    'oserror-2': OSError(2, 'No such file', 'a', None, 'b'),
    'oserror-1': OSError('just a message'),
    'import': caught(lambda: __import__('no_such_module_xyz')),
    'import-ctor': ImportError('msg', name='mod', path='/p'),
    'key': caught(lambda: {}['q']),
    'syntax': SyntaxError('bad', ('f.py', 1, 5, 'x = (\n', 1, 6)),
    'unicode': caught(lambda: b'\xff'.decode()),
    'value': ValueError('v', 1),
}
for label, e in cases.items():
    print(label, type(e).__name__, repr(e.args), e.__dict__)
for label in ['attr', 'attr-ctor']:
    e = cases[label]
    print(label, e.name, type(e.obj).__name__)
print(cases['name'].name, cases['stop'].value, cases['stop-value'].value, cases['stop-many'].value)
print(cases['exit'].code, cases['exit-none'].code, cases['exit-many'].code)
o = cases['oserror']
print(type(o).__name__, o.errno, o.strerror, o.filename, o.filename2, str(o))
o = cases['oserror-2']
print(type(o).__name__, o.errno, o.args, o.filename, o.filename2, str(o))
print(cases['oserror-1'].errno, cases['oserror-1'].strerror)
i = cases['import']
print(type(i).__name__, i.name, i.path, i.msg)
i = cases['import-ctor']
print(i.name, i.path, i.msg)
s = cases['syntax']
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset, s.print_file_and_line)
u = cases['unicode']
print(u.encoding, u.object, u.start, u.end, u.reason)

# Fields can be set and are still not in __dict__; other attributes are.
e = StopIteration(1)
e.value = 2
e.extra = 'x'
print(e.value, e.args, e.__dict__)
e = AttributeError('a')
print(e.name, e.obj)
e.name = 'nm'
print(e.name, e.__dict__)
print(vars(KeyError('k')), KeyError('k').__dict__ == {})

# Descriptors in the class dicts.
for cls, attr in [(AttributeError, 'name'), (StopIteration, 'value'), (OSError, 'errno'), (SystemExit, 'code'),
                  (ImportError, 'path'), (NameError, 'name'), (UnicodeDecodeError, 'reason'), (SyntaxError, 'lineno')]:
    d = cls.__dict__[attr]
    print(cls.__name__, attr, type(d).__name__, repr(d))
print(repr(BaseException.__dict__['args']), type(BaseException.__dict__['args']).__name__)
print('name' in KeyError.__dict__, 'value' in StopAsyncIteration.__dict__, 'errno' in FileNotFoundError.__dict__)

# __reduce__ and __setstate__
print(KeyError('q').__reduce__())
print(OSError(2, 'no', 'f').__reduce__(), OSError(2, 'no', 'f', None, 'g').__reduce__(), OSError(2, 'no').__reduce__())
print(ImportError('m', name='n', path='p').__reduce__(), ImportError('m').__reduce__(), ImportError('m', name='x').__reduce__())
e = ValueError(1)
print(e.__reduce__())
e.foo = 2
print(e.__reduce__())
e = ValueError(1)
e.__setstate__({'a': 1, 'b': [2]})
print(e.a, e.b, e.__dict__)
e.__setstate__(None)
try:
    e.__setstate__([1])
except TypeError as x:
    print('TypeError', x)
e = StopIteration(0)
e.__setstate__({'value': 9})
print(e.value, e.__dict__)

# copy and pickle round trips
for label, e in cases.items():
    c = copy.copy(e)
    d = copy.deepcopy(e)
    p = pickle.loads(pickle.dumps(e))
    for x in (c, d, p):
        assert type(x) is type(e), label
        assert x.args == e.args, (label, x.args, e.args)
    print(label, 'copied', repr(c.args), c.__dict__, str(p) == str(e))
print(copy.copy(KeyError('q')).args)
print(pickle.loads(pickle.dumps(OSError(2, 'no', 'f'))).filename)
print(pickle.loads(pickle.dumps(ImportError('m', name='n', path='p'))).path)
print(pickle.loads(pickle.dumps(StopIteration(7))).value)
print(pickle.loads(pickle.dumps(SystemExit(4))).code)
e = ValueError('x')
e.note = 'kept'
print(pickle.loads(pickle.dumps(e)).note, copy.copy(e).note)


class MyError(Exception):
    def __init__(self, a, b=0):
        super().__init__(a, b)
        self.a = a
        self.b = b


m = MyError(1, b=5)
print(m.__reduce__())
c = copy.copy(m)
print(c.a, c.b, c.args, pickle.loads(pickle.dumps(m)).b)


class NoArgs(Exception):
    def __init__(self):
        super().__init__('fixed')


try:
    copy.copy(NoArgs())
except TypeError as x:
    print('TypeError', x)
