# CPython's compile errors around async code: await/async for/async with outside
# async functions, 'yield from' in async functions, 'return' with a value in
# async generators, async comprehensions in plain functions, 'yield' inside
# comprehensions; message, line and columns of each, and what compiles.
cases = [
 "await x",
 "def f():\n    await x",
 "def f():\n    return lambda: await x",
 "async def f():\n    return lambda: await x",
 "class C:\n    await x",
 "async for x in y: pass",
 "def f():\n    async for x in y: pass",
 "async with x: pass",
 "def f():\n  if 1:\n    async with x as y: pass",
 "async def f():\n    yield 1\n    return 2",
 "async def f():\n    yield 1\n    return None",
 "async def f():\n    return 2\n    yield 1",
 "async def f():\n    yield from x",
 "async def f():\n    x = [(yield from y) for y in z]",
 "def f():\n    return [x async for x in y]",
 "[x async for x in y]",
 "def f():\n    return [await x for x in y]",
 "def f():\n    return (await x for x in y)",
 "def f():\n    return (x async for x in y)",
 "(x async for x in y)",
 "def f():\n    return {x: 1 async for x in y}",
 "def f():\n    return [[x async for x in y] for z in w]",
 "async def f():\n    return [[x async for x in y] for z in w]",
 "async def f():\n    return [(x async for x in y) for z in w]",
 "async def f():\n    return ((await x for x in y) for z in w)",
 "def f():\n    return [(x async for x in y) for z in w]",
 "def f():\n    return [x for z in w for x in (await z)]",
 "async def f():\n    def g():\n        await y\n",
 "async def f():\n    class C:\n        await y\n",
 "async def f():\n    await (yield)\n    return 1",
 "async def f():\n    [x async for x in y if (yield)]",
 "def f():\n    [x for x in await y]",
 "[x for x in await y]",
 "async def f():\n    [x for x in (yield)]",
 "await",
 "async def f():\n    async with a, b: yield",
 "f = lambda: (x async for x in y)",
 "f = lambda: [x async for x in y]",
 "def f():\n    x = 1\n    async def g(): pass\n    await g()",
 "def f():\n    x = [(yield) for y in z]",
 "def f():\n    x = ((yield) for y in z)",
 "def f():\n    x = {(yield): 1 for y in z}",
 "async def f():\n    await x\n    yield from y",
 "async def f():\n    yield\n    return\n",
 "async def f():\n    for x in y:\n        async with z:\n            yield\n",
 "async def f():\n    x = (await y for y in z)\n    return 5",
 "async def f():\n    x = [await y for y in z]\n    return 5",
 "def f():\n    x = (y async for y in z)\n    yield x\n    return 5",
 "async def f():\n    lambda: (yield)\n    return 5",
 "async def f():\n    with x:\n        await y",
 "def f():\n    with x:\n        await y",
]
for c in cases:
    try:
        compile(c, "<s>", "exec")
        print(repr(c), "OK")
    except SyntaxError as e:
        print(repr(c), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for c in ["await x", "[x async for x in y]", "(x async for x in y)"]:
    try:
        compile(c, "<e>", "eval")
        print(repr(c), "eval OK")
    except SyntaxError as e:
        print(repr(c), "eval ->", e.msg, e.lineno, e.offset)
