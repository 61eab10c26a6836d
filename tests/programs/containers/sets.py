# set and frozenset with small ints (deterministic order), operations and methods.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, sorted(s))
s.add(4); s.add(1)
print(s)
s.discard(10); s.discard(3)
print(s)
s.remove(4)
print(s, s.pop(), s)
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {7}), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a <= b, {3} <= a, {3} < a, a < a, a >= {1}, a.issubset({0, 1, 2, 3, 4, 5}), a.issuperset({1, 2}), a.isdisjoint({9}))
c = set(a)
c |= {8}
c &= {1, 2, 8}
c -= {2}
c ^= {5, 1}
print(sorted(c))
c.update([6, 7], (0,))
print(c)
c.intersection_update(range(6))
print(c)
c.difference_update({0})
print(c)
c.symmetric_difference_update({1, 2})
print(c)
print(set(), set([1, 1, 2]), set(range(5)), set("aaa"), frozenset(), frozenset([2, 1]))
fs = frozenset({1, 2, 3})
print(fs | {4}, fs & {1, 7}, type(fs | {4}).__name__, type({4} | fs).__name__, hash(fs) == hash(frozenset([3, 2, 1])))
print({fs: "frozen key"}[frozenset([1, 2, 3])], {frozenset(), frozenset([1])} == {frozenset([1]), frozenset()})
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
print({x % 5 for x in range(20)}, {0, 1} == {1, 0}, {1, 2} == frozenset({1, 2}))
print(sorted({(1, 2), (0, 5)}), len({1, 1.0, True}), {0, False}, {1: 0} == {True: 0})
big = set(range(50))
for i in range(0, 50, 2):
    big.discard(i)
print(sorted(big)[:10], len(big), sum(big))
print(set([5, 3, 1]), frozenset(range(8)), {7, 6, 5, 4, 3, 2, 1, 0})
seen = set()
for x in [1, 3, 1, 2, 3, 4]:
    if x not in seen:
        seen.add(x)
        print("first time", x)
print(max({3, 7, 1}), min({3, 7, 1}), sum({1, 2, 3}), sorted({3, 7, 1}, reverse=True))
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})))
cp = a.copy(); cp.clear()
print(cp, a)
