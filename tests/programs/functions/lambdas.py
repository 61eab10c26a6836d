# Lambda expressions: defaults, closures, immediately-invoked, in data structures.
sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: "iife")())
print((lambda a, b=2, *c, d=4, **e: (a, b, c, d, e))(1, 3, 5, d=0, z=1))
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
}
for sym in ops:
    print(sym, ops[sym](6, 3))
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(sorted([(1, "b"), (2, "a"), (1, "a")], key=lambda t: (t[1], -t[0])))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(list(map(lambda x: x ** 2, range(6))))
print(list(filter(lambda x: x % 3 == 0, range(20))))
Y = lambda f: (lambda x: x(x))(lambda y: f(lambda *a: y(y)(*a)))
fact = Y(lambda self: lambda n: 1 if n < 2 else n * self(n - 1))
print(fact(10))
print((lambda *, k: k)(k="kw"), (lambda x, /: x)(1))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
