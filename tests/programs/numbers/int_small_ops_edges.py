# Floor division, modulo and shifts of inline ints at their edges (zero
# and -1 divisors, i64 bounds, shift counts near 64), as one specialized
# site sees them all.
import itertools
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 63, 64, -64, 2**31, -2**31, 2**62, -2**62, 2**63 - 1, -2**63, 12345678901, -98765432109]
out = []
for x, y in itertools.product(vals, repeat=2):
    for name, f in (("%", lambda a, b: a % b), ("//", lambda a, b: a // b), ("<<", lambda a, b: a << b), (">>", lambda a, b: a >> b), ("&", lambda a, b: a & b), ("^", lambda a, b: a ^ b)):
        if name == "<<" and y > 200:
            # Huge left shifts allocate gigabytes (in CPython too).
            continue
        try:
            r = f(x, y)
        except (ZeroDivisionError, ValueError, OverflowError, MemoryError) as e:
            r = type(e).__name__ + ": " + str(e)
        out.append(r)
import hashlib


print(len(out), hashlib.md5(repr(out).encode()).hexdigest())
print(out[:60])
