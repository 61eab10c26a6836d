# Async generators and task cancellation, contextlib.aclosing, asyncio.timeout
# around async for, athrow with a class and an instance, then aclose.
import asyncio, contextlib
async def slow(name):
    try:
        for i in range(100):
            await asyncio.sleep(0.001 if name != 'to' else 1)
            yield i
    except asyncio.CancelledError:
        print("  cancelled inside", name)
        raise
    finally:
        print("  finally", name)
async def consumer(name, ready):
    got = []
    async for x in slow(name):
        got.append(x)
        if len(got) == 3:
            ready.set()
            await asyncio.sleep(10)
    return got
async def closing_use():
    async with contextlib.aclosing(slow('ac')) as g:
        async for x in g:
            if x == 2:
                break
    print("  aclosing done")
async def timeouts():
    try:
        async with asyncio.timeout(0.01):
            async for x in slow('to'):
                pass
    except TimeoutError:
        print("  timed out")
async def athrow_use():
    async def catcher():
        while True:
            try:
                yield 'v'
            except ValueError as e:
                print("  caught", e)
    g = catcher()
    print(await g.asend(None))
    print(await g.athrow(ValueError('x')))
    print(await g.athrow(ValueError, ValueError('y')))
    await g.aclose()
    print(g.ag_frame)
async def main():
    ready = asyncio.Event()
    t = asyncio.create_task(consumer('c', ready))
    await ready.wait()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled")
    await closing_use()
    await timeouts()
    await athrow_use()
asyncio.run(main())
print("end")
