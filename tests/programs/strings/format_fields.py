# str.format/format_map field parsing: escapes, nesting, conversions, lazy lookups, numbering and CPython's errors.
tests = ['{', '}', 'a{', '{0', '{0[}', '{0.}', '{0[]}', '{0!}', '{0!r', '{0!rx}', '{0:{1:{2}}}', '{0[a]b}', '{:{:{}}}', '{0[1]}', '{0.real.imag}', '{!r}', '{0[:]}', '{0[!]}', '{a!r}','{0]}', '{[0]}', '{.real}', '{0:}', '{0!s:}', '{0x}','{00}', '{0[-1]}', '{ 0}', '{0:{}}', '{0[0}]}', '{0:{1}x}', '{0:{{}}}', '{\u0661}', '{0!\u00e9}', '{0!', '{a{}', '{0[1]x}', '{0[1].__class__.__name__}', '{0[1}', '{}{}{}', '{2}', '{99999999999999999999999}', '{0!a}', '{1:>{2}}', 'x}}y{{z', '{{{0}}}', '{:{}}']
for t in tests:
    try: print(repr(t), repr(t.format([5,6], 'y', '3', a=3)))
    except Exception as e: print(repr(t), type(e).__name__, e)
for t in ['{0}', '{}', '{a}', '{a[0]}', '{b}']:
    try: print(repr(t.format_map({'a': 'xy'})))
    except Exception as e: print(type(e).__name__, e)
class D(dict):
    def __missing__(self, k): return k * 2
print('{xy} {z.__class__.__name__}'.format_map(D()))
class M:
    def __getitem__(self, k): return k.upper()
print('{hello}-{w}'.format_map(M()))
print('{0[a]}'.format({'a':1}), '{0[1]}'.format({1:'i', '1':'s'}), '{[0]}'.format({0: 'z'}))
print('{0:{1}{2}}'.format(3.14159, '.', 3), '{:{}}'.format('ab', '>4'))
class F:
    def __format__(self, spec): return 'F<' + spec + '>'
print('{0:abc} {0} {0:{1}}'.format(F(), 'q'), format(F(), 'zz'), f'{F():x{1}y}')
class Bad:
    def __format__(self, spec): return 5
try: format(Bad())
except TypeError as e: print(e)
try: format(object(), 'x')
except TypeError as e: print(e)
print(format(object(), '')[:8])
