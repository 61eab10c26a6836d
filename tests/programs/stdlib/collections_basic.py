# collections: namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap
from collections import namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap
import collections.abc

Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[1], len(p))
print(p._asdict(), p._replace(y=10), Point._fields, Point._make([7, 8]))
x, y = p
print(x + y, p == (3, 4), isinstance(p, tuple))
P3 = namedtuple('P3', 'a b c', defaults=[0, 1])
print(P3(5), P3(1, 2, 3), P3._field_defaults)
R = namedtuple('R', 'def class', rename=True)
print(R._fields)

d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d))
print(d.pop(), d.popleft(), d)
d.rotate(3)
print(d)
d.rotate(-1)
print(d, d[0], d[-1], 2 in d, d.count(0), d.index(-3))
d.extend([7, 8])
d.extendleft([9, 10])
print(d)
d.reverse()
print(d, list(reversed(d)))
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(99)
print(m)
m.appendleft(-1)
print(m)
print(deque('abc') == deque('abc'), deque([1, 2]) < deque([1, 3]))
try:
    deque().pop()
except IndexError as e:
    print('IndexError', e)
e = deque([1, 2, 3])
e.remove(2)
del e[0]
print(e, bool(e), bool(deque()))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2)

c = Counter('mississippi')
print(sorted(c.items()))
print(c.most_common(2), c['s'], c['zz'])
c.update('spam')
print(c['s'], c['m'], c.total())
c2 = Counter(a=3, b=1)
c3 = Counter(a=1, b=2)
print(c2 + c3, c2 - c3, c2 & c3, c2 | c3)
print(sorted(Counter([1, 1, 2, 3, 3, 3]).elements()))
c2.subtract({'a': 5})
print(c2, +c2, -c2)
print(Counter('abcab').most_common())

od = OrderedDict()
od['z'] = 1
od['a'] = 2
od['m'] = 3
print(od, list(od.keys()))
od.move_to_end('z')
print(list(od))
od.move_to_end('m', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))

dd = defaultdict(int)
for ch in 'hello world':
    dd[ch] += 1
print(sorted(dd.items()))
dl = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dl[k].append(v)
print(dl, dl.default_factory)
print(dict(dl), 'c' in dl, dl.get('c'))
dn = defaultdict()
try:
    dn['missing']
except KeyError as e:
    print('KeyError', e)
print(isinstance(dd, dict), type(dd).__name__)

base = {'color': 'red', 'size': 1}
over = {'color': 'blue'}
cm = ChainMap(over, base)
print(cm['color'], cm['size'], len(cm), sorted(cm))
cm['new'] = 5
print(over, cm.maps)
child = cm.new_child({'size': 9})
print(child['size'], child.parents['size'])
print(dict(cm))
print(isinstance(cm, collections.abc.MutableMapping))
