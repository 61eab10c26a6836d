# UnicodeDecodeError/UnicodeEncodeError from the codecs and built by hand: attributes, messages, runs of unencodable characters.
cases = [lambda: b'a\xffb'.decode(), lambda: b'a\xe9'.decode('utf-8'), lambda: b'\xe2\x82'.decode(), lambda: b'\xe2\x28\xa1'.decode(),
         lambda: b'ok\x80'.decode('ascii'), lambda: 'aéé b'.encode('ascii'), lambda: 'x€'.encode('latin-1'), lambda: 'é'.encode('ascii')]
for c in cases:
    try:
        c()
    except UnicodeError as e:
        print(type(e).__name__, e, e.encoding, e.object, e.start, e.end, e.reason, len(e.args))
e = UnicodeDecodeError('utf-8', b'\x00\xff', 1, 2, 'custom')
print(e, e.object, repr(e.start))
e = UnicodeEncodeError('ascii', 'a\U0001f600', 1, 2, 'nope')
print(e)
print(UnicodeError('plain'), repr(UnicodeDecodeError('x', b'ab', 0, 2, 'r')))
try:
    UnicodeDecodeError('x')
except TypeError as t:
    print(t)
