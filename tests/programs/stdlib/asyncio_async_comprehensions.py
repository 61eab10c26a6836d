# Async comprehensions under asyncio: nested in a generator expression of a
# plain function, in a method, an async generator inside async with, a lambda
# returning an async generator expression, async_generator[int].
import asyncio, types
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
def f():
    return ([x async for x in agen(z)] for z in range(3))
class C:
    async def m(self):
        return {k: [v async for v in agen(k)] async for k in agen(3)}
async def main():
    g = f()
    print(type(g).__name__, [x async for x in g])
    print(await C().m())
    print(types.AsyncGeneratorType[int])
    async def deleg():
        async with asyncio.timeout(1):
            async for x in agen(2):
                yield x
            yield 'done'
    print([x async for x in deleg()])
    lam = lambda: (x async for x in agen(2))
    print([x async for x in lam()])
asyncio.run(main())
