# _bisect (native in tern, C in CPython): left/right, lo/hi bounds, key=,
# insort on lists and on other sequences, and the argument errors.
import bisect
from collections import deque

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 4, 8, 13, 20]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x, 2, 6), bisect.bisect_left(a, x, lo=3), bisect.bisect_right(a, x, hi=4))
words = sorted(["pear", "fig", "banana", "kiwi", "apple"], key=len)
print(words, bisect.bisect_left(words, 4, key=len), bisect.bisect_right(words, 4, key=len))
bisect.insort(words, "plum", key=len)
bisect.insort_left(words, "date", key=len)
print(words)
b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort_left(b, v)
    bisect.insort_right(b, v * 10)
print(b)
d = deque([1, 3, 5])
bisect.insort(d, 4)
print(d, bisect.bisect("aceg", "d"), bisect.bisect(range(0, 100, 7), 50))


class Rec:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return f"{self.k}{self.tag}"


recs = []
for i, k in enumerate([3, 1, 3, 2, 1, 3]):
    bisect.insort(recs, Rec(k, "abcdef"[i]))
print(recs)
for bad in [
    lambda: bisect.bisect([1], 1, -1),
    lambda: bisect.bisect(5, 1),
    lambda: bisect.insort((1,), 1),
    lambda: bisect.bisect([1], 1, 0, "x"),
    lambda: bisect.bisect([1], 1, "x"),
    lambda: bisect.bisect(),
    lambda: bisect.bisect([1]),
    lambda: bisect.bisect([1], 1, lo=0, nope=1),
    lambda: bisect.bisect([1, "a"], 0.5),
    lambda: bisect.bisect_left([1], 1, 0, 1, 2),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(bisect.bisect([1, 2, 3], 2, 0, None), bisect.bisect([1, 2, 3], 2, hi=10 ** 0))
