# async with (several managers, exceptions, suppression, return inside),
# async for (continue, break, else, nesting), awaitables with __await__,
# and CPython's errors for objects that support none of it.
import asyncio

class Res:
    def __init__(self, name, log, suppress=False):
        self.name, self.log, self.suppress = name, log, suppress
    async def __aenter__(self):
        await asyncio.sleep(0)
        self.log.append("enter " + self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.suppress

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

class Awaitable:
    def __await__(self):
        yield
        return 42

async def main():
    log = []
    async with Res("a", log) as a, Res("b", log) as b:
        log.append(a + b)
    try:
        async with Res("c", log):
            raise ValueError("boom")
    except ValueError as e:
        log.append("caught " + str(e))
    async with Res("d", log, suppress=True):
        raise KeyError("hidden")
    log.append("after d")
    out = []
    async for i in Ticker(4):
        if i == 1:
            continue
        out.append(i)
    else:
        out.append("else")
    async for i in Ticker(5):
        if i == 2:
            break
        out.append(i)
    log.append(out)
    log.append(await Awaitable())
    for bad in [1, Ticker]:
        try:
            await bad
        except TypeError as e:
            log.append(str(e))
    try:
        async for x in 5:
            pass
    except TypeError as e:
        log.append(str(e))
    try:
        async with 5:
            pass
    except TypeError as e:
        log.append(str(e))
    async def inner():
        async with Res("r", log):
            return "returned"
    log.append(await inner())
    async def gen_in_loop():
        total = 0
        for k in range(3):
            async for v in Ticker(3):
                total += v * k
        return total
    log.append(await gen_in_loop())
    return log

for line in asyncio.run(main()):
    print(line)
