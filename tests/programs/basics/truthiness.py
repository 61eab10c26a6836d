# Truth value testing of builtin and user types.
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), {0},
          None, True, False, range(0), range(1), b"", b"x", frozenset(), 2**100, -0.0]
for v in values:
    print(repr(v), bool(v), "T" if v else "F", not v)

class WithBool:
    def __init__(self, b): self.b = b
    def __bool__(self):
        print("  __bool__ called")
        return self.b

class WithLen:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("  __len__ called")
        return self.n

class Plain:
    pass

for obj in (WithBool(True), WithBool(False), WithLen(0), WithLen(3), Plain()):
    print(type(obj).__name__, bool(obj))
    if obj:
        print(" truthy")
    else:
        print(" falsy")

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)

class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)

print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]))
n = 0
while n < 3 and not False:
    n += 1
print(n)
