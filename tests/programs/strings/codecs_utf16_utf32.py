# Codecs: utf-16/utf-32 and their byte orders, utf-8-sig, BOMs, the _codecs functions with final and consumed counts.
import codecs
import _codecs

texts = ['', 'abc', 'h\xe9llo', '\u20ac uro', 'emoji \U0001f600!', '\x00\uffff\U0010ffff']
encs = ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'UTF-16LE', 'utf_16_be', 'utf-32', 'utf-32-le', 'utf-32-be',
        'utf-8-sig', 'U16', 'utf32', 'latin-1', 'ascii']
for t in texts:
    for enc in encs:
        try:
            b = t.encode(enc)
        except UnicodeEncodeError as e:
            print(enc, repr(t), 'encode error:', e)
            continue
        back = b.decode(enc)
        print(enc, repr(t), b, back == t)
        assert codecs.encode(t, enc) == b
        assert codecs.decode(b, enc) == t

# BOM handling on decode
for b in [b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00', b'\xff\xfe', b'']:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be']:
        print(enc, b, repr(b.decode(enc)))
for b in [b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'a\x00\x00\x00']:
    for enc in ['utf-32', 'utf-32-le', 'utf-32-be']:
        try:
            print(enc, b, repr(b.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, b, 'error', e)
for b in [b'\xef\xbb\xbfabc', b'abc', b'\xef\xbb\xbf']:
    print('sig', b, repr(b.decode('utf-8-sig')), repr(b.decode('utf-8')))

# _codecs functions: consumed counts and final
print(_codecs.utf_8_decode(b'ab\xe2\x82', 'strict', False))
print(_codecs.utf_8_decode(b'ab\xe2\x82\xac', None, True))
print(_codecs.utf_8_decode(b'ab\xe2\x82', 'replace', True))
print(_codecs.utf_8_encode('\xe9t\xe9'))
print(codecs.utf_16_encode('ab'), codecs.utf_16_encode('ab', 'strict', 1), codecs.utf_16_encode('ab', 'strict', -1))
print(codecs.utf_32_encode('ab'), codecs.utf_32_be_encode('ab'), codecs.utf_32_le_encode('ab'))
print(codecs.utf_16_le_encode('\U0001f600'), codecs.utf_16_be_encode('\U0001f600'))
print(_codecs.utf_16_decode(b'\xfe\xff\x00a\x00', 'strict', False))
print(_codecs.utf_16_decode(b'\xfe', 'strict', False))
print(_codecs.utf_16_ex_decode(b'a\x00b', 'strict', 0, False))
print(_codecs.utf_16_ex_decode(b'\xfe\xff\x00a', 'strict', 0, False))
print(_codecs.utf_16_ex_decode(b'\x00a', 'strict', 1, True))
print(_codecs.utf_16_le_decode(b'=\xd8\x00', 'strict', False))
print(_codecs.utf_16_le_decode(b'=\xd8\x00\xde', 'strict', False))
print(_codecs.utf_32_ex_decode(b'\xff\xfe\x00\x00a', 'strict', 0, False))
print(_codecs.utf_32_decode(b'a\x00\x00\x00b\x00', 'strict', False))
print(_codecs.utf_32_be_decode(b'\x00\x00\x00a', None, True))
print(_codecs.latin_1_decode(b'\xe9\xff'), _codecs.latin_1_encode('\xe9'), _codecs.ascii_decode(b'ab'), _codecs.ascii_encode('ab'))
print(_codecs.utf_16_decode(bytearray(b'a\x00')), _codecs.utf_8_decode(memoryview(b'xy')))

# incremental decoders and encoders from the encodings package
for enc in ['utf-16', 'utf-32', 'utf-8', 'utf-8-sig', 'utf-16-be']:
    data = 'h\xe9\u20ac\U0001f600 ok'.encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    parts = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    parts.append(dec.decode(b'', final=True))
    print(enc, parts)
    e = codecs.getincrementalencoder(enc)()
    print(enc, [e.encode(c) for c in 'a\xe9\U0001f600'], e.encode('', final=True))
try:
    codecs.getincrementaldecoder('utf-16')().decode(b'a\x00b\x00')
except UnicodeError as e:
    print(type(e).__name__, e)

# stream reader / writer over BytesIO
import io
buf = io.BytesIO()
w = codecs.getwriter('utf-16')(buf)
w.write('one\n')
w.write('two\n')
print(buf.getvalue())
buf.seek(0)
r = codecs.getreader('utf-16')(buf)
print(repr(r.read()))
print(codecs.lookup('UTF-16').name, codecs.lookup('utf_32_be').name, codecs.lookup('utf8').name, codecs.lookup('utf-8-sig').name)
print(codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF8)
import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'utf16.txt')
    with open(path, 'w', encoding='utf-16') as f:
        f.write('h\xe9llo\n')
    with open(path, 'rb') as f:
        print(f.read())
    with open(path, encoding='utf-16') as f:
        print(repr(f.read()))
    with open(path, 'w', encoding='utf-32-be') as f:
        f.write('\U0001f600\n')
    with open(path, 'rb') as f:
        print(f.read())
