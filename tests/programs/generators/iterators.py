# Iterator protocol: iter(), next(), iter(callable, sentinel), custom iterators, builtin iterators.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "default"), next(c, None))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.args)

it = iter([1, 2, 3])
print(type(it).__name__, next(it), list(it), list(it))
print(type(iter((1,))).__name__, type(iter(range(3))).__name__, type(iter({})).__name__)

counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))

print(list(enumerate("abc")), list(enumerate("abc", start=10)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as err:
    print("ValueError:", err)
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 100
print(list(reversed(Rev())))
class CustomRev:
    def __reversed__(self): return iter("custom")
print(list(reversed(CustomRev())))
try:
    iter(5)
except TypeError as err:
    print("TypeError:", err)
try:
    next([1])
except TypeError as err:
    print("TypeError:", err)
try:
    reversed({1: 2}.items().__iter__())
except TypeError as err:
    print("TypeError:", err)

d = {"a": 1, "b": 2}
keys = iter(d)
print(next(keys))
d["c"] = 3
try:
    next(keys)
except RuntimeError as err:
    print("RuntimeError:", err)

lst = [1, 2, 3]
it = iter(lst)
lst.append(4)
print(list(it))  # list iterators see appends
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m))
z = zip(range(3), range(10, 13))
print(next(z), list(z))
r = range(0, 20, 3)
print(list(r), len(r), r[2], r[-1], 9 in r, 10 in r, r.index(9), r.count(3))
print(range(5)[1:3], range(10)[::-2], list(range(10)[::-2]), range(3) == range(0, 3))
ri = iter(range(3))
print(next(ri), list(ri))
print(sum(Countdown(100)), max(Countdown(7)), sorted(Countdown(4)))
a, b, *c = Countdown(5)
print(a, b, c)
print(*Countdown(3), sep="|")
