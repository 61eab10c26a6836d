# Lone surrogates through the codecs: every error handler when encoding,
# surrogateescape/surrogatepass when decoding, the error messages and
# positions, and the handlers called through codecs.lookup_error.
import codecs

raw = b'ab\xff\xfe\x80c'
s = raw.decode('utf-8', 'surrogateescape')
print(ascii(s), len(s), s.encode('utf-8', 'surrogateescape') == raw)
print(ascii(b'\xe4\xb8'.decode('utf-8', 'surrogateescape')), ascii(b'\xc3\xa9\xff'.decode('latin-1')), ascii(b'x\x80'.decode('ascii', 'surrogateescape')))
print(ascii(b'\xed\xa0\x80\xed\xbf\xbf'.decode('utf-8', 'surrogatepass')), '\ud800\udfff'.encode('utf-8', 'surrogatepass'))
print(ascii(b'\x00\xd8a\x00'.decode('utf-16-le', 'surrogatepass')), ascii(b'\xdc\x00'.decode('utf-16-be', 'surrogatepass')))
print(ascii(b'\x00\xdc\x00\x00'.decode('utf-32-le', 'surrogatepass')), '\udc00'.encode('utf-32-be', 'surrogatepass'))
print('a\ud800'.encode('utf-16', 'surrogatepass'), '\udbff'.encode('utf-16-be', 'surrogatepass'))
print(ascii(b'+2AA-'.decode('utf-7')), ascii(b'a+3AA-b'.decode('utf-7')))

text = 'a\udcff\ud800b\xe9\udc80'
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
    for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32']:
        try:
            print(errors, enc, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(errors, enc, 'UnicodeEncodeError:', e, '|', e.encoding, e.start, e.end, ascii(e.object), e.reason)

for data, enc, errors in [(b'\xed\xa0\x80', 'utf-8', 'strict'), (b'a\x80', 'ascii', 'surrogatepass'), (b'\x41\x42', 'utf-8', 'surrogateescape'),
                          (b'\x00\xd8', 'utf-16-le', 'strict'), (b'\xed\xa0', 'utf-8', 'surrogatepass'), (b'\x00\xd8\x00\x00', 'utf-32-le', 'strict')]:
    try:
        print(ascii(data.decode(enc, errors)))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError:', e)

# The handlers themselves.
esc, sp = codecs.lookup_error('surrogateescape'), codecs.lookup_error('surrogatepass')
e = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'bad')
print(ascii(esc(e)))
e = UnicodeEncodeError('utf-8', 'x\udc80\udcffy', 1, 3, 'bad')
print(esc(e), sp(e))
e = UnicodeDecodeError('utf-16-le', b'\x00\xdcz', 0, 2, 'bad')
print(ascii(sp(e)))
e = UnicodeEncodeError('latin-1', 'x\udc80', 1, 2, 'bad')
for h in (sp,):
    try:
        h(e)
    except UnicodeEncodeError as x:
        print('re-raised', x.encoding, x.start, x.end)
e = UnicodeEncodeError('utf-8', 'x\ud800', 1, 2, 'bad')
try:
    esc(e)
except UnicodeEncodeError as x:
    print('re-raised', x.reason)
print(codecs.lookup_error('backslashreplace')(UnicodeEncodeError('ascii', '\ud800\udfff', 0, 2, 'r')))
print(codecs.lookup_error('xmlcharrefreplace')(UnicodeEncodeError('ascii', 'a\udc80', 1, 2, 'r')))
print(codecs.lookup_error('namereplace')(UnicodeEncodeError('ascii', '\udc80\xe9', 0, 2, 'r')))

# A handler of ours that returns surrogates, and through the registry.
codecs.register_error('mine', lambda e: ('\udc00' * (e.end - e.start), e.end))
print(ascii(b'z\xff\xfe'.decode('utf-8', 'mine')), ascii(b'\xff'.decode('ascii', 'mine')))
print('\udcff\udc80'.encode('cp1252', 'surrogateescape'), ascii(b'\x81'.decode('cp1252', 'surrogateescape')))
print(codecs.encode('\udc80', 'utf-8', 'surrogateescape'), ascii(codecs.decode(b'\x80', 'utf-8', 'surrogateescape')))
print(codecs.utf_8_encode('\udcff', 'surrogateescape'), ascii(codecs.utf_8_decode(b'\xff', 'surrogateescape')))
print(str(b'\xff', 'utf-8', 'surrogateescape') == '\udcff', bytes('\udcff', 'utf-8', 'surrogateescape') if False else b'')

# bytes()/bytearray() of a str with an encoding and errors.
print(bytes('a\udcff', 'utf-8', 'surrogateescape'), bytearray('\udc80', 'utf-8', 'surrogateescape'), bytes('\ud800', 'utf-16-le', 'surrogatepass'))
print(bytes('é\ud800', 'ascii', 'backslashreplace'), bytes('é', 'ascii', 'ignore'), bytes(encoding='utf-8', errors='surrogatepass', source='\udfff'))
try:
    bytes('x\ud800', 'utf-8')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
