# Async generators under asyncio: async for, early break (the loop's
# finalizer hook schedules aclose()), shutdown_asyncgens at the end of
# asyncio.run, contextlib.asynccontextmanager, aiter()/anext(), and
# sys.set_asyncgen_hooks with hooks of our own.
import asyncio
import contextlib
import sys

log = []


async def ticks(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield f"{name}{i}"
    finally:
        await asyncio.sleep(0)
        log.append(f"{name} closed")
        print(f"  {name} cleanup")


async def merge(*gens):
    for g in gens:
        async for item in g:
            yield item


@contextlib.asynccontextmanager
async def session(name):
    print("  enter", name)
    try:
        yield {'name': name}
    except ZeroDivisionError:
        print("  session saw ZeroDivisionError")
        raise
    finally:
        await asyncio.sleep(0)
        print("  exit", name)


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def from_queue(q):
    while (item := await q.get()) is not None:
        yield item


async def main():
    print("async for:", [x async for x in ticks('a', 3)])
    print("merge:", [x async for x in merge(ticks('b', 2), ticks('c', 2))])

    print("break early")
    async for x in ticks('d', 10):
        if x == 'd1':
            break
    print("after break")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("log:", log)

    async with session('s1') as s:
        print("  using", s['name'])
    try:
        async with session('s2'):
            1 / 0
    except ZeroDivisionError:
        print("propagated ZeroDivisionError")

    q = asyncio.Queue()
    task = asyncio.create_task(producer(q, 4))
    print("queue:", [x async for x in from_queue(q)])
    await task

    it = aiter(ticks('e', 2))
    print("anext:", await anext(it), await anext(it), await anext(it, 'default'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    for bad in (lambda: aiter(1), lambda: anext(1)):
        try:
            bad()
        except TypeError as e:
            print("TypeError", e)

    results = await asyncio.gather(*(collect(f"g{i}", i) for i in range(3)))
    print("gather:", results)

    keep = ticks('left', 5)
    print("left over:", await keep.__anext__())
    hooks = sys.get_asyncgen_hooks()
    print("hooks set by the loop:", hooks.firstiter is not None, hooks.finalizer is not None)
    return keep


async def collect(name, n):
    return [x async for x in ticks(name, n)]


kept = asyncio.run(main())
print("after run:", kept.ag_frame is None, log[-1])
print(sys.get_asyncgen_hooks())

print("own hooks")
seen = []


def firstiter(g):
    seen.append(('first', g.__name__))


def finalizer(g):
    seen.append(('finalize', g.__name__))
    # Finish it by hand, as an event loop would.
    aw = g.aclose()
    try:
        while True:
            aw.send(None)
    except StopIteration:
        pass


sys.set_asyncgen_hooks(firstiter, finalizer)


async def hooked():
    try:
        yield 1
        yield 2
    finally:
        print("  hooked cleanup")


def drive_one(g):
    try:
        g.__anext__().send(None)
    except StopIteration as e:
        return e.value


g = hooked()
print(seen)
print(drive_one(g))
print(seen)
del g
print("dropped")
print(seen)
g = hooked()
g.__anext__()
g.__anext__()
print(seen)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
