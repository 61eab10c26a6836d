# return with a value in an async generator is a compile error.
print("never printed")


async def gen():
    yield 1
    return 2
