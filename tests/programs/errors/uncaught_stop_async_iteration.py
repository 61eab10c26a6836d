# anext() of an exhausted async generator, uncaught under asyncio.run.
import asyncio


async def one():
    yield 1


async def main():
    g = one()
    print(await anext(g))
    print(await anext(g, 'default'))
    await anext(g)

asyncio.run(main())
