# itertools.groupby (native, with its _grouper objects): groups, key
# functions, stale groups, partial consumption and errors.
import itertools as it
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, repr(r))
data = "AAAABBBCCDAABBB"
show("groups", lambda: [(k, list(g)) for k, g in it.groupby(data)])
show("keys", lambda: [k for k, _ in it.groupby(data)])
show("key func", lambda: [(k, list(g)) for k, g in it.groupby(range(10), key=lambda x: x // 3)])
show("key kw", lambda: [(k, "".join(g)) for k, g in it.groupby("aAbB", str.lower)])
show("empty", lambda: list(it.groupby([])))
gb = it.groupby("aabbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
show("stale group", lambda: (k1, list(g1), k2, list(g2)))
gb = it.groupby("aaab")
k, g = next(gb)
show("partial group", lambda: (next(g), [(k, list(g)) for k, g in gb]))
show("sorted groupby", lambda: {k: len(list(g)) for k, g in it.groupby(sorted("mississippi"))})
show("grouper type", lambda: type(next(it.groupby("a"))[1]).__name__)
show("bad key", lambda: list(it.groupby([1, 2], key=5)))
show("bad iter", lambda: it.groupby(5))
show("missing", lambda: it.groupby())
class Weird:
    def __eq__(self, o): raise ValueError("eq")
show("eq error", lambda: [list(g) for k, g in it.groupby([Weird(), Weird()])])
show("unhashable keys fine", lambda: [(k, list(g)) for k, g in it.groupby([[1], [1], [2]])])
print(sum(1 for _ in it.groupby(i // 7 for i in range(1000))))
