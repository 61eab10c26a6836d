import sys
import inspect, asyncio, types, sys
async def f():
    await asyncio.sleep(0)
    return 5
c = f()
print(sorted(dir(c)))
print(sorted(dir(c.__await__())))
print(inspect.getcoroutinestate(c), inspect.iscoroutine(c), asyncio.iscoroutine(c), inspect.iscoroutinefunction(f), inspect.isawaitable(c))
c.send(None)
print(inspect.getcoroutinestate(c), c.cr_suspended, c.cr_await is not None, c.cr_frame.f_lineno)
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
print(inspect.getcoroutinestate(c))
print(inspect.getcoroutinelocals(f()))
def g(): yield 1
gen = g()
print(sorted(dir(gen)))
print(type(c).__name__, type(c).__qualname__, type(c).__module__, repr(type(c)))
print(types.CoroutineType.__name__, types.GeneratorType is type(gen))
print(sys.get_coroutine_origin_tracking_depth())
cw = type(f().__await__())
print(cw.__name__, cw.__module__)
async def f():
    return 1
def make():
    return f()
def outer():
    return make()
print(sys.get_coroutine_origin_tracking_depth(), f().cr_origin)
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = outer()
print([(fn.rsplit('/', 1)[-1], line, name) for fn, line, name in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(10)
c = outer()
print([(fn.rsplit('/', 1)[-1], line, name) for fn, line, name in c.cr_origin])
c.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError", e)
sys.set_coroutine_origin_tracking_depth(0)
c = f()
print(c.cr_origin)
c.close()
