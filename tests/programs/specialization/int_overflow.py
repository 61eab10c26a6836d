# Integer arithmetic crossing the machine-int boundary inside hot loops.
def add(a, b):
    return a + b
def mul(a, b):
    return a * b
def sub(a, b):
    return a - b

x = 1
for i in range(200):
    x = mul(x, 3)
    if i in (38, 39, 40, 41, 62, 63, 64):
        print(i, x, x.bit_length())
print(x % 1000000007)

acc = 2 ** 62 - 5000
for i in range(10000):
    acc = add(acc, 1)
print(acc, acc - 2 ** 62, acc > 2 ** 62)

neg = -(2 ** 63) + 1000
for i in range(2000):
    neg = sub(neg, 1)
print(neg, neg < -(2 ** 63))

big = 2 ** 63
vals = []
for i in range(3000):
    v = big - 1500 + i
    vals.append(add(v, v) - 2 * v)
print(set(vals) == {0}, len(vals))

# Back from big to small at the same site
y = 2 ** 64
for i in range(2000):
    y = sub(y, 2 ** 54)
print(y, y.bit_length())

# Multiplication right at the boundary
for a, b in [(2 ** 31, 2 ** 32), (2 ** 32, 2 ** 32), (-(2 ** 32), 2 ** 31), (3037000499, 3037000499), (3037000500, 3037000500), (-1, -(2 ** 63))]:
    print(a, b, mul(a, b))

# Floor division, modulo, negation, shifts at the edge
edge = -(2 ** 63)
print(edge // -1, edge % -1, -edge, abs(edge), edge * -1, edge - 1, ~edge, edge >> 1, (2 ** 62) << 1, 1 << 63, 1 << 64)
i64max = 2 ** 63 - 1
print(i64max + 1, i64max * 2, -i64max - 2, i64max // -1, i64max ** 2)

total = 0
for i in range(5000):
    total = add(total, i * i * i * i * i)
print(total)
h = 0
for i in range(3000):
    h = (h * 1000003) ^ i
print(h.bit_length(), h % 999983)
h = 0
for i in range(3000):
    h = ((h * 1000003) ^ i) & 0xFFFFFFFFFFFFFFFF
print(h)
c = 0
for i in range(3000):
    c += 2 ** 62
print(c, c // 3000 == 2 ** 62)
