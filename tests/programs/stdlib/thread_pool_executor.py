# concurrent.futures.ThreadPoolExecutor and asyncio.to_thread: results,
# exceptions, callbacks, map, as_completed, wait, nested submits,
# initializers and shutdown.
import asyncio
import concurrent.futures as cf
import threading


def square(x):
    return x * x


def fail(x):
    raise ValueError(f"bad {x}")


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(8))))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    futures = [ex.submit(square, i) for i in range(5)]
    print(sorted(f.result() for f in cf.as_completed(futures)))
    done, pending = cf.wait(futures)
    print(len(done), len(pending))
    bad = ex.submit(fail, 1)
    print(type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ValueError as e:
        print("result raised", e)
    seen = []
    f = ex.submit(square, 7)
    f.result()
    # On a finished future the callback runs at once.
    f.add_done_callback(lambda fut: seen.append(fut.result()))
    print(seen, f.done(), f.running(), f.cancelled())
    nested = ex.submit(lambda: ex.submit(square, 9).result() + 1)
    print(nested.result())
    try:
        list(ex.map(fail, [1, 2]))
    except ValueError as e:
        print("map raised", e)

try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("after shutdown:", e)

calls = []
with cf.ThreadPoolExecutor(initializer=calls.append, initargs=("init",)) as ex:
    print(ex.submit(square, 3).result(), calls)


def broken_init():
    raise OSError("no")


import logging
logging.disable(logging.CRITICAL)
with cf.ThreadPoolExecutor(initializer=broken_init) as ex:
    f = ex.submit(square, 2)
    print(type(f.exception()).__name__)
    try:
        ex.submit(square, 2)
    except cf.BrokenExecutor as e:
        print("broken:", type(e).__name__)

lock = threading.Lock()
total = []


def add(n):
    with lock:
        total.append(n)
    return n


with cf.ThreadPoolExecutor(4) as ex:
    list(ex.map(add, range(100)))
print(sum(total))


async def main():
    r = await asyncio.to_thread(square, 12)
    loop = asyncio.get_running_loop()
    r2 = await loop.run_in_executor(None, square, 5)
    results = await asyncio.gather(*(asyncio.to_thread(square, i) for i in range(4)))
    return r, r2, results


print(asyncio.run(main()))
