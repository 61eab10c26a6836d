# _heapq (native in tern, C in CPython): the same sift order, so equal keys
# come out in the same order; merge/nlargest/nsmallest over it; errors.
import heapq
import random

rng = random.Random(7)
data = [rng.randrange(50) for _ in range(300)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h[:20], [heapq.heappop(h) for _ in range(30)])
h2 = list(data)
heapq.heapify(h2)
print(h2[:25], heapq.heapreplace(h2, 17), heapq.heappushpop(h2, -1), heapq.heappushpop(h2, 99), h2[:10])


class Key:
    """Equal keys with a tag: shows which of equal items moves where."""

    def __init__(self, k, tag):
        self.k, self.tag = k, tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return f"{self.k}{self.tag}"


keys = [Key(rng.randrange(5), chr(97 + i % 26)) for i in range(60)]
hk = list(keys)
heapq.heapify(hk)
print(hk[:15], [heapq.heappop(hk) for _ in range(20)])
print(heapq.nlargest(7, data), heapq.nsmallest(7, data), heapq.nlargest(3, keys, key=lambda k: k.k))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])), list(heapq.merge([5, 3], [4, 1], key=lambda v: -v, reverse=False)))
mx = list(data[:40])
heapq._heapify_max(mx)
print(mx[:10], heapq._heappop_max(mx), heapq._heapreplace_max(mx, 5), mx[:10])
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1), lambda: heapq.heapify(None)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    heapq.heappush([1, "a"], 2)
    heapq.heapify([3, "x", 1])
except TypeError as e:
    print("TypeError", e)


class Grower:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.append(Grower(self.heap))
        return True


g = []
g.append(Grower(g))
g.append(Grower(g))
try:
    heapq.heappush(g, Grower(g))
except RuntimeError as e:
    print("RuntimeError", e)
print(heapq.heappushpop([], 5), heapq.heappushpop([9], 5))
for bad in [lambda: heapq.heappop(), lambda: heapq.heappush([]), lambda: heapq.heapreplace([1], 2, 3), lambda: heapq._heappop_max("s")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
