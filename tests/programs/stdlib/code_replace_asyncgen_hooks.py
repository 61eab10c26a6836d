# code.replace for flags/names/first line (types.coroutine), sys.get/set_asyncgen_hooks.
import sys, types
def g(): yield 1
c = g.__code__
print(c.replace(co_flags=c.co_flags|0x100).co_flags == c.co_flags | 0x100, c.replace(co_name='x').co_name, c.replace(co_firstlineno=7).co_firstlineno)
for bad in [lambda: c.replace(bogus=1), lambda: c.replace(1), lambda: c.replace(co_flags='a')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
@types.coroutine
def gen():
    yield
print(list(gen()))
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(finalizer=print); print(sys.get_asyncgen_hooks().finalizer)
for bad in [lambda: sys.set_asyncgen_hooks(firstiter=1), lambda: sys.set_asyncgen_hooks(1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
sys.set_asyncgen_hooks(None, None); print(sys.get_asyncgen_hooks())
