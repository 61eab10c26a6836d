# itertools' chain, islice, count, repeat, product, permutations,
# combinations and combinations_with_replacement: results, edge cases,
# argument errors, reprs, length hints, subclasses and partial consumption.
import itertools as it
import operator


def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, repr(r))


show("chain", lambda: list(it.chain("ab", [1, 2], (), range(3))))
show("chain empty", lambda: list(it.chain()))
show("from_iterable", lambda: list(it.chain.from_iterable(["ab", "cd", []])))
show("from_iterable gen", lambda: list(it.chain.from_iterable(range(i) for i in range(4))))
show("chain bad", lambda: list(it.chain([1], 5)))
show("chain lazy", lambda: next(it.chain([1], 5)))
show("chain kw", lambda: it.chain(a=1))
c = it.chain([1, 2], [3])
print(next(c), list(c), list(c), iter(c) is c)
show("chain type", lambda: (type(c).__name__, type(c).__module__, isinstance(c, it.chain)))

data = list(range(10))
for args in [(3,), (2, 8), (2, 8, 3), (None,), (None, None), (5, None, 2), (0,), (10, 2), (3, 3), (20,), (1, 2, 1)]:
    show(f"islice{args}", lambda: list(it.islice(data, *args)))
for bad in [(-1,), (1, -1), ("a",), (1, 2, 0), (1, 2, -1), (1.5,), (), (1, 2, 3, 4)]:
    show(f"islice bad {bad}", lambda: it.islice(data, *bad))
src = iter(range(10))
show("islice consumes", lambda: (list(it.islice(src, 2, 4)), next(src)))
src = iter(range(10))
show("islice stop consumes", lambda: (list(it.islice(src, 3, 3)), next(src)))
show("islice count", lambda: list(it.islice(it.count(), 5, 25, 5)))
s = it.islice(range(100), 0, None, 10)
print(next(s), next(s), list(s))

show("count", lambda: list(it.islice(it.count(), 4)))
show("count start step", lambda: list(it.islice(it.count(10, -3), 4)))
show("count float", lambda: list(it.islice(it.count(0.5, 0.25), 4)))
show("count kw", lambda: list(it.islice(it.count(step=2, start=1), 3)))
show("count big", lambda: list(it.islice(it.count(2**63 - 2), 4)))
show("count complex", lambda: list(it.islice(it.count(1j, 1), 2)))
show("count bad", lambda: it.count("a"))
show("count bad step", lambda: it.count(1, "x"))
cn = it.count(5)
next(cn)
print(repr(cn), repr(it.count(2, 3)), repr(it.count(1.5)), repr(it.count(0, 1.0)))

show("repeat", lambda: list(it.repeat("x", 3)))
show("repeat neg", lambda: list(it.repeat("x", -2)))
show("repeat kw", lambda: list(it.repeat(object=1, times=2)))
show("repeat bad", lambda: it.repeat(1, "2"))
show("repeat missing", lambda: it.repeat())
r = it.repeat(7, 3)
next(r)
print(repr(r), operator.length_hint(r), repr(it.repeat([1])), r.__length_hint__())
show("repeat inf hint", lambda: it.repeat(1).__length_hint__())
show("repeat map", lambda: list(map(pow, range(4), it.repeat(2))))

show("product", lambda: list(it.product("ab", range(2))))
show("product repeat", lambda: list(it.product([0, 1], repeat=3)))
show("product none", lambda: list(it.product()))
show("product empty", lambda: list(it.product("ab", [])))
show("product repeat 0", lambda: list(it.product("ab", repeat=0)))
show("product bad", lambda: it.product([1], repeat=-1))
show("product bad kw", lambda: it.product([1], times=2))
show("product bad type", lambda: it.product([1], repeat="2"))

for r in [None, 0, 1, 2, 3, 4]:
    show(f"permutations r={r}", lambda: list(it.permutations("abc", r)))
    show(f"combinations r={r}", lambda: list(it.combinations("abcd", r)) if r is not None else None)
    show(f"cwr r={r}", lambda: list(it.combinations_with_replacement("abc", r)) if r is not None else None)
show("permutations empty", lambda: list(it.permutations([])))
show("combinations empty", lambda: list(it.combinations([], 0)))
show("cwr empty", lambda: list(it.combinations_with_replacement([], 2)))
show("cwr empty 0", lambda: list(it.combinations_with_replacement([], 0)))
show("permutations bad", lambda: it.permutations("ab", -1))
show("permutations float", lambda: it.permutations("ab", 1.0))
show("combinations missing", lambda: it.combinations("ab"))
show("combinations kw", lambda: list(it.combinations(r=1, iterable="ab")))
show("permutations count", lambda: sum(1 for _ in it.permutations(range(7))))
show("combinations count", lambda: sum(1 for _ in it.combinations(range(15), 5)))


class MyChain(it.chain):
    def extra(self):
        return "extra"


mc = MyChain([1], [2])
print(type(mc).__name__, mc.extra(), list(mc))
print(repr(it.chain)[:25], it.permutations.__name__, it.count.__module__)
show("sum permutations", lambda: sum(map(sum, it.permutations(range(5), 3))))

# cycle, accumulate, starmap, takewhile, dropwhile, filterfalse, compress,
# pairwise and zip_longest.
show("cycle", lambda: list(it.islice(it.cycle("abc"), 8)))
show("cycle empty", lambda: list(it.cycle([])))
show("cycle one", lambda: list(it.islice(it.cycle([7]), 3)))
src = iter([1, 2])
cy = it.cycle(src)
print(next(cy), next(cy), next(cy), list(src))
show("accumulate", lambda: list(it.accumulate([1, 2, 3, 4])))
show("accumulate func", lambda: list(it.accumulate([3, 1, 4, 1, 5], max)))
show("accumulate initial", lambda: list(it.accumulate([1, 2], initial=10)))
show("accumulate initial empty", lambda: list(it.accumulate([], initial=10)))
show("accumulate empty", lambda: list(it.accumulate([])))
show("accumulate kw func", lambda: list(it.accumulate([1, 2, 3], func=operator.mul)))
show("accumulate strs", lambda: list(it.accumulate("abc")))
show("starmap", lambda: list(it.starmap(pow, [(2, 3), (3, 2), [10, 1]])))
show("starmap gen", lambda: list(it.starmap(lambda *a: a, ((i, i) for i in range(3)))))
show("takewhile", lambda: list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
show("dropwhile", lambda: list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
show("filterfalse", lambda: list(it.filterfalse(lambda x: x % 2, range(7))))
show("filterfalse none", lambda: list(it.filterfalse(None, [0, 1, "", "a", None])))
show("compress", lambda: list(it.compress("abcdef", [1, 0, 1, 1])))
show("compress kw", lambda: list(it.compress(data="abc", selectors=[0, 1, 1])))
show("pairwise", lambda: list(it.pairwise("abcd")))
show("pairwise short", lambda: (list(it.pairwise("a")), list(it.pairwise(""))))
show("zip_longest", lambda: list(it.zip_longest("abc", [1], fillvalue="-")))
show("zip_longest none", lambda: list(it.zip_longest()))
show("zip_longest one", lambda: list(it.zip_longest([1, 2])))
tw = it.takewhile(lambda x: x < 2, iter([0, 1, 2, 3]))
print(list(tw), list(tw))
for f in [lambda: it.cycle(), lambda: it.cycle(1, 2), lambda: it.cycle(x=1), lambda: it.starmap(pow),
          lambda: it.takewhile(bool), lambda: it.dropwhile(), lambda: it.filterfalse(None),
          lambda: it.compress([1]), lambda: it.pairwise(), lambda: it.pairwise(iterable=[1]),
          lambda: it.zip_longest([1], x=2), lambda: it.accumulate(), lambda: it.accumulate([1], x=2),
          lambda: it.accumulate([1], max, 3), lambda: list(it.starmap(pow, [1])), lambda: it.cycle(5),
          lambda: it.zip_longest(5), lambda: list(it.accumulate([1, "a"]))]:
    show("error", f)
