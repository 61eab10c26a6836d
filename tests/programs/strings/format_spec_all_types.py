# format() mini-language for int, bool, float, complex and str; %-formatting of str and bytes.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
vals = [0, 1, -1, 255, 2**70, -2**70, True, 0.0, -0.0, 1.5, -1234.5678, 1e20, 1e-7, float('inf'), float('nan'), 1+2j, -0.5j]
specs = ['', 'd', 'x', 'X', '#x', 'o', '#o', 'b', '#b', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.3', '.3f', '.0f', '#.0f', '.0e', '#.0e', '10', '<10', '>10', '^10', '=10', '*^12', '+', '-', ' ', '+.2f', '010', '010.3f', ',', '_', ',.2f', '_x', '_b', ',d', '#010x', '+#x', '.2%', 'g', '.10g', '#g', '.1g', '0=8', 's', '.2s', ',x', 'z.1f', 'z', '#', '020,.2f', '.100f', '3c']
for v in vals:
    for s in specs:
        try:
            r = format(v, s)
            print(repr(v), repr(s), repr(r))
        except Exception as e:
            print(repr(v), repr(s), type(e).__name__, e)
for v in ['abc', '', 'héllo']:
    for s in ['', '5', '<5', '>5', '^6', '*^7', '.1', '10.2', 's', 'd', '=5', '+', ',', '#', '05', 'x']:
        t(format, v, s)
for fmt, a in [('%5d', 3), ('%-5d|', 3), ('%05d', -3), ('%+d', 3), ('% d', 3), ('%x', 255), ('%#x', 255), ('%#X', 255), ('%o', 8), ('%#o', 8), ('%e', 1.5), ('%.2e', 12345.678), ('%g', 1e-5), ('%G', 1e20), ('%#g', 1.0), ('%c', 65), ('%c', 'a'), ('%c', 'ab'), ('%r', 'x'), ('%a', 'é'), ('%s', b'x'), ('%5.1f', 2.25), ('%.0f', 0.5), ('%.0f', 1.5), ('%i', 3.7), ('%d', 3.7), ('%x', 3.7), ('%d', '3'), ('%(a)s %(b)d', {'a': 1, 'b': 2}), ('%*d', (5, 3)), ('%-*.*f', (8, 2, 3.14159)), ('%%', ()), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%d', 2**70), ('%x', -2**70), ('%c', 0x110000), ('%.3s', 'abcdef'), ('%(x)s', 5), ('%s', [1]), ('%(a)s', {}), ('abc', 5), ('abc', ()), ('abc', []), ('%u', -3), ('%F', float('nan')), ('%5s|%-5s|', ('a', 'b')), ('%.*f', (2, 1.0)), ('%d', True), ('%s', None), ('%ld', 5), ('%#5.3x', 10), ('%010.3f', -3.14159)]:
    t(lambda: fmt % a)
for fmt, a in [(b'%d', 5), (b'%s', b'x'), (b'%s', 'x'), (b'%a', 'é'), (b'%r', b'x'), (b'%c', 65), (b'%c', b'a'), (b'%c', 256), (b'%x', 255), (b'%5.2f', 1.5), (b'%b', b'zz'), (b'%s', bytearray(b'q')), (b'%s', memoryview(b'mv'))]:
    t(lambda: fmt % a)
t('{0:{1}}'.format, 3, '>5'); t('{:{}{}}'.format, 3, '>', 5); t('{a[0]}{b.real}'.format, a=[1], b=2); t('{!r:>5}'.format, 'a'); t('{0!s}'.format, 1); t('{0!x}'.format, 1)
t('{'.format); t('}'.format); t('{0}{}'.format, 1, 2); t('{}{0}'.format, 1, 2); t('{2}'.format, 1); t('{x}'.format); t('{:d}'.format, 'a'); t('{0[}'.format, 1); t('{0.}'.format, 1); t('{{}}'.format)
t('{:%Y}'.format, 5); t(format, 5, '%Y')
t(str.format_map, '{a}', {'a': 1}); 
class D(dict):
    def __missing__(self, k): return k*2
t('{xy}'.format_map, D())
