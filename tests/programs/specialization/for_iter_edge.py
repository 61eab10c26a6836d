# FOR_ITER over ranges, lists and tuples in unusual situations.
total = 0
for i in range(2 ** 63 - 5, 2 ** 63 + 5):
    total += i - 2 ** 63
print("range crossing 2**63:", total)
print(list(range(2 ** 64, 2 ** 64 + 3)), list(range(-(2 ** 63) + 2, -(2 ** 63) - 2, -1)))
for i in range(10, 0, -3):
    print("down", i)
for i in range(0):
    print("never")
r = range(5)
for i in r:
    for j in r:
        if j > i:
            break
    else:
        print("inner completed at", i)
lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    if len(out) < 10:
        lst.append(x * 10)
print(out, lst)
lst = list(range(10))
removed = []
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
        removed.append(x)
print(removed, lst)
t = tuple(range(2000))
s = 0
for x in t:
    s += x
print(s)
for rep in range(1000):
    for k in ():
        print("never")
for v in [[1, 2], (3, 4), "56", range(7, 9), {9: 0, 10: 0}]:
    for w in v:
        print(w, end=" ")
print()
i = "unchanged"
for i in range(3):
    pass
print(i)
it = iter(range(10))
for x in it:
    if x == 3:
        next(it)
    print(x, end=",")
print()
nested = 0
for a in range(30):
    for b in range(30):
        for c in range(3):
            nested += a * b - c
print(nested)
for idx, (ch, n) in enumerate(zip("abc", range(100, 103))):
    print(idx, ch, n)
acc = []
for x in reversed(range(5)):
    acc.append(x)
for x in reversed([5, 6]):
    acc.append(x)
print(acc)
