# collections.deque is a native type: methods, maxlen, iteration,
# comparisons, operators, repr, copy/pickle, subclassing.
import copy
import pickle
import weakref
from collections import deque
import _collections

print(deque is _collections.deque, type(deque), deque.__module__, deque.__name__, deque.__qualname__)
print(repr(deque), deque([1, 2]), deque(), deque(range(5), 3), deque('abc', maxlen=0))
print(type(iter(deque())), type(reversed(deque())), _collections._deque_iterator)

d = deque()
for i in range(10):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend([100, 200])
d.extendleft('xy')
print(d)
d.extend(d)
print(len(d), d.count(100), d.count('nope'))
d.clear()
print(d, d.maxlen)

# maxlen trimming from either end
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(9)
print(b)
b.appendleft(-1)
print(b)
b.extend(range(10, 15))
print(b)
b.extendleft([7, 8])
print(b)
z = deque([1, 2], maxlen=0)
z.append(5)
z.extend(range(3))
print(z, len(z))
print(deque([1, 2, 3], maxlen=None), deque(maxlen=True), deque(iterable=[1], maxlen=5))

# index/count/insert/remove/reverse/rotate
d = deque('abcdefab')
print(d.index('b'), d.index('b', 2), d.index('a', -3), d.index('a', 1, 100), d.count('a'))
d.insert(0, 'S')
d.insert(100, 'E')
d.insert(-1, 'M')
d.insert(-100, 'F')
d.insert(3, 'I')
print(d)
d.remove('a')
print(d)
d.reverse()
print(d)
d.rotate()
print(d)
d.rotate(3)
print(d)
d.rotate(-4)
print(d)
d.rotate(len(d) * 5 + 1)
print(d)
d.rotate(0)
e = deque([1])
e.rotate(5)
print(d, e)
m = deque([1, 2], maxlen=3)
m.insert(1, 9)
print(m)

# item access by int index
d = deque(range(10))
print(d[0], d[-1], d[5], d[-10])
d[0] = 'first'
d[-1] = 'last'
del d[1]
del d[-2]
print(d, 3 in d, 99 in d, 'last' in d)

class Idx:
    def __index__(self):
        return 2
print(d[Idx()], d.index(4, Idx()))

# iteration
d = deque(range(6))
print(list(d), list(reversed(d)), [x * 2 for x in d], sum(d), max(d), sorted(d, reverse=True))
it = iter(d)
print(next(it), next(it), it.__length_hint__(), list(it), it.__length_hint__())
r = reversed(d)
print(next(r), r.__length_hint__(), list(r))
a, *rest = deque([1, 2, 3])
print(a, rest, tuple(deque('xyz')), set(deque([1, 1, 2])) == {1, 2}, dict(deque([(1, 2)])))
d = deque([1, 2, 3])
for x in d:
    d[0] = x  # not a mutation for iterators
print(d)
for x in d:
    d.reverse()  # neither is reverse
    print('rev', x)

# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]), deque([1]) == [1], deque([1]) != [1])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque([1]) >= deque([1, 0]))
print(deque([1, 2]) < deque([1, 2, 0]), deque() < deque([0]), deque([1], maxlen=2) == deque([1]))
nan = float('nan')
print(deque([nan]) == deque([nan]), deque([1.0]) == deque([1]))

# operators
d = deque([1, 2], maxlen=3)
print(d + deque([3, 4]), deque([1]) + d, d * 2, 2 * d, d * 0, d * -1, deque([5]) * 4, deque([5], maxlen=2) * 4)
d += [7, 8]
print(d)
d *= 2
print(d)
q = deque([1, 2, 3])
q *= 1
print(q)
q *= 3
print(q)
q *= 0
print(q)
q += 'ab'
print(q)
qq = q
qq += qq
print(q, qq is q)

# copy and pickle
d = deque([1, [2, 3]], maxlen=5)
c1 = d.copy()
c2 = copy.copy(d)
c3 = copy.deepcopy(d)
d[1].append(4)
print(c1, c2, c3, c1.maxlen, c3.maxlen, c1 is d)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = pickle.loads(pickle.dumps(d, proto))
    print(proto, p, p.maxlen, type(p).__name__)
print(deque([1]).__reduce__()[:3], deque([1], 2).__reduce__()[:3])
print(list(deque('ab').__reduce__()[3]))

# repr recursion
d = deque([1])
d.append(d)
print(d)
l = [deque()]
l[0].append(l)
print(l)
d2 = deque(maxlen=2)
d2.append(d2)
print(d2)

# __class_getitem__, hashing, weakrefs
print(deque[int], deque[int].__origin__ is deque)
try:
    hash(deque())
except TypeError as e:
    print('TypeError', e)
print(deque.__hash__)
w = weakref.ref(d)
print(w() is d)

# subclasses
class MyDeque(deque):
    tag = 'my'

    def append(self, x):
        super().append(x * 10)

    def __repr__(self):
        return 'My' + super().__repr__()

md = MyDeque([1, 2], 3)
md.extra = 'attr'
md.append(3)
md.append(4)
print(md, md.maxlen, md.extra, len(md), md[0], isinstance(md, deque), type(md).__name__)
print(md == deque([20, 30, 40]), md.copy(), type(md.copy()).__name__, md.copy().maxlen)
print(type(md + deque([1])).__name__, md * 1, type(md * 2).__name__)
print(md.__reduce__()[0].__name__, md.__reduce__()[1:3])
pm = pickle.loads(pickle.dumps(md))
print(pm, pm.extra, pm.maxlen, type(pm).__name__)
dm = copy.deepcopy(md)
print(dm, dm.extra)

class Plain(deque):
    pass

p = Plain('abc')
print(p, repr(p), p.maxlen, list(reversed(p)), p.popleft(), p)
p2 = Plain(range(10), maxlen=2)
print(p2)
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)

class Init(deque):
    def __init__(self, n):
        super().__init__(range(n), maxlen=n)

print(Init(3), Init(3).copy() if False else Init(4))

class Cmp(deque):
    def __eq__(self, other):
        return 'custom'

print(Cmp() == deque(), deque() == Cmp())
class WithLen(deque):
    def __len__(self):
        return 42
print(len(WithLen([1])), bool(WithLen()))

# __init__ again resets
d = deque([1, 2, 3], maxlen=5)
d.__init__('ab', 1)
print(d, d.maxlen)
d.__init__()
print(d, d.maxlen)

# deque as a BFS queue
graph = {i: [(i * 2) % 50, (i * 3 + 1) % 50] for i in range(50)}
seen = {0}
order = []
q = deque([0])
while q:
    n = q.popleft()
    order.append(n)
    for m in graph[n]:
        if m not in seen:
            seen.add(m)
            q.append(m)
print(len(order), order[:12])

import collections.abc
print(isinstance(deque(), collections.abc.MutableSequence), issubclass(deque, collections.abc.Sequence))
match deque([1, 2]):
    case [a, b]:
        print('seq', a, b)
    case _:
        print('no match')
