# closures: closures and higher-order functions -- counters with nonlocal,
# function factories, compose/pipe, hand-written fold, a memoizing decorator,
# decorators with arguments, callbacks in dicts, lambdas with default-argument
# capture, *args/**kwargs forwarding and functions stored in data structures.
# test-size: 20
# default-size: 1300
import sys

DEFAULT_SIZE = 1300


def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    return increment


def make_adder(n):
    return lambda x: x + n


def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply


def compose(*functions):
    def composed(x):
        for f in reversed(functions):
            x = f(x)
        return x
    return composed


def pipe(value, *functions):
    for f in functions:
        value = f(value)
    return value


def fold(function, items, initial):
    acc = initial
    for item in items:
        acc = function(acc, item)
    return acc


def memoize(function):
    cache = {}

    def wrapper(*args):
        if args in cache:
            return cache[args]
        result = function(*args)
        cache[args] = result
        return result

    wrapper.cache = cache
    return wrapper


def clamp_result(low, high):
    def decorator(function):
        def wrapper(*args, **kwargs):
            value = function(*args, **kwargs)
            if value < low:
                return low
            if value > high:
                return high
            return value
        return wrapper
    return decorator


def count_calls(function):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return function(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@count_calls
@clamp_result(-1000, 1000)
def polynomial(x, a=1, b=0, c=0):
    return a * x * x + b * x + c


def make_event_bus():
    handlers = {}

    def subscribe(event, handler):
        handlers.setdefault(event, []).append(handler)

    def publish(event, payload):
        results = []
        for handler in handlers.get(event, []):
            results.append(handler(payload))
        return results

    return subscribe, publish


def make_accumulators(n):
    return [lambda x, i=i: x * i + 1 for i in range(n)]


def one_round(r):
    total = 0
    counter = make_counter(r, 3)
    for _ in range(500):
        counter()
    total += counter()

    adders = [make_adder(i) for i in range(20)]
    muls = [make_multiplier(i % 5 + 1) for i in range(20)]
    for a, m in zip(adders, muls):
        f = compose(a, m, a)
        total += f(r % 50)

    total += pipe(r, make_adder(3), make_multiplier(7), abs, lambda v: v % 1009)
    total += fold(lambda acc, x: (acc * 31 + x) % 1000003, range(2000), r)
    total += fold(max, [(i * 37 + r) % 101 for i in range(300)], 0)

    @memoize
    def paths(rows, cols):
        if rows == 0 or cols == 0:
            return 1
        return paths(rows - 1, cols) + paths(rows, cols - 1)

    total += paths(16, 16) % 1000003 + len(paths.cache)

    for x in range(-40, 40):
        total += polynomial(x, a=2, b=r % 7, c=-5)
        total += polynomial(x)

    subscribe, publish = make_event_bus()
    log = []
    subscribe("tick", lambda p: p + 1)
    subscribe("tick", lambda p: p * 2)
    subscribe("tock", lambda p: log.append(p) or len(log))
    for i in range(200):
        total += sum(publish("tick", i))
        total += publish("tock", i)[0]
        total += len(publish("none", i))

    accs = make_accumulators(30)
    total += sum(f(r) for f in accs)
    ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b,
           "mul": lambda a, b: a * b, "max": max}
    names = sorted(ops)
    for i in range(400):
        total += ops[names[i % 4]](i, r % 13)
    keyed = sorted(range(200), key=lambda v: ((v * 7919) % 211, v))
    total += keyed[0] + keyed[-1] * 3
    total += sum(map(make_multiplier(3), filter(lambda v: v & 1, range(300))))
    return total


def main(n):
    checksum = 0
    for r in range(n):
        checksum = (checksum * 17 + one_round(r)) % 1000000007
    print("polynomial calls=%d" % polynomial.calls)
    print("checksum=%d" % checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
