# Async generators driven by hand: __anext__/asend/athrow/aclose awaitables,
# their state machines and CPython's messages, ag_* attributes, hooks-free
# finalization, and the async_generator type itself.
import types, inspect


class Suspend:
    """An awaitable that suspends once, passing `tag` to the driver."""
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return ('resumed', got)


def step(aw, value=None, throw=None):
    """One step of an awaitable, described as text."""
    try:
        if throw is not None:
            r = aw.throw(throw)
        else:
            r = aw.send(value)
        return f"suspended({r!r})"
    except StopIteration as e:
        return f"done({e.value!r})"
    except BaseException as e:
        return f"raised {type(e).__name__}({', '.join(map(repr, e.args))})"


def run(aw):
    """Drive an awaitable to the end, answering suspensions with their tag."""
    out = []
    value = None
    while True:
        try:
            r = aw.send(value)
        except StopIteration as e:
            out.append(('result', e.value))
            return out
        except BaseException as e:
            out.append(('error', type(e).__name__, str(e)))
            return out
        out.append(('suspend', r))
        value = r.upper() if isinstance(r, str) else r


async def counter(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("  counter got", got)
    print("  counter end")


print("== basic protocol")
g = counter(3)
print(type(g).__name__, g.__name__, g.__qualname__, repr(g).startswith('<async_generator object counter at 0x'))
print(type(g) is types.AsyncGeneratorType, inspect.isasyncgen(g), inspect.isasyncgenfunction(counter))
print(counter.__code__.co_flags & 0x2a0, g.ag_code is not None, g.ag_code.co_name)
print(g.ag_running, g.ag_await, g.ag_frame is not None, g.__aiter__() is g)
a = g.__anext__()
print(type(a).__name__, repr(a).startswith('<async_generator_asend object at'))
print(a.__await__() is a, iter(a) is a)
print(step(a))
print(step(a))
print(step(g.asend('hello')))
print(step(g.asend('x')))
print(step(g.__anext__()))
print(step(g.__anext__()))
print(g.ag_frame, g.ag_running)

print("== awaits inside pass through")
async def waits():
    r = await Suspend('a')
    print("  after first await", r)
    yield 'first'
    r = await Suspend('b')
    yield ('second', r)

g = waits()
a = g.__anext__()
print(step(a))
print(g.ag_running, type(g.ag_await).__name__)
print(step(a, 'sent-in'))
a = g.asend(None)
print(step(a))
print(step(a, 99))
print(run(g.__anext__()))

print("== asend to a just-started generator")
g = counter(2)
print(step(g.asend(5)))
print(step(g.asend(None)))

print("== running checks")
async def reenter():
    yield await Suspend('x')
g = reenter()
a1 = g.__anext__()
print(step(a1))
print(g.ag_running)
print(step(g.__anext__()))
print(step(g.aclose()))
print(step(g.athrow(ValueError)))
print(step(a1, 'v'))
print(g.ag_running)

print("== athrow")
async def catcher():
    while True:
        try:
            yield 'ready'
        except KeyError as e:
            print("  caught", repr(e))
            yield 'recovered'
        except ValueError:
            print("  value error: stopping")
            return

g = catcher()
print(run(g.__anext__()))
t = g.athrow(KeyError, 'k')
print(type(t).__name__)
print(step(t))
print(step(t))
print(run(g.athrow(KeyError('again'))))
print(run(g.__anext__()))
print(run(g.athrow(ValueError)))
print(run(g.athrow(ValueError)))
print(run(g.__anext__()))

print("== athrow on a fresh generator and bad arguments")
g = counter(3)
print(run(g.athrow(IndexError('early'))))
print(run(g.__anext__()))
g = counter(3)
print(run(g.athrow(42)))
try:
    g.athrow()
except TypeError as e:
    print("TypeError", e)

print("== aclose")
async def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup starts")
        r = await Suspend('in-finally')
        print("  cleanup awaited", r)

g = cleanup()
print(run(g.__anext__()))
c = g.aclose()
print(type(c).__name__)
print(step(c))
print(step(c, 'z'))
print(step(c))
print(run(g.__anext__()))
print(run(g.aclose()))

print("== aclose of a generator never started, and of a finished one")
g = cleanup()
print(run(g.aclose()))
print(run(g.__anext__()))
g = counter(1)
print(run(g.__anext__()), run(g.__anext__()))
print(run(g.aclose()))

print("== ignoring GeneratorExit")
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'no'
g = stubborn()
print(run(g.__anext__()))
print(run(g.aclose()))

async def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  exiting quietly")
g = returns_on_exit()
print(run(g.__anext__()))
print(run(g.aclose()))

print("== errors raised inside")
async def raises_stop():
    yield 1
    raise StopIteration('x')
g = raises_stop()
print(run(g.__anext__()), run(g.__anext__()))

async def raises_stop_async():
    yield 1
    raise StopAsyncIteration
g = raises_stop_async()
print(run(g.__anext__()), run(g.__anext__()))

async def raises_plain():
    yield 1
    raise LookupError('bad')
g = raises_plain()
print(run(g.__anext__()), run(g.__anext__()), run(g.__anext__()))

print("== close() and throw() on the awaitables")
g = counter(3)
a = g.__anext__()
a.close()
print(step(a))
print(run(g.__anext__()))
a = g.__anext__()
print(step(a, throw=OSError('thrown')))
print(step(a))
print(run(g.__anext__()))

print("== not iterable, not awaitable")
g = counter(1)
for bad in (lambda: iter(g), lambda: next(g), lambda: list(g)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
async def awaits_agen():
    await counter(1)
print(run(awaits_agen()))

print("== names")
class Holder:
    async def method(self):
        yield self
h = Holder().method()
print(h.__name__, h.__qualname__)
def outer():
    async def inner():
        yield
    return inner()
print(outer().__qualname__)
try:
    h.__name__ = 'x'
except AttributeError as e:
    print("AttributeError")

print("== frames")
g = counter(3)
print(type(g.ag_frame).__name__, g.ag_frame.f_code.co_name)
print(run(g.__anext__()), g.ag_frame.f_lineno, sorted(g.ag_frame.f_locals))
print(run(g.aclose()), g.ag_frame)

def plain():
    try:
        yield 1
    finally:
        print("  plain finally")
p = plain()
print(type(p.gi_frame).__name__, p.gi_code.co_name)
try:
    p.throw(KeyError('before start'))
except KeyError as e:
    print("KeyError", e, p.gi_frame)
print(list(p))

print("== misuse")
async def one():
    yield 1
x = one()
a = x.__anext__()
b = one().__anext__()
attempts = [
    lambda: type(a)(), lambda: type(x)(), lambda: type(x).__anext__(5), lambda: type(a).send(5, 1),
    lambda: a.throw(1), lambda: a.throw(ValueError), lambda: a.send(), lambda: x.asend(),
    lambda: x.athrow(1, 2, 3, 4).send(None), lambda: x.athrow().send(None), lambda: setattr(x, '__name__', 5),
    lambda: b.throw(), lambda: b.close(1), lambda: b.throw(1, 2, 3, 4), lambda: one().aclose(1),
    lambda: type(one()).__anext__(one(), 1), lambda: one().athrow(KeyError('k'), 'v').send(None),
]
for f in attempts:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(x.ag_running)
try:
    class Sub(types.AsyncGeneratorType):
        pass
except TypeError as e:
    print(e)
