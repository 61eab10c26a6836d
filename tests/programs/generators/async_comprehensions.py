# Async comprehensions (list, set, dict, async generator expressions),
# await inside comprehensions, nesting, and custom async iterators, driven
# without an event loop.


class Tick:
    """An awaitable that suspends once with `tag` and returns `value`."""
    def __init__(self, tag, value):
        self.tag, self.value = tag, value

    def __await__(self):
        yield self.tag
        return self.value


class ARange:
    """A hand-written async iterator (no async generator)."""
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return await Tick(f"arange{self.i}", self.i - 1)


async def agen(n, tag='g'):
    for i in range(n):
        yield await Tick(f"{tag}{i}", i)


def run(coro):
    """Drive a coroutine to the end, recording what it suspended with."""
    seen = []
    while True:
        try:
            seen.append(coro.send(None))
        except StopIteration as e:
            return e.value, seen


async def lists():
    a = [x async for x in agen(3)]
    b = [x * 10 async for x in ARange(3) if x != 1]
    c = [(x, y) async for x in agen(2, 'o') for y in range(2)]
    d = [(x, y) for x in range(2) async for y in agen(2, 'i')]
    e = [await Tick('t', x + 100) for x in range(2)]
    f = [[y async for y in agen(x, 'n')] async for x in agen(3, 'm')]
    return a, b, c, d, e, f

print(run(lists()))


async def others():
    s = {x % 2 async for x in agen(5)}
    d = {x: await Tick('v', x * x) async for x in ARange(3)}
    g = (x + 1 async for x in agen(3))
    print(type(g).__name__, g.__name__, g.__qualname__)
    items = [v async for v in g]
    g2 = (await Tick('w', x) for x in range(2))
    print(type(g2).__name__)
    items2 = [v async for v in g2]
    return sorted(s), d, items, items2

print(run(others()))


def sync_factory():
    # An async generator expression may be made in a plain function.
    return (x * 2 async for x in agen(3, 's'))


async def consume():
    return [x async for x in sync_factory()]

print(run(consume()))


async def scoping():
    x = 'outer'
    r = [x async for x in agen(2)]
    n = 3
    r2 = [i * n async for i in agen(n)]
    r3 = [v async for v in agen(3) if v % 2 == 0 if v > -1]
    return x, r, r2, r3

print(run(scoping()))


async def errors():
    async def boom():
        yield 1
        raise ValueError('inside')
    try:
        [x async for x in boom()]
    except ValueError as e:
        print("ValueError", e)
    plain = [1, 2]
    try:
        [x async for x in plain]
    except TypeError as e:
        print("TypeError", e)
    try:
        [x for x in agen(1)]
    except TypeError as e:
        print("TypeError", e)
    try:
        [await x for x in [1]]
    except TypeError as e:
        print("TypeError", e)
    return 'ok'

print(run(errors()))


async def flags():
    async def f():
        return [x async for x in agen(1)]
    codes = [c for c in f.__code__.co_consts if hasattr(c, 'co_flags')]
    return [(c.co_name, c.co_flags & 0x3a0) for c in codes]

print(run(flags()))
gx = (x async for x in agen(1))
print(gx.ag_code.co_flags & 0x3a0, gx.ag_code.co_name)
