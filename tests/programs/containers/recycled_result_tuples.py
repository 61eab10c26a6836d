# enumerate, zip and dict.items() may refill their last result tuple when
# the loop has let go of it (as CPython does). A tuple that is kept
# anywhere must never change afterwards.

words = ["ant", "bee", "cat", "dog"]

kept = []
for pair in enumerate(words):
    kept.append(pair)
print(kept)

held = None
seen = []
for pair in enumerate(words, 10):
    if held is not None:
        seen.append(held)
    held = pair
print(held, seen)

d = {"x": 1, "y": 2, "z": 3}
items = []
for kv in d.items():
    items.append(kv)
print(items)

# Unpacked at once: the tuple is free again at the next step.
total = 0
for k, v in d.items():
    total += v
print(total)

z = []
for trio in zip(words, range(4), "abcd"):
    z.append(trio)
print(z)

# Kept in a dict key, a set and a closure.
keys = {}
for p in zip("ab", "cd"):
    keys[p] = len(keys)
print(keys)
s = set()
for p in enumerate("aab"):
    s.add(p)
print(sorted(s))
fs = []
for p in d.items():
    fs.append(lambda p=p: p)
print([f() for f in fs])

# Kept only by a local that is rebound each step: values stay right.
last = None
for p in enumerate(range(5)):
    last = p
print(last)

# Iterators driven by hand, results compared after the fact.
it = enumerate("xyz")
a = next(it)
b = next(it)
print(a, b, a is b)
it = iter(d.items())
a = next(it)
del a
b = next(it)
print(b)

# A count past the inline int range keeps counting.
big = list(enumerate("ab", 2**63 - 1))
print(big)
big = list(enumerate("ab", -(2**70)))
print(big)

# zip's strict mode and a dict that changes size mid-loop.
try:
    for p in zip("ab", "abc", strict=True):
        pass
except ValueError as e:
    print("ValueError:", e)
try:
    for k, v in d.items():
        d[k + "!"] = v
except RuntimeError as e:
    print("RuntimeError:", e)

# Nested loops over the same kinds of iterator.
grid = []
for i, row in enumerate([[1, 2], [3, 4]]):
    for j, (x, y) in enumerate(zip(row, reversed(row))):
        grid.append((i, j, x, y))
print(grid)
