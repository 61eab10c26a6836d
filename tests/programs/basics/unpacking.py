# Tuple/list unpacking, starred assignment, unpacking in calls and displays.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(a, b), c = (3, 4), 5
print(a, b, c)
[a, b, c] = "xyz"
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *mid, tail = "abcdef"
print(head, mid, tail)
x, *y = [1]
print(x, y)
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
for p, *q in [(1, 2, 3), (4,), (5, 6)]:
    print(p, q)
print([*range(3), *"ab", *(9,)])
print((*[1, 2], 3))
print({*[1, 2], *{3}, 1})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}, z=3))
print(f(*(), **{}))
t = 1, 2, 3
print(t, type(t).__name__)
s = 1,
print(s)
# Errors
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
# Unpacking into attributes and subscripts
class O: pass
o = O()
lst = [0, 0, 0]
o.x, lst[1], lst[-1] = "a", "b", "c"
print(o.x, lst)
d = {}
d["k"], *d["rest"] = 1, 2, 3
print(d)
# Multiple targets
p = q = r = [7]
p.append(8)
print(p, q, r)
i, lst[i] = 2, "z"
print(i, lst)
# Swap through subscripts
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
