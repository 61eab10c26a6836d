# functools.singledispatch (needs typing, hence re and _sre)
import functools

@functools.singledispatch
def show(x):
    return f'obj {x}'
@show.register(int)
def _(x):
    return f'int {x}'
@show.register(list)
def _(x):
    return f'list of {len(x)}'
print(show(1), show('s'), show([1, 2]))
