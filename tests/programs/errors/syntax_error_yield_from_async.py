# yield from in an async function is a compile error.
print("never printed")


async def gen(xs):
    yield from xs
