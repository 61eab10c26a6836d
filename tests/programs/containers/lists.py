# list operations and methods.
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[1::3], a[-3:], a[:100])
a.append(5); print(a)
a.extend([3, 5]); print(a)
a.insert(0, 0); a.insert(-1, 99); a.insert(100, 100); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(5), a.index(5, 4), a.count(5), a.count(42))
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.reverse(); print(a)
b = a.copy(); b.clear(); print(a, b)
words = ["pear", "Apple", "fig", "banana"]
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
print(sorted(words), sorted(words, key=lambda w: w[-1]))
print([1, 2] + [3], [0] * 5, [[]] * 2, [1, 2] * 0)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
alias = [[0] * 2] * 2
alias[0][0] = 7
print(alias)
c = [1, 2, 3]
c += [4]
c *= 2
print(c)
c[1:3] = ["a", "b", "c"]
print(c)
c[::2] = [0] * len(c[::2])
print(c)
c[:] = []
print(c)
d = list(range(10))
d[2:8:2] = "XYZ"
print(d)
try:
    d[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1}), list())
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, [2, 3]] == [1, [2, 3]], [] == [])
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]), sum([[1], [2]], []), 2 in [1, 2], [2] in [[2]])
rec = [1, 2]
rec.append(rec)
print(rec, rec[2][2][0])
print(repr([1, "a", 2.5, None, True, (1,), [], {}]))
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], str(nested))
st = []
for i in range(5):
    st.append(i)
while st:
    print(st.pop(), end=" ")
print()
print([i for i in range(3)] * 2, list(reversed([1, 2, 3])), [1, 2, 3][-1:-4:-1])
e = [5, 3, 8]
e[len(e):] = [9, 10]
del e[-2:]
print(e, e[10:20], e[-10:1])
stable = sorted([(1, "b"), (0, "z"), (1, "a"), (0, "y")], key=lambda t: t[0])
print(stable)
print(sorted([3, 1, 2], reverse=True), sorted("cba"), sorted([0.5, -1, 3]))
