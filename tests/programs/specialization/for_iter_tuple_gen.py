# FOR_ITER_TUPLE and FOR_ITER_GEN (and FOR_ITER_LIST exhaustion): iterators
# seen by others, generators exhausted or raising mid-loop.


def total(it):
    t = 0
    for x in it:
        t += x
    return t


def gen(n):
    for i in range(n):
        yield i
    return "done"


def bad_gen():
    yield 1
    raise ValueError("boom in generator")


def stop_gen():
    yield 1
    raise StopIteration("inner stop")


def run():
    tp = tuple(range(10))
    print(sum(total(tp) for _ in range(20)))
    # An exhausted tuple/list iterator stays exhausted.
    for seq in [(1, 2, 3), [1, 2, 3]]:
        it = iter(seq)
        for _ in range(20):
            total(iter(seq))
        print(total(it), end=" ")
        if isinstance(seq, list):
            seq.append(10)
        print(list(it), next(it, "empty"))
    lst = [1, 2]
    it = iter(lst)
    for x in it:
        if x == 2:
            lst.append(3)
    lst.append(4)
    print(list(it), lst)

    print(sum(total(gen(10)) for _ in range(20)))
    g = gen(10)
    for x in g:
        if x == 4:
            break
    print("rest:", total(g), total(g), next(g, "exhausted"))
    for mk in [bad_gen, stop_gen]:
        try:
            print(total(mk()))
        except (ValueError, RuntimeError) as e:
            print(type(e).__name__, e, repr(e.__cause__))

    # A generator that iterates over itself.
    def selfish():
        yield 1
        for x in me:
            yield x
    me = selfish()
    try:
        print(total(me))
    except ValueError as e:
        print("ValueError:", e)

    # The same site sees generators, then other iterables.
    for src in [gen(3), [1, 2], (4,), range(3), iter([5]), map(abs, [-1]), {7: 0}, "x"]:
        try:
            print(total(src))
        except TypeError as e:
            print("TypeError:", e)

    # yield from, and generators closed mid-loop.
    def outer():
        r = yield from gen(5)
        yield len(r)
    print(total(outer()))
    g = gen(100)
    seen = 0
    for x in g:
        seen += 1
        if x == 10:
            g.close()
    print("closed after", seen)

    # Nested generator loops.
    def pairs(n):
        for i in gen(n):
            for j in gen(i):
                yield (i, j)
    print(sum(1 for _ in pairs(20)), sum(i * j for i, j in pairs(15)))


run()


def mid_loop_exhaust():
    # The generator is exhausted by an inner next() while the loop runs.
    g = gen(50)
    got = []
    for x in g:
        got.append(x)
        if x == 20:
            for _ in g:
                pass
    print(len(got), got[-1], next(g, "done"))
    t = (1, 2, 3)
    it = iter(t)
    out = []
    for x in it:
        out.append(x)
        out.append(next(it, None))
    print(out)


mid_loop_exhaust()
