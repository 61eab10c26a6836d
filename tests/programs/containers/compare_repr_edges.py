# Containers: recursive reprs, comparisons, min/max/sorted, range/slice edge cases, list/dict/set errors, dict views.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
a = [1, 2]; a.append(a); print(a, repr(a), str(a))
d = {'k': 1}; d['self'] = d; print(d)
b = [d, a]; print(b)
tt = (a,); print(tt)
class R:
    def __repr__(self): return f'R({self.x!r})'
r = R(); r.x = [r]; print(r)
s = {1, 2}; print({frozenset(s): [s]})
from collections import OrderedDict, deque, defaultdict
od = OrderedDict(a=1); od['me'] = od; print(od)
dq = deque([1]); dq.append(dq); print(dq)
dd = defaultdict(list); dd['x'].append(dd); print(dd)
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], (1, 'a') < (1, 'b'), [] == [], [1] == (1,), (1, 2) != (1, 2))
n = float('nan'); print({n: 1}[n], len({n, n}))
t(lambda: [1, 'a'] < [1, 2]); t(lambda: (1, None) < (1, 2)); t(lambda: {1} < {1, 2}); t(lambda: {1: 2} == {1: 2.0}); t(lambda: {1: 2} < {1: 3}); t(lambda: [1] < 'a')
print({1, 2} <= {1, 2}, {1} < {1}, frozenset([1]) == {1}, {1, 2} ^ {2, 3}, {1, 2} - {2}, {1} | frozenset([2]), type(frozenset([1]) | {2}).__name__)
print(sorted({3, 1, 2}), min([3, 1, 2]), max('abc'), sorted([(1, 'b'), (1, 'a')]), sorted(['b', 'A', 'a'], key=str.lower))
t(sorted, [1, 'a']); t(min, []); t(max, [], default=5); t(min, 1); t(max, 1, 2, key=lambda x: -x); t(min, [1], [2]); t(max, (), default=None, key=None)
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print('eq', self.v, o.v); return self.v == o.v
    __hash__ = None
print(E(1) in [E(0), E(1), E(2)], [E(1)] == [E(1)], [E(1)].index(E(1)), [E(1), E(1)].count(E(1)))
x = E(5); print(x in [x], [x] == [x])
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'Lt({self.v})'
print(sorted([Lt(3), Lt(1), Lt(2)]), max([Lt(3), Lt(1)]), min(Lt(3), Lt(1)))
t(lambda: Lt(1) > Lt(2)); t(lambda: Lt(1) <= Lt(2))
print(list(range(10))[::-3], list(range(10))[-3:100], 'abcdef'[::2], (1,2,3)[5:], list(range(0, 10, 3))[1:], range(0, 10, 3)[1:], range(10)[::-1], range(5)[-1], range(0))
t(lambda: range(5)[10]); t(lambda: range(1, 2, 0)); t(range, 1.5); t(lambda: range(10)[::0]); t(len, range(2**70)); t(lambda: range(2**70)[2**69]); print(range(2**70)[-1], 5 in range(0, 10, 5), 3 in range(0, 10, 5), range(0, 3) == range(0, 3, 1), range(0) == range(5, 5), hash(range(3)) == hash(range(0, 3)))
print(range(10).index(3), range(10).count(3), range(-5, 5, 2), repr(range(1, 2, 1)), reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
t(range(10).index, 11); t(range(10).index, 'a')
sl = slice(1, 10, 2); print(sl, sl.indices(5), slice(None).indices(3), slice(-100, 100, -1).indices(10), slice(5), hash is not None)
t(slice(0, 1, 0).indices, 5); t(slice(1).indices, -1); t(hash, slice(1)); t(lambda: slice(1) < slice(2)); print(slice(1, 2) == slice(1, 2), slice(1) == slice(None, 1))
l = [1, 2, 3, 4, 5]; l[1:3] = 'ab'; print(l); l[::2] = [0, 0, 0]; print(l); t(lambda: l.__setitem__(slice(None, None, 2), [1])); del l[::2]; print(l); l[5:] = [9]; print(l)
t(lambda: [].pop()); t(lambda: [1].pop(5)); t(lambda: [].remove(1)); t(lambda: [1].index(2)); t(lambda: [1].index(1, 5)); t(lambda: [1, 2, 3].index(3, -1)); t(lambda: {}.popitem()); t(lambda: set().pop()); t(lambda: {1}.remove(2)); t(lambda: {}.pop('k')); print({}.pop('k', 'dflt'))
t(lambda: [1, 2].insert(100, 3)); d2 = {}; print(d2.setdefault('a', []), d2, dict.fromkeys('ab', 0), dict([('a', 1)], b=2), dict(zip('ab', [1, 2])))
t(dict, [1]); t(dict, [(1, 2, 3)]); t(dict, 5); t(lambda: dict({}, **{1: 2})); t(list, 5); t(tuple, None); t(set, [[1]]); t(frozenset, [{}]); t(lambda: {[]})
dv = {'a': 1, 'b': 2}; ks = dv.keys(); print(ks, dv.values(), dv.items(), ks & {'a'}, sorted(ks | {'c'}), ks - {'a'}, sorted(ks ^ {'a', 'z'}), 'a' in ks, ('a', 1) in dv.items(), list(reversed(dv)))
print(ks == {'a', 'b'}, dv.items() == {('a', 1), ('b', 2)}, dv.values() == dv.values(), ks.isdisjoint({'z'}), len(dv.items()), ks.mapping)
t(lambda: dv.values() | {1}); t(hash, ks)
it = iter(dv)
dv['c'] = 3
t(next, it)
dv2 = {1: 1}
try:
    for k in dv2:
        dv2[k + 1] = 1
except RuntimeError as e:
    print(e)
s3 = {1}
try:
    for v in s3: s3.add(v + 1)
except RuntimeError as e: print(e)
print({**{'a': 1}, 'b': 2}, [*range(3), *'ab'], {*'aa'}, dict(a=1) | dict(b=2), {'a': 1} | {'a': 2})
t(lambda: {'a': 1} | [('b', 2)]); dm = {'x': 1}; dm |= [('y', 2)]; print(dm)
