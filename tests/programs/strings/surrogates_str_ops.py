# Strings holding lone surrogates (U+D800..U+DFFF): literals, chr/ord,
# sequence operations, comparison and hashing, str methods, repr/ascii,
# formatting.

lit = '\ud800'
print(ascii(lit), len(lit), ord(lit), lit == chr(0xD800), lit == '\uD800', lit != '\ufffd')
print(ascii('\U0000dc80'), ascii('a\udcffb'), ascii('x' '\udc00' 'y'), ascii(('\ud800', '\udfff')))
print([ord(c) for c in '\ud83d\ude00'], len('\ud83d\ude00'), '\ud83d\ude00' == '\U0001f600')
print(ascii(chr(0xDFFF)), ascii(chr(0xD7FF)), ascii(chr(0xE000)))

# Sequence operations.
s = 'ab\ud800cd\udc80'
print(len(s), ascii(s[2]), ascii(s[-1]), ascii(s[1:3]), ascii(s[::2]), ascii(s[::-1]), ascii(s[10:]))
print([ascii(c) for c in s], [ord(c) for c in s])
print(ascii(s + '!'), ascii('!' + s), ascii(s * 2), len(s * 3))
t = 'x'
for c in s:
    t += c
print(ascii(t), len(t))
print(ascii(''.join(['\ud800', 'é', '\udc00'])), ascii('\udcff'.join('abc')), ascii(','.join(x for x in ['\ud800', 'z'])))
print(ascii(f'{s}'), ascii(f'<{s}>{1}'), ascii(f'{s!r}'), ascii(f'{s!a}'), ascii(f'{s:>9}'), ascii(format('\ud800', '*^5')))

# Comparison, hashing, dict and set keys.
print('\ud800' < '\ud801' < '\udc00' < '\ue000', '\ud7ff' < '\ud800', '\udfff' < '\U00010000', '\ud800' > 'z')
print(sorted(['\ue000', '\ud800', 'a', '\U00010000', '\udc00', '\ud7ff']) == ['a', '\ud7ff', '\ud800', '\udc00', '\ue000', '\U00010000'])
d = {'\ud800': 1, '\udc00': 2, '\ufffd': 3, '\U000f0000': 4, chr(0xd800): 5}
print(len(d), d['\ud800'], d[chr(0xdc00)], d['\ufffd'], d['\U000f0000'])
print(hash('a\ud800') == hash('a' + chr(0xd800)), len({'\ud800', '\ud800'[:1], chr(0xd800), '\udbff'}))
print('\ud800' in s, 'b\ud800c' in s, '\udc80' in 'abc', s.count('\ud800'), s.find('c'), s.index('\udc80'), s.rfind('\ud800'))

# Methods work by code points; surrogates are not letters, digits or space
# and have no case.
print(ascii(s.upper()), ascii(s.lower()), ascii(s.title()), ascii(s.swapcase()), ascii(s.casefold()), ascii(s.capitalize()))
print(ascii(s.replace('\ud800', '-')), ascii(s.replace('c', '\udfff')), ascii(s.split('\ud800')), ascii(s.partition('\ud800')))
print(ascii(' \ud800 x '.split()), ascii(' \ud800 '.strip()), ascii('\ud800x\ud800'.strip('\ud800')), ascii(s.center(10, '\udc01')))
print(ascii(s.startswith('ab\ud800')), s.endswith('\udc80'), ascii(s.removeprefix('ab')), ascii('a\ud800\nb'.splitlines()), ascii(s.zfill(8)))
print('\ud800'.isalpha(), '\ud800'.isalnum(), '\ud800'.isdigit(), '\ud800'.isspace(), '\ud800'.isprintable(), '\ud800'.isidentifier())
print('\ud800'.isupper(), '\ud800'.islower(), '\ud800'.isascii(), 'A\ud800'.isupper(), 'a\udc00'.islower(), '\ud800'.isdecimal())
print(ascii(str('\ud800')), ascii(str(s)), str(s) == s, ascii(s.__str__()), ascii(repr(s)), ascii(s.expandtabs()))

# repr and ascii, in containers too.
print(repr('\ud800'), repr(['\udc80', "'\udfff"]), ascii({'\ud800': '\U000f0000'}), repr('é\ud800'))

# Formatting.
print(ascii('%s|%r|%a|%5s' % (s, s, s, '\ud800')), ascii('%(k)s' % {'k': '\udc00'}))
print(ascii('{}|{!r}|{!a}|{:>4}'.format(s, s, s, '\ud800')), ascii('{0}{0}'.format('\udc00')), ascii('\ud800{}'.format(1)))
print(ascii(format('\ud800')), ascii(format('\ud800', '<3')), ascii('%c' % 0xd800))

# Errors: ord of two surrogates, chr out of range.
try:
    ord('\ud800\udc00')
except TypeError as e:
    print(e)
try:
    chr(0x110000)
except ValueError as e:
    print(e)
