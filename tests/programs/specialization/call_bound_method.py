# CALL_BOUND_METHOD_EXACT_ARGS: a bound method object called with [NULL,
# bound, args]; the function's code, arity or kind changes mid-loop.

class A:
    def __init__(self, k):
        self.k = k

    def add(self, x):
        return self.k + x

    def pair(self, x, y):
        return (self.k, x, y)

    def cell(self, x):
        # self is a cell variable (captured by the lambda).
        return (lambda: self.k * x)()

    def defaults(self, x, y=10):
        return self.k + x + y


def other_add(self, x):
    return self.k - x


def call1(m, x):
    return m(x)


def run():
    a = A(3)
    total = 0
    for i in range(200):
        total += call1(a.add, i)
        if i == 100:
            A.add.__code__ = other_add.__code__
    print("code swapped:", total)

    b = A(5)
    out = []
    for i in range(60):
        m = b.cell if i < 40 else b.add
        out.append(call1(m, i))
    print("cells:", out[38:44])

    # Same site: a bound builtin, a plain function, a class, a bound
    # method with defaults, a bound method with too many parameters.
    things = [b.cell] * 30 + [[].append, abs, str, b.defaults, b.pair, len]
    for m in things:
        try:
            r = call1(m, -4)
            print(type(r).__name__, r if not isinstance(r, list) else "list")
        except TypeError as e:
            print("TypeError:", e)

    # The class of the instance changes: a bound method still holds its
    # function.
    class B:
        def add(self, x):
            return ("B", x)
    c = A(1)
    bm = c.add
    for i in range(30):
        call1(bm, i)
    c.__class__ = B
    print(call1(bm, 7), call1(c.add, 7))

    # A classmethod bound to the class, and bound methods made by hand.
    class K:
        base = 100

        @classmethod
        def make(cls, x):
            return cls.base + x
    tot = 0
    for i in range(50):
        tot += call1(K.make, i)
        tot += call1(A(i).add, 1)
    print("classmethod:", tot)

    # Recursion through a bound method.
    class R:
        def down(self, n):
            return 0 if n == 0 else 1 + call1(self.down, n - 1)
    print("depth:", R().down(300))
    try:
        R().down(100000)
    except RecursionError as e:
        print("RecursionError:", e)


run()
