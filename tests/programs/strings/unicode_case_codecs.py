# str: Unicode case mapping (title/capitalize/swapcase/casefold, final sigma) and isX predicates, maketrans/translate,
# utf-8/ascii/latin-1 encode and decode with error handlers, and common method errors.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for s in ['ß', 'ﬁ', 'İ', 'ǅ', 'Σ', 'ΑΣ', 'ΑΣ Α', 'hello wORLD', "they're bill's", 'ŉ', 'ΐ', 'ᾳ', 'a1b2', '١٢', '½', '²', 'Ⅻ', '\u2028', ' \t\x1c', 'ａ', 'ǈ', 'ﬀ', 'İstanbul', 'Straße']:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()),
          s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isprintable(), s.isidentifier())
t(str.maketrans, 'abc', 'xyz'); t(str.maketrans, 'ab', 'x'); t(str.maketrans, {'a': 1, 98: 'q', 'c': None}); t(str.maketrans, {'ab': 1}); t(str.maketrans, {1.5: 1}); t(str.maketrans, 'a', 'b', 'cd'); t(str.maketrans, 5)
print('abcd'.translate(str.maketrans('abc', 'xyz', 'd')), 'abc'.translate({97: 'AA', 98: None}), 'abc'.translate({97: 120}))
t('abc'.translate, {97: 1.5}); t('abc'.translate, {97: 0x110000}); t('abc'.translate, 5)
class Tr:
    def __getitem__(self, k):
        if k == 98: raise LookupError
        return k + 1
print('abc'.translate(Tr()))
for s in ['héllo', '€', 'abc', '\x80', 'a\U0001f600b']:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
            t(s.encode, enc, err)
for b in [b'h\xc3\xa9llo', b'\xff\xfe', b'\xe2\x82', b'abc\x80', b'\xef\xbb\xbfx']:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for err in ['strict', 'ignore', 'replace']:
            t(b.decode, enc, err)
t('x'.encode, 'nope'); t(b'x'.decode, 'nope'); t('x'.encode, 'utf-8', 'nope'); t('é'.encode, 'ascii', 'nope')
t(str, b'abc', 'ascii'); t(str, b'\xff', 'ascii'); t(str, 'abc', 'ascii'); t(str, b'abc', errors='strict'); t(bytes, 'é'); t(bytes, 'é', 'utf-8')
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
try:
    b'a\xffb'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
print('%s|%r|%a' % ('é', 'é', 'é'), ascii('é\n\x00'), repr('\x7f\x80\xa0\xad'), repr('\U0001f600'), repr("'\""), repr("'"), repr('"'))
print('abc'.center(8, '*'), 'abc'.ljust(2), 'x'.zfill(5), '-x'.zfill(5), '+'.zfill(3), 'a\tb\tc'.expandtabs(4), 'ab\r\ncd\ne\rf'.splitlines(True), 'a,b,,c'.split(',', 2), 'a b  c'.rsplit(None, 1))
print('abcabc'.partition('b'), 'abcabc'.rpartition('b'), 'abc'.partition('z'), 'aaa'.replace('a', 'b', 2), ''.replace('', 'x'), 'ab'.replace('', '-'), 'abc'.removeprefix('ab'), 'abc'.removesuffix('bc'))
t('abc'.index, 'z'); t('abc'.rindex, 'z'); t('abc'.find, 'c', -1); t('abc'.count, ''); t('abc'.startswith, ('x', 'a')); t('abc'.startswith, ['a']); t('a'.join, [1]); t(''.join, ['a', b'b']); t('abc'.split, ''); t('x'.center, 5, 'ab'); t('abc'.strip, 5)
t('{:=5}'.format, 'a'); t(format, 'a', '=5'); t(format, 'a', '+'); t(format, 'a', 'z'); t(format, 'a', '#'); t(format, 'a', ','); t(format, 1.5, 'c'); t(format, True, 's'); t(format, 5, 's')
