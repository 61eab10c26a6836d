# unpacking: tuple packing/unpacking and shuffling -- swaps and rotations,
# starred assignment, nested targets, multiple return values, for-loop
# unpacking over zip/enumerate/dict.items, zip(*rows) transposition,
# *args/**kwargs call unpacking and a tuple-based sorting network.
# test-size: 100
# default-size: 4500
import sys

DEFAULT_SIZE = 4500


def divmod_chain(a, b):
    q, r = divmod(a, b)
    q2, r2 = divmod(q, b + 1)
    return q2, r2, r


def min_max_sum(values):
    lo = hi = values[0]
    total = 0
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
        total += v
    return lo, hi, total


def sort4(a, b, c, d):
    # A 5-comparator sorting network over four values.
    if a > b:
        a, b = b, a
    if c > d:
        c, d = d, c
    if a > c:
        a, c = c, a
    if b > d:
        b, d = d, b
    if b > c:
        b, c = c, b
    return a, b, c, d


def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def rotate3(n):
    x, y, z = 1, 2, 3
    for _ in range(n):
        x, y, z = y, z, x + 1
    return x * 100 + y * 10 + z


def combine(*args, **kwargs):
    scale = kwargs.get("scale", 1)
    offset = kwargs.get("offset", 0)
    return sum(args) * scale + offset


def one_round(r):
    total = 0
    total += fib_pair(60 + r % 10) % 1000003
    total += rotate3(200 + r % 5)
    for i in range(150):
        a, b, c, d = sort4((i * 7 + r) % 13, (i * 5) % 11, (i * 3 + r) % 17, i % 19)
        total += a + 2 * b + 3 * c + 4 * d
        q2, r2, rem = divmod_chain(i * 1000 + r, 7)
        total += q2 + r2 + rem
    values = [(i * 37 + r) % 101 for i in range(60)]
    lo, hi, s = min_max_sum(values)
    total += lo + hi + s
    first, *middle, last = values
    total += first + last + len(middle)
    head, second, *rest = values[:5]
    total += head * second + len(rest)
    *init, tail = values[:4]
    total += sum(init) - tail
    points = [(i, (i * i) % 23, (i * 3) % 7) for i in range(80)]
    for x, y, z in points:
        total += x * y - z
    for (x, y), z in zip([(p[0], p[1]) for p in points], range(80)):
        total += (x + y) * z % 11
    for idx, (x, _, z) in enumerate(points):
        if idx % 4 == 0:
            total += x + z
    rows = [[(i + j) % 9 for j in range(6)] for i in range(6)]
    cols = list(zip(*rows))
    for col in cols:
        a, b, *others = col
        total += a * b + len(others)
    table = {"k%d" % i: (i, i * 2) for i in range(30)}
    for key, (one, two) in table.items():
        total += one + two + len(key)
    args = (r % 5, 3, 4)
    opts = {"scale": 2, "offset": r % 3}
    total += combine(*args, **opts)
    total += combine(*values[:10])
    total += combine(1, 2, *args, scale=3)
    pairs = [(i, -i) for i in range(40)]
    swapped = [(b, a) for a, b in pairs]
    total += sum(a - b for a, b in swapped)
    stack = [(0, 0, 1)]
    seen = 0
    while stack:
        depth, acc, width = stack.pop()
        seen += 1
        if depth < 6:
            for w in range(width + 1):
                stack.append((depth + 1, acc + w, 2 if width > 1 else width + 1))
        else:
            total += acc
    total += seen
    m = n = 0
    for k in range(100):
        m, n = n + k, m - k
    total += m - n
    return total


def main(n):
    checksum = 0
    for r in range(n):
        checksum = (checksum * 11 + one_round(r)) % 1000000007
    print("checksum=%d" % checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
