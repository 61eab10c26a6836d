# The codec registry: non-text codecs, argument checks, codecs.encode/decode wrapping plain exceptions, custom search functions.
import codecs
for f in [lambda: 'abc'.encode('rot13'), lambda: b'6869'.decode('hex'), lambda: codecs.encode('abc', 'rot13'),
          lambda: codecs.decode(b'6869', 'hex'), lambda: codecs.encode(b'hi', 'base64'), lambda: codecs.decode(b'aGk=\n', 'base64'),
          lambda: 'x'.encode('nope'), lambda: b'x'.decode('nope'), lambda: codecs.lookup('nope'), lambda: 'x'.encode(5),
          lambda: codecs.encode('x', 'hex'), lambda: codecs.decode('x', 'utf-8'), lambda: 'h\xe9'.encode('cp1252'),
          lambda: 'h\xe9'.encode('utf_8'), lambda: codecs.lookup('UTF_8').name, lambda: codecs.lookup('latin1').name,
          lambda: b'\xe9'.decode('L1'), lambda: codecs.encode('x', errors='strict', encoding='utf-16-le'),
          lambda: codecs.getencoder('utf-16')('ab'), lambda: codecs.getdecoder('utf-32')(b'\xff\xfe\x00\x00a\x00\x00\x00'),
          lambda: codecs.iterdecode([b'\xff', b'\xfe', b'a\x00'], 'utf-16'), lambda: list(codecs.iterdecode([b'\xff', b'\xfe', b'a\x00'], 'utf-16')),
          lambda: ''.join(codecs.iterdecode([b'\xe2', b'\x82', b'\xac'], 'utf-8')), lambda: str(b'\xe9', 'latin-1'), lambda: str(b'\xff', 'utf-8', 'replace'),
          lambda: bytes('\u20ac', 'utf-16-be'), lambda: bytearray('\u20ac', 'utf-32')]:
    try:
        r = f()
        print(repr(r) if not hasattr(r, '__next__') else 'iterator')
    except Exception as e:
        print(type(e).__name__, e)


class Plain(Exception):
    pass


class WithInit(Exception):
    def __init__(self, msg):
        super().__init__(msg)


def search(name):
    if name.startswith('tern_test_'):
        kind = name[len('tern_test_'):]

        def enc(obj, errors='strict'):
            if kind == 'value':
                raise ValueError('bad value')
            if kind == 'plain':
                raise Plain('plain one')
            if kind == 'withinit':
                raise WithInit('has init')
            if kind == 'attrs':
                e = ValueError('with attrs')
                e.extra = 1
                raise e
            if kind == 'notuple':
                return 'not a tuple'
            return (obj.upper().encode(), len(obj))
        return codecs.CodecInfo(enc, enc, name=name)
    return None


codecs.register(search)
for kind in ['value', 'plain', 'withinit', 'attrs', 'notuple', 'ok']:
    for fn in (codecs.encode, codecs.decode):
        try:
            print(kind, fn.__name__, fn('abc', 'tern_test_' + kind))
        except Exception as e:
            print(kind, fn.__name__, type(e).__name__, e, type(e.__cause__).__name__)
print('abc'.encode('tern_test_ok'))
try:
    'abc'.encode('tern_test_value')
except ValueError as e:
    print('ValueError', e)
codecs.unregister(search)
try:
    codecs.lookup('tern_test_ok')
except LookupError as e:
    print('LookupError', e)
for bad in [lambda: 'x'.encode('utf-8', 5), lambda: b'x'.decode(None), lambda: 'x'.encode('a', 'b', 'c'),
            lambda: 'x'.encode(encoding='ascii', bogus=1), lambda: b'x'.decode(errors='strict', encoding='ascii')]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
