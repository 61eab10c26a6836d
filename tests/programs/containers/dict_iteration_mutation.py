# A dict whose keys change while its size stays raises during iteration;
# dict subclasses that keep dict's __iter__ are merged from their storage
# (dict(x), update, {**x}, f(**x)), as CPython's dict_merge does.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def same_size():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 0
    return d
t(same_size)
def same_size_values():
    d = {1: 1, 2: 2}
    for v in d.values():
        d.pop(1, None); d[3] = 3
    return d
t(same_size_values)
def items_change():
    d = {1: 1, 2: 2}
    for kv in d.items():
        d.clear(); d.update({5: 5, 6: 6})
    return d
t(items_change)
def change_value_ok():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 5
    return d
t(change_value_ok)
def grow():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
t(grow)
def set_same_size():
    s = {1, 2}
    for x in s:
        s.discard(x); s.add(x + 10)
    return s
t(set_same_size)
class D(dict):
    def keys(self):
        return ['a']
    def __getitem__(self, k):
        return 'item-' + k
dd = D(a=1, b=2)
t(lambda: dict(dd))
t(lambda: {**dd})
def upd():
    x = {}
    x.update(dd)
    return x
t(upd)
def f(**kw): return kw
t(lambda: f(**dd))
class M:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k * 2
t(lambda: dict(M()))
t(lambda: {**M()})
t(lambda: f(**M()))
class D2(dict):
    def __iter__(self): return iter(['zz'])
d2 = D2(a=1)
t(lambda: dict(d2))
t(lambda: list(d2))
import operator
d = {1: 2, 3: 4}
it = iter(d)
print(operator.length_hint(it))
next(it)
print(operator.length_hint(it))
d[9] = 9
print(operator.length_hint(it))
try:
    next(it)
except RuntimeError as e:
    print(e)
for _ in range(2):
    try:
        print(list(it))
    except RuntimeError as e:
        print("again:", e)
s = {1, 2}
si = iter(s)
s.add(3)
for _ in range(2):
    try:
        next(si)
    except RuntimeError as e:
        print(e)
