# More places lone surrogates reach: `in` next to U+F0000 (the private-use
# characters tern uses internally), errors that show the str, utf-7 and
# the escape codecs, pickle, sys.intern, attributes, sorting and
# containers.
import codecs, pickle, sys

print('\ud800' in '\U000f0000', '\U000f0000' in 'a\ud800', '\ud800' in 'x\ud800y', '' in '\udc00', 'a\udc00' in 'ba\udc00c')
print('\ud800' == '\U000f0000', '\U000f0000' < '\ud800', hash('\ud800') == hash('\U000f0000') and False)
for bad in ['\ud800', '1\udc80']:
    for conv in (int, float, complex):
        try:
            conv(bad)
        except ValueError as e:
            print(conv.__name__, 'ValueError:', ascii(str(e)))
print('\ud800'.encode('utf-7'), 'a\udc00b'.encode('utf-7'), ascii('a\udc00b'.encode('utf-7').decode('utf-7')))
print('\ud800\t\\x'.encode('unicode_escape'), 'é\udfff'.encode('raw_unicode_escape'), codecs.unicode_escape_encode('\udc80'))
print(ascii(b'\\ud800'.decode('unicode_escape')), ascii(b'\\udfff'.decode('raw_unicode_escape')))
for proto in range(0, 5):
    print(proto, ascii(pickle.loads(pickle.dumps(['\ud800', 'a\udcffb'], protocol=proto))))
x = sys.intern('\ud800')
print(ascii(x), x == '\ud800')

class C:
    pass
c = C()
setattr(c, 'a\U000f0000', 1)
print(getattr(c, 'a\U000f0000'), ascii(list(vars(c))), hasattr(c, 'a\ud800'), getattr(c, '\udc00', 'dflt'), hasattr(C, '\ud800'))
for obj in (c, C, 5):
    try:
        getattr(obj, 'x\udfff')
    except AttributeError as e:
        print(ascii(str(e)))
print(ascii(sorted({'\ud800', 'a', '\udfff', '\ue000'})), ascii(max(['\ud800', '\uffff', '\udc00'])), ascii(min('\udc00\ud800z')))
print(ascii(list(reversed('a\ud800b'))), ascii(set('\ud800\ud800')), ascii(tuple('x\udc80')), ascii(dict.fromkeys('\ud800a')))
print(ascii(str.__add__('\ud800', 'x')), ascii('\ud800'.__getitem__(0)), '\ud800'.__len__(), ascii(str.join('\udc00', ['1', '2'])))
print(ascii('{:\udc00^5}'.format('x')), ascii('%s' % ('\ud800',)), ascii('%c%c' % (0xd800, 'z')), ascii('%5c|' % 0xdfff))

# translate and maketrans by code points.
t = str.maketrans('\ud800a', 'x\udc00', '\udfff')
print(sorted(t.items()), ascii('\ud800ab\udfff'.translate(t)), ascii('abc'.translate({98: '\udc80\udc81', 99: None})))
print(ascii('\ud800z'.translate(str.maketrans({'\ud800': 'Q', 'z': 0xdc00}))), ascii('\U000f0000\ud800'.translate({0xd800: '!'})))

# Format type 'c' of a surrogate code point.
n = 0xdc80
print(ascii(format(0xd800, 'c')), ascii(f'{n:c}|{n:>3c}'), ascii('{:c}{}'.format(0xdfff, 'z')), ascii('{x:c}'.format_map({'x': 0xd800})))
print(ascii('{0:c}{0:^5c}'.format(0xdbff)), ascii(format(65, 'c')), ascii(f'{0xe9:c}'))
