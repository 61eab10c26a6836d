# Generator functions: yield, lazy evaluation, return value, StopIteration, state.
def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("done")
    return "finished"

g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration again", e.value)

g = countdown(2)
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in with_finally():
    print("got", x)
for x in with_finally():
    print("got", x)
    break
print("after break")

def empty():
    return
    yield
print(list(empty()))

def gen_expr_like(n):
    for i in range(n):
        if i % 2:
            yield i * i
print(list(gen_expr_like(10)), sum(gen_expr_like(10)))

def multi_yield():
    x = yield
    print("received", x)
    yield x * 2
g = multi_yield()
print(next(g))
print(g.send(21))

# generator state
def states():
    yield 1
g = states()
print(g.gi_running)
next(g)
try:
    next(g)
except StopIteration:
    pass
print(g.gi_running)

# zip/enumerate over generators
print(list(zip(countdown(3), "abc")))
print(dict(enumerate(fib(), 1)) if False else list(zip(range(5), fib())))

def reraise_stopiteration():
    yield 1
    raise StopIteration("bad")
try:
    list(reraise_stopiteration())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# generator running itself
def selfref():
    yield g2.__next__()
g2 = selfref()
try:
    next(g2)
except ValueError as e:
    print("ValueError:", e)
print(iter(g2) is g2)
