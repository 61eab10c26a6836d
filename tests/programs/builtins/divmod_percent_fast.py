# divmod of two small ints and bare %s / %d conversions take short paths;
# results and errors must match CPython's general ones.
import sys

big = sys.maxsize
for a in (7, -7, 0, 1, -1, 12345, big, -big - 1, 2**70, True):
    for b in (3, -3, 1, -1, 7, big, -big - 1, 2, 2**65, False):
        try:
            print(a, b, divmod(a, b))
        except ZeroDivisionError as e:
            print(a, b, 'ZeroDivisionError', e)
print(divmod(7.5, 2), divmod(-7, 2.0), divmod(big, -1), divmod(-big - 1, -1))
for bad in (lambda: divmod('a', 1), lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: divmod(1)):
    try:
        bad()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)


class S:
    def __str__(self):
        return 'S!'


class I(int):
    pass


print('%s|%d|%i' % ('x', 5, -6), '%s' % S(), '%s' % None, '%s' % [1, 'a'], '%d' % True, '%d' % I(4), '%d' % 2.9)
print('%s' % {'a': 1}, '%s%%' % 5, '%%s' % (), '%d%s' % (big, 'e'), '%s' % (-big - 1), '%i' % 2**70)
print(b'%s|%d' % (b'x', 5), b'%i' % -3)
print('%s' % (1,), '%s %s' % (1, 2), '%(a)s %(a)d' % {'a': 3})
for bad in (lambda: '%s %s' % (1,), lambda: '%d' % 'x', lambda: '%s' % (1, 2), lambda: '%d %d' % (1,),
            lambda: b'%s' % 'x', lambda: '%i' % None):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
