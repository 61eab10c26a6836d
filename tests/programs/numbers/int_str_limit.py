# int<->str digit limit: sys.set_int_max_str_digits / get, int(), str(), format(), %d, and the messages.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.flags.int_max_str_digits)
for x in [b'zz', bytearray(b'zz'), 'zz']:
    try: int(x, 10)
    except ValueError as e: print(e)
try: int(bytearray(b'zz'))
except ValueError as e: print(e)
for f in [lambda: format(10**5000, 'd'), lambda: format(10**5000, ','), lambda: len(format(10**5000, 'x')), lambda: '%d' % 10**5000,
          lambda: f'{10**5000:n}', lambda: len(str(int('1'*5000, 16))), lambda: int('1'*5000, 0), lambda: int('1'*5000), lambda: str(-10**5000),
          lambda: int(' 1' + '0' * 4299 + 'x'), lambda: int('1' * 4300) > 0, lambda: len('%x' % 10**5000)]:
    try: print(f())
    except ValueError as e: print(e)
for n in (0, 639, 640, -1, 10**20, 'x'):
    try: sys.set_int_max_str_digits(n); print('set', n, sys.get_int_max_str_digits())
    except (ValueError, TypeError, OverflowError) as e: print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=700)
try: int('1' * 701)
except ValueError as e: print(e)
print(len(str(10**699)))
sys.set_int_max_str_digits(0)
print(len(str(10**6000)), len(str(int('7' * 6000))))
