# Codec error handlers (encode and decode), custom handlers via register_error, and the UnicodeError attributes and messages.
import codecs

def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
        if isinstance(e, (UnicodeEncodeError, UnicodeDecodeError)):
            print('   ', e.encoding, repr(e.object), e.start, e.end, e.reason, e.args == (e.encoding, e.object, e.start, e.end, e.reason))

handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
            'surrogateescape', 'surrogatepass', 'nosuch']
for text in ['caf\xe9 \u20ac\u20ac end', 'x\U0001f600y\u0378z', '\xa0\u2603\uac00\u4e00\U00020000\U0001d11e']:
    for enc in ['ascii', 'latin-1']:
        for h in handlers:
            show(f'{enc} {h} {text!r}', lambda: text.encode(enc, h))
bad = [b'ab\xff', b'\xe2\x82x', b'\xed\xa0\x80', b'\xe0\x80z', b'\xf4\x90\x80\x80', b'abc\xe2\x82', b'\xc0\xaf',
       b'\x80\x80', b'ok\xf0\x9f\x98']
# tern's str holds no lone surrogates: surrogateescape/surrogatepass decoding is not tested
for b in bad:
    for h in handlers[:6] + handlers[8:]:
        show(f'utf-8 {h} {b!r}', lambda: b.decode('utf-8', h))
for b in [b'a\x00\x00', b'\x00\xd8a\x00', b'\x00\xdc', b'\x00\xd8\x00', b'\xff\xfe\x00\xd8']:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be']:
        for h in ['strict', 'replace', 'ignore', 'backslashreplace']:
            show(f'{enc} {h} {b!r}', lambda: b.decode(enc, h))
for b in [b'a\x00\x00\x00\x00', b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00', b'\xff\xff\xff\xff']:
    for enc in ['utf-32', 'utf-32-be']:
        for h in ['strict', 'replace', 'backslashreplace']:
            show(f'{enc} {h} {b!r}', lambda: b.decode(enc, h))
for b in [b'a\x80b', b'\xff']:
    for h in ['strict', 'replace', 'ignore', 'backslashreplace']:
        show(f'ascii {h} {b!r}', lambda: b.decode('ascii', h))
show('cp1252 replace', lambda: b'\x81\x80'.decode('cp1252', 'replace'))
show('cp1252 strict', lambda: b'\x81'.decode('cp1252'))
show('cp1252 encode', lambda: '\u20ac\u0100'.encode('cp1252', 'backslashreplace'))
show('utf-8-sig bad', lambda: b'\xef\xbb\xbf\xff'.decode('utf-8-sig'))
show('utf-8-sig repl', lambda: b'\xef\xbb\xbf\xffa'.decode('utf-8-sig', 'replace'))

# the built-in handlers called directly
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
             'surrogateescape', 'surrogatepass']:
    f = codecs.lookup_error(name)
    print(name, f.__name__)
    for e in [UnicodeEncodeError('ascii', 'a\xe9\u20ac\n', 1, 3, 'r'), UnicodeDecodeError('utf-8', b'a\xff\xfe', 1, 3, 'r'),
              UnicodeTranslateError('a\xe9b', 1, 2, 'r'), ValueError('x')]:
        if name == 'surrogateescape' and isinstance(e, UnicodeDecodeError):
            continue  # would make lone surrogates, which tern's str cannot hold
        show(f'  {name} {type(e).__name__}', lambda: f(e))
print(codecs.strict_errors is codecs.lookup_error('strict'), codecs.replace_errors.__name__)
print(codecs.namereplace_errors(UnicodeEncodeError('ascii', 'a\x00\x80\u0378\U000e0100\uac00\u4e00\ud7a3\u1100', 0, 9, 'r')))
print(codecs.backslashreplace_errors(UnicodeEncodeError('ascii', '\x7f\xff\u0100\U00010000', 0, 4, 'r')))

# custom handlers
seen = []
def mine(exc):
    seen.append((type(exc).__name__, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ('<%s>' % '|'.join(hex(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)
    return ('[%s]' % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error('mine', mine)
print(codecs.lookup_error('mine') is mine)
show('mine enc', lambda: 'a\xe9\xe8b\u20ac'.encode('ascii', 'mine'))
show('mine enc latin', lambda: 'a\xe9\xe8b\u20ac'.encode('latin-1', 'mine'))
show('mine dec', lambda: b'a\xff\xfeb\xe2\x82'.decode('utf-8', 'mine'))
show('mine dec16', lambda: b'a\x00\x00\xdcb'.decode('utf-16-le', 'mine'))
show('mine charmap', lambda: b'\x81x'.decode('cp1252', 'mine'))
print(seen)

codecs.register_error('bytesrep', lambda e: (b'##', e.end))
show('bytes rep', lambda: 'a\xe9b'.encode('ascii', 'bytesrep'))
codecs.register_error('skipback', lambda e: ('', -1))
show('negative pos', lambda: 'a\xe9bc'.encode('ascii', 'skipback'))
codecs.register_error('far', lambda e: ('', 100))
show('out of bounds', lambda: 'a\xe9bc'.encode('ascii', 'far'))
show('out of bounds dec', lambda: b'a\xff'.decode('utf-8', 'far'))
codecs.register_error('wrong', lambda e: 'nope')
show('wrong enc', lambda: 'a\xe9'.encode('ascii', 'wrong'))
show('wrong dec', lambda: b'a\xff'.decode('ascii', 'wrong'))
codecs.register_error('bytesdec', lambda e: (b'x', e.end))
show('bytes for dec', lambda: b'\xff'.decode('utf-8', 'bytesdec'))
codecs.register_error('unenc', lambda e: ('\xe9', e.end))
show('unencodable rep', lambda: '\u20ac'.encode('ascii', 'unenc'))
show('latin rep', lambda: '\u20ac'.encode('latin-1', 'unenc'))
def raiser(e):
    raise KeyError('from handler')
codecs.register_error('raiser', raiser)
try:
    'a\xe9'.encode('ascii', 'raiser')
except KeyError as e:
    print('KeyError', e)
show('register non-callable', lambda: codecs.register_error('x', 42))
show('lookup unknown', lambda: codecs.lookup_error('no-such-handler'))
show('unknown ok when unused', lambda: 'abc'.encode('ascii', 'no-such-handler'))
show('unknown used', lambda: '\xe9'.encode('ascii', 'no-such-handler'))
show('unknown dec used', lambda: b'\xff'.decode('utf-8', 'no-such-handler'))

# exception objects made by hand
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(str(e), e.args)
e.start = 0; e.end = 2; e.reason = 'custom'
print(str(e))
e = UnicodeEncodeError('ascii', '\u20ac', 0, 1, 'no')
print(str(e), repr(e.object))
e = UnicodeTranslateError('\u20acx', 0, 2, 'nope')
print(str(e), e.start, e.end, e.reason, e.encoding)
show('bad args', lambda: UnicodeDecodeError('utf-8', 'str', 0, 1, 'r'))
show('too few', lambda: UnicodeEncodeError('ascii'))
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(e.__dict__ if False else '', e.object, type(e.object).__name__)
try:
    bytearray(b'ok\xff').decode()
except UnicodeDecodeError as e:
    print(e, e.object)
