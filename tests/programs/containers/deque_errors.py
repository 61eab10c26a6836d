# collections.deque errors, as CPython raises them; and mutation during
# iteration and during scans that call __eq__.
from collections import deque


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', repr(r))


d = deque([1, 2, 3])
t('pop empty', lambda: deque().pop())
t('popleft empty', lambda: deque().popleft())
t('maxlen neg', lambda: deque(maxlen=-1))
t('maxlen str', lambda: deque(maxlen='3'))
t('maxlen float', lambda: deque([], 2.0))
t('maxlen big', lambda: deque(maxlen=2 ** 70))
t('not iterable', lambda: deque(5))
t('too many', lambda: deque([], 2, 3))
t('bad kw', lambda: deque(foo=1))
t('kw twice', lambda: deque([1], iterable=[2]))
t('index missing', lambda: d.index(7))
t('index range', lambda: d.index(1, 1))
t('index str start', lambda: d.index(1, 'a'))
t('index none stop', lambda: d.index(1, 0, None))
t('index args', lambda: d.index())
t('remove missing', lambda: d.remove('zz'))
t('insert full', lambda: deque([1, 2], maxlen=2).insert(0, 5))
t('insert bad', lambda: d.insert('a', 1))
t('insert big', lambda: d.insert(2 ** 70, 1))
t('rotate bad', lambda: d.rotate('x'))
t('rotate big', lambda: d.rotate(2 ** 64))
t('rotate float', lambda: d.rotate(1.5))
t('getitem out', lambda: d[3])
t('getitem neg out', lambda: d[-4])
t('getitem slice', lambda: d[1:2])
t('getitem str', lambda: d['a'])
t('getitem big', lambda: d[2 ** 70])
t('dunder getitem big', lambda: d.__getitem__(2 ** 70))
t('getitem float', lambda: d[1.0])


def setitem(k, v):
    d[k] = v


def delitem(k):
    del d[k]


t('setitem out', lambda: setitem(5, 0))
t('setitem slice', lambda: setitem(slice(0, 1), [1]))
t('delitem out', lambda: delitem(-9))
t('delitem slice', lambda: delitem(slice(None)))
t('hash', lambda: hash(d))
t('set of deques', lambda: {deque()})
t('add list', lambda: d + [4])
t('radd list', lambda: [4] + d)
t('sub', lambda: d - d)
t('mul str', lambda: d * 'a')
t('mul float', lambda: d * 1.5)
t('rmul str', lambda: 'a' * d)
t('mul deque', lambda: d * d)
t('mul big', lambda: d * 2 ** 70)
t('dunder mul str', lambda: d.__mul__('x'))
t('dunder add int', lambda: d.__add__(5))
t('dunder eq int', lambda: d.__eq__(5))
t('dunder lt list', lambda: d.__lt__([1]))
t('lt list', lambda: d < [1])
t('le int', lambda: d <= 5)
t('iadd int', lambda: d.__iadd__(5))


def iadd_int():
    q = deque()
    q += 5


def imul_str():
    q = deque([1])
    q *= 'x'


t('iadd op int', iadd_int)
t('imul op str', imul_str)
t('append 0', lambda: d.append())
t('append 2', lambda: d.append(1, 2))
t('pop arg', lambda: d.pop(0))
t('clear arg', lambda: d.clear(1))
t('count 0', lambda: d.count())
t('rotate 2', lambda: d.rotate(1, 2))
t('unbound', lambda: deque.append())
t('wrong self', lambda: deque.append(5, 1))
t('new int', lambda: deque.__new__(int))
t('new ok', lambda: deque.__new__(deque, 1, 2, 3))


def set_maxlen():
    d.maxlen = 3


def set_attr():
    d.foo = 1


t('set maxlen', set_maxlen)
t('set attr', set_attr)
t('no attr', lambda: d.foo)
t('len int', lambda: len(deque) if False else deque.__len__(5))
t('class attr', lambda: setattr(deque, 'x', 1))
t('unhashable member', lambda: deque.__hash__)
print(d)

# mutation during iteration
for label, mutate in [
    ('append', lambda q: q.append(9)),
    ('appendleft', lambda q: q.appendleft(9)),
    ('pop', lambda q: q.pop()),
    ('popleft', lambda q: q.popleft()),
    ('clear', lambda q: q.clear()),
    ('rotate', lambda q: q.rotate(1)),
    ('rotate0', lambda q: q.rotate(0)),
    ('insert', lambda q: q.insert(1, 0)),
    ('remove', lambda q: q.remove(2)),
    ('remove missing', lambda q: q.remove(42) if 42 in q else None),
    ('del', lambda q: q.__delitem__(0)),
    ('extend', lambda q: q.extend([7])),
    ('extend empty', lambda q: q.extend([])),
    ('setitem', lambda q: q.__setitem__(0, 5)),
    ('reverse', lambda q: q.reverse()),
    ('imul1', lambda q: q.__imul__(1)),
    ('imul2', lambda q: q.__imul__(2)),
]:
    q = deque([1, 2, 3])
    seen = []
    try:
        for x in q:
            seen.append(x)
            if len(seen) == 1:
                mutate(q)
    except RuntimeError as e:
        print(label, 'RuntimeError', e, seen)
    else:
        print(label, 'done', seen)

q = deque([1, 2, 3])
it = iter(q)
next(it)
q.append(4)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print('again', e)
print(it.__length_hint__())
r = reversed(q)
q.pop()
t('reversed mutated', lambda: next(r))
e = deque()
it = iter(e)
e.append(1)
t('empty then append', lambda: next(it))
m = deque([1], maxlen=1)
it = iter(m)
m.append(2)
t('trimmed append', lambda: next(it))


class Mut:
    def __init__(self, q, action):
        self.q = q
        self.action = action

    def __eq__(self, other):
        self.action(self.q)
        return False


for name in ['count', 'index', 'contains', 'remove', 'eq']:
    q = deque([1, 2, 3])
    m = Mut(q, lambda q: q.append(0))
    q.appendleft(m)
    if name == 'count':
        t(name, lambda: q.count(5))
    elif name == 'index':
        t(name, lambda: q.index(5))
    elif name == 'contains':
        t(name, lambda: 5 in q)
    elif name == 'remove':
        t(name, lambda: q.remove(5))
    else:
        t(name, lambda: q == deque([5, 2, 3, 4]))

q = deque([1, 2, 3])
q.appendleft(Mut(q, lambda q: q.__setitem__(1, 'x')))
t('count setitem', lambda: (q.count(5), list(q)[1:]))


class Boom:
    def __eq__(self, other):
        raise ValueError('boom')


t('eq raises', lambda: deque([Boom()]) == deque([1]))
t('in raises', lambda: 1 in deque([Boom()]))
t('remove raises', lambda: deque([Boom(), 2]).remove(2))


def gen():
    yield 1
    yield 2
    raise KeyError('stop')


q = deque()
t('extend gen raises', lambda: q.extend(gen()))
print(q)


class Sub(deque):
    def __init__(self, *a):
        super().__init__(*a)


class BadCopy(deque):
    def __new__(cls, *a):
        return [1]

    def __init__(self, *a):
        pass


t('sub copy', lambda: Sub([1, 2]).copy())
bc = deque.__new__(BadCopy)
t('bad copy', lambda: bc.copy())
t('bad mul', lambda: bc * 2)
t('layout conflict', lambda: type('X', (deque, list), {}))
t('sub hash', lambda: hash(Sub()))
t('sub lt', lambda: Sub() < 3)
