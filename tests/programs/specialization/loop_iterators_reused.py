# Loops over lists, tuples and ranges one after another and nested, with
# iterators a program keeps, so a finished loop's iterator object is reused
# for the next loop only when nothing else can see it.
def total(seq):
    s = 0
    for x in seq:
        s += x
    return s

data = [1, 2, 3]
tup = (4, 5, 6)
print([total(data), total(tup), total(range(10))] * 2)

# Nested loops: the inner iterator finishes many times while the outer runs.
acc = []
for a in (1, 2, 3):
    for b in [10, 20]:
        for c in range(2):
            acc.append(a * b + c)
print(acc)

# A kept iterator stays exhausted and keeps its type after its loop ends.
it = iter([1, 2])
for x in it:
    pass
print(type(it).__name__, list(it), next(it, "done"))
kept = []
for seq in ([7, 8], (9,), range(3)):
    i = iter(seq)
    kept.append(i)
    for v in i:
        pass
for seq in ([1], (2,), range(1)):
    for v in seq:
        pass
print([type(k).__name__ for k in kept], [list(k) for k in kept])

# Loops that break keep their iterator alive until it is dropped.
def first_even(seq):
    for x in seq:
        if x % 2 == 0:
            return x
    return None

print([first_even(s) for s in ([1, 3, 4], (5, 6), range(1, 9, 2), [])])

# Types of fresh iterators after many loops.
for _ in range(5):
    for _ in [0]:
        pass
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(range(3))).__name__, type(iter("ab")).__name__)

# A generator expression over a list and a list comprehension in a loop.
print([sum(x * x for x in data) for _ in range(3)], [[y for y in tup] for _ in range(2)])

# The list is released when its loop ends (the iterator no longer holds it).
import sys
big = [0] * 5
before = sys.getrefcount(big)
for _ in big:
    pass
print(sys.getrefcount(big) == before)
