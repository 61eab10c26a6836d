# Tuple comparisons as heaps and sorts use them: item by item, with user
# __eq__/__lt__ on the items, NaN, subclasses and nesting.
import heapq

class Loud:
    log = []

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        Loud.log.append(("eq", self.v, getattr(other, "v", other)))
        return isinstance(other, Loud) and self.v == other.v

    def __lt__(self, other):
        Loud.log.append(("lt", self.v, other.v))
        return self.v < other.v

    __hash__ = None


print((1, Loud(2)) < (1, Loud(3)), Loud.log)
Loud.log.clear()
print((1, Loud(2)) == (1, Loud(2)), (Loud(1), 2) <= (Loud(1), 1), Loud.log)

nan = float("nan")
print((nan,) == (nan,), (1, nan) < (1, nan), (1, nan) < (2, nan), (nan, 1) < (nan, 2))
print((1, 2) < (1, 2, 0), (1, 2, 0) > (1, 2), () < (0,), (1,) >= (1,))
print((1, "a") < (1, "b"), ("b", 0) > ("a", 9), (1.5, 2) < (1.5, 3), (2**70, 1) < (2**70, 2))

# Mixed kinds at the first difference.
try:
    (1, "x") < (1, 2)
except TypeError as e:
    print("TypeError:", e)

# Subclasses with their own ordering.
class Rev(tuple):
    def __lt__(self, other):
        return tuple.__gt__(self, other)


print(Rev((1, 2)) < Rev((2, 1)), Rev((1, 2)) < (2, 1), (1, 2) < Rev((2, 1)))

# Heap of (priority, seq, payload) entries.
h = []
for i, p in enumerate([5, 3, 8, 3, 1, 9, 2, 5]):
    heapq.heappush(h, (p, i, "job%d" % i))
print([heapq.heappop(h) for _ in range(len(h))])

# Sorting tuples with ties broken by later items, and nested tuples.
data = [(i % 3, -i, (i % 2, str(i))) for i in range(12)]
print(sorted(data))
print(sorted(data, reverse=True)[:4])
print(max(data), min(data))

# Deep nesting ends in RecursionError, not a crash.
a = b = ()
for _ in range(100000):
    a = (a,)
    b = (b,)
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError:", e)
