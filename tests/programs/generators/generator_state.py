# inspect.getgeneratorstate over gi_suspended/gi_running/gi_frame, and
# gi_yieldfrom of a generator delegating with yield from.
import inspect
def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
g = outer()
print(inspect.getgeneratorstate(g), g.gi_yieldfrom, g.gi_suspended)
print(next(g), inspect.getgeneratorstate(g), g.gi_yieldfrom.__name__, g.gi_suspended)
def selfref():
    yield inspect.getgeneratorstate(s), s.gi_suspended, s.gi_running
s = selfref()
print(next(s))
g.close()
print(inspect.getgeneratorstate(g), g.gi_yieldfrom, g.gi_suspended, g.gi_frame)
print(sorted(inspect.getgeneratorlocals(outer())))
