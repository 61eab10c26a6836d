# Exception groups' message/exceptions off __dict__, StopIteration from return, ImportError reduce, BlockingIOError.characters_written, codecs.readbuffer_encode.
import copy, pickle
eg = ExceptionGroup('msg', [ValueError(1), KeyError(2)])
print(eg.__dict__, eg.message, eg.exceptions, eg.args)
c = copy.copy(eg); print(type(c).__name__, c.message, c.exceptions)
p = pickle.loads(pickle.dumps(eg)); print(type(p).__name__, p.message, p.exceptions)
def g():
    yield 1
    return 'ret'
it = g(); next(it)
try: next(it)
except StopIteration as e: print(e.value, e.args, e.__dict__)
try: import nosuchmod_q
except ImportError as e: print(e.name, e.path, e.msg, e.__dict__, e.__reduce__())
try: raise SystemExit(5)
except SystemExit as e: print(e.code, e.__dict__)
e = UnicodeEncodeError('ascii', 'x', 0, 1, 'r'); print(e.__dict__, copy.copy(e).reason)
try: print(UnicodeError('x').encoding)
except AttributeError as x: print('AttributeError', x)
b = BlockingIOError(11, "x", 5); print(b.characters_written, b.args, hasattr(BlockingIOError(11, "x"), "characters_written"))
import codecs; print(codecs.readbuffer_encode(b'ab'), codecs.readbuffer_encode('h\xe9'))
try:
    eg.message = 'new'
except AttributeError as e:
    print('AttributeError', e)
print(vars(eg), eg.derive([ValueError(3)]).message, eg.split(ValueError)[0].exceptions)
try:
    raise ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError('t')]), OSError(1, 'o')])
except* TypeError as g:
    print('caught', g.message, [type(x).__name__ for x in g.exceptions])
except* OSError as g:
    print('caught', g.message, g.exceptions[0].errno)
print(codecs.lookup('utf-8').name)
import _codecs
print(hasattr(_codecs, '_forget_codec'))
print(codecs.lookup('UTF-8').name)
