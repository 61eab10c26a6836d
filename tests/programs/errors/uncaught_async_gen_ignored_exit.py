# aclose() of an async generator that yields after GeneratorExit.
import asyncio


async def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring GeneratorExit")


async def main():
    g = stubborn()
    print(await g.__anext__())
    await g.aclose()

asyncio.run(main())
