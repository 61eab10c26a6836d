# str methods that change nothing return the str itself when it is an
# exact str (as CPython does), and a new str otherwise; the argument
# errors of the rewritten natives keep CPython's messages.

s = 'hello world'
print(s.strip() is s, s.lstrip() is s, s.rstrip() is s, s.strip('xyz') is s)
print(' a '.strip(), '..a..'.strip('.'), '..a..'.lstrip('.'), '..a..'.rstrip('.'))
print(s.replace('zz', 'y') is s, s.replace('o', '0', 0) is s, s.replace('o', '0'), s.replace('o', '0', 1))
print(s.replace('', '-'), ''.replace('', 'x'), 'abc'.replace('', '-', 2), s.replace('l', '', -1))
print(s.removeprefix('x') is s, s.removeprefix('he'), s.removesuffix('x') is s, s.removesuffix('ld'), s.removesuffix(''))


class S(str):
    pass


t = S('abc')
for r in (t.strip(), t.replace('z', 'y'), t.removeprefix('q'), t.lstrip('q')):
    print(type(r).__name__, r, r is t)

for bad in (lambda: s.replace(1, 'a'), lambda: s.replace('a', 2), lambda: s.removeprefix(3),
            lambda: s.partition(''), lambda: s.partition(1), lambda: s.split(''), lambda: s.split(1),
            lambda: s.strip(1), lambda: s.replace('a')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print('a b  c'.split(), 'a,b,,c'.split(','), 'a b c'.split(None, 1), 'a b c'.split(maxsplit=1), 'a,b'.split(sep=','))
print(' x  y '.split(), ''.split(), ''.split(','), 'a,b,c'.rsplit(',', 1), 'a b c'.rsplit(None, 1))
print('abc'.partition('b'), 'abc'.rpartition('b'), 'abc'.partition('x'), 'abc'.rpartition('x'))
print('Hello World'.upper(), 'Hello World'.lower(), 'x' * 70 == ('X' * 70).lower(), 'ß'.upper())

for v in ('plain', "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\t', '\x7f', '', 'é', '\x00'):
    print(repr(v), ascii(v), '%r' % v)

print(s.encode(), s.encode('UTF-8'), s.encode('latin-1'), s.encode('ascii', 'strict'), 'é'.encode('utf_8'))
print(b'ab'.decode(), b'ab'.decode('utf8'), b'\xe9'.decode('latin1'), b'\xff'.decode('utf-8', 'replace'))
print('é'.encode(encoding='Latin-1'), 'é'.encode('ascii', errors='replace'), 'é'.encode(errors='strict'))
for bad in (lambda: s.encode(1), lambda: s.encode('nope'), lambda: s.encode('utf-8', 3), lambda: s.encode(foo=1),
            lambda: 'é'.encode('ascii'), lambda: b'\xff'.decode(), lambda: b'a'.decode(None),
            lambda: s.encode('utf-8', 'strict', 'x')):
    try:
        bad()
    except (TypeError, LookupError, ValueError) as e:
        print(type(e).__name__, e)

print('%s' % s, '%s-%d' % (s, 3), '%r' % ('a',), '%(a)s' % {'a': 1}, '%s' % (s,), '%5s|%-5s|' % ('a', 'b'))
for bad in (lambda: '%s %s' % ('a',), lambda: '%s' % ('a', 'b'), lambda: '%d' % 'x'):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


class O:
    x = 1


o = O()
name = ''.join(['x'])
print(getattr(o, 'x'), getattr(o, name), hasattr(o, 'y'), getattr(o, 'y', 'dflt'), hasattr(o, name))
setattr(o, ''.join(['z', 'z']), 5)
print(o.zz, getattr(o, 'zz'))
try:
    getattr(o, 1)
except TypeError as e:
    print(type(e).__name__, e)

for bad in (lambda: 'a'.center(5, 1), lambda: 'a'.ljust(5, 'ab'), lambda: str.maketrans('a', 1), lambda: str.maketrans('a', 'b', 1),
            lambda: str.maketrans(1, 'b'), lambda: 'a'.removesuffix(1), lambda: 'a'.count(1), lambda: 'a'.find(1),
            lambda: 'a'.rsplit(1), lambda: 'a'.rpartition(None)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
