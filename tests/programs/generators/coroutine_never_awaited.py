# A coroutine object destroyed before it ran warns "coroutine ... was never
# awaited" (RuntimeWarning); closed, finished or awaited ones do not.
import sys
import warnings
import asyncio


async def f():
    return 1


class K:
    async def meth(self):
        pass


def messages(action):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        action()
    return [(x.category.__name__, str(x.message).splitlines()[0], type(x.source).__name__) for x in w]


def dropped():
    f()


def assigned_then_deleted():
    c = f()
    del c


def closed():
    c = f()
    c.close()


def finished():
    c = f()
    try:
        c.send(None)
    except StopIteration as e:
        print('result', e.value)


def awaited():
    print('run', asyncio.run(f()))


def method():
    K().meth()


def in_list():
    cs = [f(), f()]
    cs.clear()


def tracked():
    sys.set_coroutine_origin_tracking_depth(2)
    try:
        f()
    finally:
        sys.set_coroutine_origin_tracking_depth(0)


for action in (dropped, assigned_then_deleted, closed, finished, awaited, method, in_list, tracked):
    print(action.__name__, messages(action))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    f()
    print('still running')
print('done')
