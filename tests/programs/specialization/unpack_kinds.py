# One unpacking site fed tuples, then lists, wrong lengths, tuple
# subclasses with their own __iter__, generators and strings.
class Pair(tuple):
    def __iter__(self):
        yield "overridden"
        yield "iter"

def split2(seq):
    a, b = seq
    return a, b

def split3(seq):
    a, b, c = seq
    return c, b, a

out = []
for i in range(2000):
    out.append(split2((i, -i)))
print(out[-1], len(out))
print(split2([1, 2]), split2("xy"), split2(x for x in (7, 8)), split2({"k": 1, "l": 2}))
print(split2(Pair((1, 2))))
for bad in [(1, 2, 3), [1], "abc", 5]:
    try:
        split2(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for i in range(2000):
    r = split3([i, i + 1, i + 2])
print(r, split3((1, 2, 3)))
try:
    split3([1, 2])
except ValueError as e:
    print(e)
pairs = {i: str(i) for i in range(5)}
acc = []
for k, v in pairs.items():
    acc.append(v * k)
print(acc)
x, y = 1, 2
for _ in range(1001):
    x, y = y, x
print(x, y)
