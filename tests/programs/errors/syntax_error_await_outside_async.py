# await in a plain def is a compile error.
print("never printed")


def f(x):
    return await x
