# Generator methods: send, throw, close; GeneratorExit; exceptions inside generators.
def accumulator():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("  reset because", e)
            total = 0
            continue
        except GeneratorExit:
            print("  closing with total", total)
            raise
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
print(acc.throw(ValueError("oops")))
print(acc.send(3))
acc.close()
acc.close()  # closing twice is fine
try:
    acc.send(1)
except StopIteration:
    print("send after close -> StopIteration")

g = accumulator()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)

def no_handler():
    yield 1
    yield 2
g = no_handler()
print(next(g))
try:
    g.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(g))

g = no_handler()
try:
    g.throw(KeyError, "typed")
except KeyError as e:
    print("KeyError:", e)

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_exit():
    try:
        yield 1
    finally:
        print("finally runs on close")
g = returns_on_exit()
next(g)
g.close()
g = returns_on_exit()
g.close()  # never started: finally does not run
print("unstarted close done")

def running_total():
    total = 0
    while True:
        total += yield total
rt = running_total()
next(rt)
for v in range(1, 6):
    print("total", rt.send(v))

def exc_in_gen():
    yield 1
    1 / 0
g = exc_in_gen()
next(g)
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    next(g)
except StopIteration:
    print("dead after exception")

def context_in_gen():
    try:
        raise KeyError("first")
    except KeyError:
        yield "in handler"
        raise ValueError("second")
g = context_in_gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e, "context:", repr(e.__context__))
