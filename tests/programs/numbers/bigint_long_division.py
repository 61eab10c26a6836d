# Floor division and modulo of big integers of every relative size: short
# quotients (the schoolbook path), long ones, all four sign combinations,
# divisors whose top digits are all ones (quotient estimates one too large),
# and exact multiples.
import random

rng = random.Random(20261123)


def check(x, y):
    q, r = x // y, x % y
    assert (q, r) == divmod(x, y)
    assert q * y + r == x, (x, y)
    assert r == 0 or (r < 0) == (y < 0)
    assert abs(r) < abs(y)
    return q, r


def digest(values):
    h = 0
    for v in values:
        h = (h * 1000003 + v) % (1 << 61)
    return h


results = []
for ybits in (64 * 63, 64 * 64, 64 * 65 + 7, 64 * 100, 64 * 200):
    for qbits in (0, 1, 63, 64, 65, 64 * 5, 64 * 31, 64 * 32, 64 * 33, 64 * 80):
        y = rng.getrandbits(ybits) | (1 << (ybits - 1))
        x = rng.getrandbits(ybits + qbits)
        for sx, sy in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
            results.extend(check(sx * x, sy * y))
        ones = (1 << ybits) - 1
        results.extend(check(x, ones))
        results.extend(check(ones * 3 + 5, ones))
        results.extend(check(y * (qbits + 12345), y))
        results.extend(check(-y * (qbits + 7), y))
print(len(results), digest(results))

# The same numbers through a running spigot: q, r, t grow together, so
# each // has a one-digit quotient.
q, r, t, k = 1, 0, 1, 0
digits = []
while len(digits) < 600:
    if (3 * q + r) // t == (4 * q + r) // t:
        d = (3 * q + r) // t
        digits.append(d)
        q, r = 10 * q, 10 * (r - d * t)
    else:
        k += 1
        m = 2 * k + 1
        q, r, t = q * k, (2 * q + r) * m, t * m
print("".join(map(str, digits[:20])), digest(digits), t.bit_length())

# divmod of big ints never goes through float; with a float it must.
print(divmod(-2**4100, 2**4000 + 1), divmod(True, 2))
for a, b in [(2**70, 0), (10**400, 2.0), (10**400, 0.0)]:
    try:
        print(divmod(a, b))
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)

# A quotient digit estimated one too large, which long division must undo.
low = 1 << (64 * 70)
u = ((2**63 - 1) << 192 | 1 << 191) * low
v = (1 << 191 | 1) * low
for a, b in ((u, v), (u + 12345, v + 77), (-u, v)):
    q, r = divmod(a, b)
    print(q, r % 1000000007, a // b == q, a % b == r)
