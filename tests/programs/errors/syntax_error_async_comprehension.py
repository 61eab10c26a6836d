# an async comprehension in a plain function is a compile error.
print("never printed")


def f(xs):
    return [x async for x in xs]
