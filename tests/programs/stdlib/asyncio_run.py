# asyncio: run, sleep, gather, queues, wait_for with timeouts, tasks and cancellation, futures, call_soon/call_later order.
import asyncio
import sys


async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            return name
        out.append((name, item * 2))
        await asyncio.sleep(0)
        q.task_done()


async def slow(x, delay):
    await asyncio.sleep(delay)
    return x


async def main():
    q = asyncio.Queue()
    out = []
    for i in range(6):
        q.put_nowait(i)
    for _ in range(2):
        q.put_nowait(None)
    names = await asyncio.gather(worker("a", q, out), worker("b", q, out))
    await q.join()
    print(names, sorted(out), q.empty())

    print(await asyncio.gather(slow(1, 0.02), slow(2, 0.01), slow(3, 0)))
    print(await asyncio.wait_for(slow("fast", 0), 1))
    try:
        await asyncio.wait_for(slow("late", 1), 0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__)

    task = asyncio.create_task(slow("never", 10))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled(), task.done())

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    order = []
    loop.call_later(0.01, fut.set_result, "future done")
    loop.call_soon(order.append, "soon 1")
    loop.call_soon(order.append, "soon 2")
    print(await fut, order)

    results = await asyncio.gather(slow(1, 0), asyncio.sleep(0, result="x"), return_exceptions=True)
    print(results)

    async def fails():
        raise ValueError("inside task")

    print(await asyncio.gather(fails(), slow(5, 0), return_exceptions=True))
    try:
        await fails()
    except ValueError as e:
        print("caught", e)

    done, pending = await asyncio.wait([asyncio.create_task(slow(i, i / 100)) for i in range(3)])
    print(sorted(t.result() for t in done), pending)
    sem = asyncio.Semaphore(2)
    ev = asyncio.Event()

    async def guarded(i):
        await sem.acquire()
        try:
            await ev.wait()
            return i
        finally:
            sem.release()

    tasks = [asyncio.create_task(guarded(i)) for i in range(4)]
    await asyncio.sleep(0)
    ev.set()
    print(await asyncio.gather(*tasks))
    return "main done"


print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main().close() or None))
