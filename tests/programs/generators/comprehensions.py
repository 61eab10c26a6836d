# List/set/dict comprehensions and generator expressions, scoping rules.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({x % 4 for x in range(20)})
print({k: v for k, v in zip("abc", range(3))})
print({x: x ** 2 for x in range(6) if x != 3})
g = (x + 1 for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))

x = "outer x"
print([x for x in "ab"], x)  # comprehension variable does not leak

class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]  # outermost iterable evaluated in class scope
    factor = 10
    try:
        scaled = [i * factor for i in items]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(C.doubled, C.scaled)

def f():
    n = 3
    return [lambda: i * n for i in range(3)]
print([h() for h in f()])

# first iterable evaluated eagerly, rest lazily
def noisy(label, it):
    print("evaluating", label)
    return it
g = (a + b for a in noisy("A", [1, 2]) for b in noisy("B", [10]))
print("created")
print(list(g))

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(sorted({s: len(s) for s in ["aa", "b", "ccc"]}.items()))
print([y for x in range(5) if (y := x * x) > 3])
print(list(i for i in range(3)), tuple(i for i in "xyz"), dict((i, -i) for i in range(3)))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
nested = [[j for j in range(i)] for i in range(5)]
print(nested)
print([c.upper() for c in "hello" if c not in "l"])
print({x: [y for y in range(x)] for x in range(3)})
print(sum([1 for _ in range(7)]))
print([(lambda q: q + k)(1) for k in range(3)])
it = iter(range(6))
print([(a, b) for a, b in zip(it, it)])
