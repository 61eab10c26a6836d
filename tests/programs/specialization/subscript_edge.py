# Subscript sites with unusual index kinds after warm-up.
def get(c, i):
    return c[i]
def put(c, i, v):
    c[i] = v

lst = list(range(100))
for i in range(3000):
    get(lst, i % 100)
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
print(get(lst, -1), get(lst, True), get(lst, Idx(42)), get(lst, slice(95, None)), get(lst, -100))
try:
    get(lst, 2 ** 64)
except IndexError as e:
    print("IndexError:", e)
try:
    get(lst, 1.0)
except TypeError as e:
    print("TypeError:", e)

t = tuple(range(50))
for i in range(2000):
    get(t, i % 50)
print(get(t, -2), get(t, False), get(t, Idx(7)), get(t, slice(None, 3)))

s = "hello world"
for i in range(2000):
    get(s, i % 11)
print(get(s, -1), get(s, Idx(4)), get(s, slice(None, None, -1)))
u = "héllo wörld 😀"
print([get(u, i) for i in range(len(u))])

d = {i: str(i) for i in range(100)}
for i in range(2000):
    get(d, i % 100)
print(get(d, 5), get(d, 5.0), get(d, True))
try:
    get(d, "5")
except KeyError as e:
    print("KeyError:", e)

for i in range(2000):
    put(lst, i % 100, -i)
put(lst, -1, "last")
put(lst, Idx(0), "first")
put(lst, slice(1, 3), ["a", "b", "c"])
print(lst[:5], lst[-2:], len(lst))
try:
    put(lst, 1000, 0)
except IndexError as e:
    print("IndexError:", e)

for i in range(2000):
    put(d, i % 50, i)
put(d, (1, 2), "tuple")
put(d, 2 ** 70, "big")
print(len(d), d[(1, 2)], d[2 ** 70], d[49])

b = bytearray(b"abc")
for i in range(2000):
    put(b, i % 3, 65 + i % 26)
print(b, get(b, 0), get(b"xyz", 1))

class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
g = Grid()
for i in range(2000):
    put(g, (i % 5, i % 7), "#")
print("".join(get(g, (0, c)) for c in range(7)), len(g.cells))
