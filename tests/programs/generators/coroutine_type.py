import types, asyncio, inspect

async def f(x):
    return x * 2

def show(label, fn):
    try:
        print(label, fn())
    except BaseException as e:
        print(label, type(e).__name__, e)

c = f(3)
print(type(c).__name__, type(c) is types.CoroutineType, isinstance(c, types.CoroutineType))
print(inspect.iscoroutine(c), inspect.isgenerator(c), inspect.isawaitable(c))
print(c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_origin, c.cr_suspended)
print(c.cr_code.co_qualname, c.cr_code.co_name, type(c.cr_frame).__name__, c.cr_frame.f_code.co_name)
print(sorted(n for n in dir(c) if not n.startswith('__') or n in ('__await__', '__name__', '__qualname__', '__del__')))
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(sorted(n for n in dir(w) if n in ('__iter__', '__next__', 'send', 'throw', 'close')))
show("next(w)", lambda: next(w))
print(c.cr_frame, c.cr_suspended)
show("send again", lambda: c.send(None))
show("throw done", lambda: c.throw(ValueError("v")))
show("close done", lambda: c.close())
show("repr", lambda: repr(f(1)).split(" at ")[0])

c2 = f(1)
show("iter", lambda: iter(c2))
show("next", lambda: next(c2))
show("list", lambda: list(c2))
show("in", lambda: 1 in c2)
show("send1", lambda: c2.send(1))
def g():
    yield from c2
show("yield from", lambda: next(g()))
async def h():
    def gg():
        yield 1
    await gg()
show("await gen", lambda: h().send(None))
c2.close()
show("closed send", lambda: c2.send(None))

@types.coroutine
def tc():
    v = yield 5
    return v
async def u():
    r = await tc()
    return r + 1
x = u()
print(x.send(None), x.cr_await is not None, type(x.cr_await).__name__, x.cr_suspended)
show("finish", lambda: x.send(10))

class Awaitable:
    def __await__(self):
        yield "a"
        return "done"
async def uses():
    return await Awaitable()
y = uses()
print(y.send(None))
show("y", lambda: y.send(None))

class Bad:
    def __await__(self):
        return f(1)
async def usesbad():
    await Bad()
show("bad await", lambda: usesbad().send(None))

async def raises():
    raise StopIteration
show("stopiter", lambda: raises().send(None))

async def ignore():
    try:
        await tc()
    except GeneratorExit:
        await tc()
z = ignore()
z.send(None)
show("ignore", lambda: z.close())

async def inner():
    print("inner running:", me.cr_running, type(me.cr_frame).__name__, me.cr_frame.f_code.co_name)
    return 7
async def outer():
    return await me
me = inner()
o = outer()
show("outer", lambda: o.send(None))

async def twice():
    t = tc()
    a = f(2)
    return await a, await a
show("twice", lambda: twice().send(None))

def gen():
    print("in gen", gg.gi_running, type(gg.gi_frame).__name__, gg.gi_frame.f_code.co_name, gg.gi_frame.f_lineno)
    yield 1
    yield 2
gg = gen()
print(gg.gi_running, gg.gi_frame.f_lineno)
print(next(gg), gg.gi_frame.f_lineno, gg.gi_frame.f_locals)
list(gg)
print(gg.gi_frame, gg.gi_running)

async def agen():
    print("agen running", type(ag.ag_frame).__name__, ag.ag_frame.f_code.co_name)
    yield 1
ag = agen()
async def main():
    async for v in ag:
        print("got", v)
    print(ag.ag_frame)
    print(await f(21))
    t = asyncio.ensure_future(f(5))
    print(await t)
    await asyncio.sleep(0)
    return "main done"
print(asyncio.run(main()))

class C:
    async def meth(self):
        pass
m = C().meth()
print(m.__qualname__, m.__name__)
m.__name__ = "renamed"
print(m.__name__)
m.close()
show("ctor", lambda: types.CoroutineType())
