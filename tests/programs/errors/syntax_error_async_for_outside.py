# async for outside an async function is a compile error.
print("never printed")


def f(xs):
    async for x in xs:
        print(x)
