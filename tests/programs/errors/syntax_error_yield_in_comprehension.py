# yield inside a comprehension is a compile error.
print("never printed")


def f(xs):
    return [(yield x) for x in xs]
