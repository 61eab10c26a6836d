# The escape codecs: unicode_escape, raw_unicode_escape (pickle protocol 0), codecs.escape_encode/escape_decode, with errors and final.
import codecs
import pickle
import warnings

warnings.simplefilter('ignore', DeprecationWarning)

texts = ['plain', 'tab\there\nnew\rret', 'back\\slash \'q\' "dq"', '\x00\x1f\x7f\x80\xe9\xff', '\u0100\u20ac\uffff',
         '\U0001f600\U0010ffff', '']
for t in texts:
    for enc in ['unicode_escape', 'raw_unicode_escape']:
        b = t.encode(enc)
        print(enc, repr(t), b, b.decode(enc) == t, codecs.encode(t, enc) == b)
print(codecs.unicode_escape_encode('x\xe9'), codecs.raw_unicode_escape_encode('x\u20ac'))

samples = [b'a\\n\\x41\\u20ac\\N{EURO SIGN}\\101', b'\\N{euro sign}\\N{HANGUL SYLLABLE GAG}\\N{CJK UNIFIED IDEOGRAPH-4E01}',
           b'\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{GRINNING FACE}', b'line\\\ncontinued', b'\\a\\b\\f\\v\\\'\\"\\\\',
           b'\\0\\12\\777\\q\\8', b'\xe9\xff raw latin-1', b'\\x4', b'\\x', b'ab\\', b'\\u12', b'\\U00110000', b'\\N{NOPE}',
           b'\\N{', b'\\Nx', b'\\N{}', b'\\xzz', b'\\u12g4', b'ok\\UFFFFFFFF!']
for b in samples:
    for h in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(b, h, repr(b.decode('unicode_escape', h)))
        except UnicodeDecodeError as e:
            print(b, h, 'UnicodeDecodeError', e, e.start, e.end)
for b in [b'ab\\x4', b'ab\\', b'ab\\N{EURO', b'ab\\u20', b'ab\\U0001f6', b'ab\\N', b'ab\\u20ac']:
    print(b, codecs.unicode_escape_decode(b, 'strict', False), codecs.raw_unicode_escape_decode(b, 'strict', False))
print(codecs.unicode_escape_decode('a\\n'), codecs.raw_unicode_escape_decode(bytearray(b'\\u0041')))

raw = [b'\\u20ac', b'\\\\u20ac', b'\\\\\\u20ac', b'\\U0001f600x', b'\\x41\\n', b'\\u12', b'\\U00110000', b'\\u12g4', b'a\\', b'\\ub']
for b in raw:
    for h in ['strict', 'replace']:
        try:
            print(b, h, repr(b.decode('raw_unicode_escape', h)))
        except UnicodeDecodeError as e:
            print(b, h, 'UnicodeDecodeError', e, e.start, e.end)

# pickle protocol 0 and 1 write text with raw_unicode_escape
for obj in ['h\xe9llo\u20ac\\u', ['a\n', '\\', '\U0001f600'], {'k\u20ac': 'v'}]:
    for proto in (0, 1, 2):
        data = pickle.dumps(obj, proto)
        print(proto, pickle.loads(data) == obj)
print(pickle.dumps('\u20ac\\', 0))

print(codecs.escape_encode(b"a'\n\x00\xff\\\t\r\x7f"), codecs.escape_decode(b"a\\'\\n\\x00\\xff\\q"))
print(codecs.escape_decode(b'\\777'), codecs.escape_decode(b'\\x4g', 'replace'), codecs.escape_decode(b'\\x4g', 'ignore'))
print(codecs.escape_decode(b'a\\\nb'), codecs.escape_decode('a\\n'), codecs.escape_decode(b'\\0\\01\\012x'))
for bad in [(b'\\x4',), (b'a\\',), (b'ab\\xg1',), (b'\\x4g', 'backslashreplace')]:
    try:
        codecs.escape_decode(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    codecs.escape_encode('str')
except TypeError as e:
    print('TypeError', e)
