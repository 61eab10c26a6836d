# Parallel assignment from a tuple display of the same length (compiled
# without building a tuple): values are all computed first, then stored
# left to right, whatever the targets are.

log = []


def val(name, v):
    log.append("load " + name)
    return v


class Rec:
    def __setattr__(self, name, value):
        log.append("set %s=%r" % (name, value))
        object.__setattr__(self, name, value)


class Box(list):
    def __setitem__(self, i, v):
        log.append("item %r=%r" % (i, v))
        list.__setitem__(self, i, v)


a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "x", "y", "z"
x, y, z = z, x, y
print(x, y, z)
(q,) = (val("q", 7),)
print(q, log)

r = Rec()
box = Box([0, 1, 2])
log.clear()
r.p, box[0], r.q = val("a", "A"), val("b", "B"), val("c", "C")
print(log, box, r.p, r.q)

log.clear()
box[0], box[1] = box[1], box[0]
print(log, box)

# The same names on both sides, including one target twice.
m = [1, 2, 3]
i = 0
i, m[i] = 2, "new"
print(i, m)
k, k = 1, 2
print(k)

# Nested and starred forms keep their own paths.
(c, d), e = (1, 2), 3
f, *g = 4, 5, 6
print(c, d, e, f, g)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print([fib(n) for n in range(15)])


def rotate(seq):
    first, second, third = seq[0], seq[1], seq[2]
    first, second, third = second, third, first
    return first, second, third


print(rotate("abc"), rotate([1, 2, 3]))

# An exception while computing the values leaves every target unchanged.
u, v = "u", "v"
try:
    u, v = 1, 1 // 0
except ZeroDivisionError:
    pass
print(u, v)
