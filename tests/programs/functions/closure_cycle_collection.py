# Cycles through closures are freed by gc.collect() (and automatically),
# and nothing that is still reachable -- from a frame, a global, a
# generator, an attribute, a default -- loses any of its contents.
import gc
import weakref


class Box:
    pass


def make_cycle(tag):
    # `helper` refers to itself through its cell: a cycle.
    data = {"tag": tag, "items": [tag] * 3}

    def helper(n):
        return data["tag"] if n == 0 else helper(n - 1)

    helper.data = data
    return helper


def memoize(function):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = function(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


def dropped_cycle():
    h = make_cycle("gone")
    box = Box()
    box.h = h
    h.box = box
    return weakref.ref(h), weakref.ref(box)


ref_h, ref_box = dropped_cycle()
print("before collect:", ref_h() is not None, ref_box() is not None)
found = gc.collect()
print("after collect:", ref_h() is None, ref_box() is None, found > 0)

# Still referenced: from a global, a local, a list, an attribute, a default
# argument and a suspended generator.
kept_global = make_cycle("global")


def gen_holding():
    h = make_cycle("generator")
    yield h(2)
    yield h(3)


def use(default=make_cycle("default")):
    return default(1)


def check_locals():
    local = make_cycle("local")
    in_list = [make_cycle("list")]
    holder = Box()
    holder.h = make_cycle("attribute")
    g = gen_holding()
    first = next(g)
    for _ in range(3):
        gc.collect()
    return local(4), in_list[0](2), holder.h(1), first, next(g), use(), kept_global(5), local.data["items"]


print(check_locals())


# A memoizing recursive closure, remade many times: automatic collections
# run while the recursion is in progress.
def count_paths(n):
    @memoize
    def paths(r, c):
        if r == 0 or c == 0:
            return 1
        return paths(r - 1, c) + paths(r, c - 1)

    return paths(n, n), len(paths.cache)


total = 0
refs = []
for i in range(3000):
    p, size = count_paths(i % 9)
    total += p + size
    if i % 500 == 0:
        refs.append(weakref.ref(make_cycle(i)))
print(total)
gc.collect()
print([r() is None for r in refs])

# Collections with closures live on the value stack, in the middle of
# building a container.
fs = [make_cycle(i) for i in range(2500)]
print(sum(f(2) for f in fs), len({id(f.data) for f in fs}))
del fs

# gc.disable() stops automatic collection; gc.collect() still works.
gc.disable()
r = weakref.ref(make_cycle("disabled"))
for i in range(2500):
    make_cycle(i)
print("disabled, still there:", r() is not None)
gc.enable()
gc.collect()
print("enabled, collected:", r() is None)
