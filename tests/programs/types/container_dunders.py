# Special methods of the builtin containers called directly: set and
# dict-view operators, dict |, list/bytearray in-place ops, range and
# slice dunders, __class_getitem__, __getnewargs__, object's defaults.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s, t = {1, 2, 3}, {2, 3, 4}
fs = frozenset([3, 4, 5])
show("set and", lambda: s.__and__(t))
show("set or", lambda: s.__or__(t))
show("set sub", lambda: s.__sub__(t))
show("set rsub", lambda: s.__rsub__(t))
show("set xor", lambda: s.__xor__(t))
show("set and list", lambda: s.__and__([1]))
show("set or frozenset", lambda: s.__or__(fs))
show("frozenset or set", lambda: fs.__or__(s))
show("frozenset rand", lambda: fs.__rand__(s))
show("set cmp", lambda: (s.__le__(s | t), s.__lt__(s), s.__ge__({1}), s.__gt__({1}), s.__ne__(t)))
show("set lt list", lambda: s.__lt__([1]))
u = {1, 2}
r = u.__ior__({5})
show("set ior", lambda: (r is u, sorted(u)))
show("set iand", lambda: sorted(u.__iand__({1, 5, 9})))
show("set isub", lambda: sorted(u.__isub__({1})))
show("set ixor", lambda: sorted(u.__ixor__({5, 6})))
show("set ior list", lambda: u.__ior__([1]))
show("set descriptor", lambda: set.__and__([1], {1}))

d = {"a": 1, "b": 2}
show("dict or", lambda: d.__or__({"b": 3, "c": 4}))
show("dict ror", lambda: d.__ror__({"b": 3, "c": 4}))
show("dict or list", lambda: d.__or__([("x", 1)]))
e = dict(d)
show("dict ior pairs", lambda: (e.__ior__([("z", 26)]) is e, e))
show("dict op", lambda: ({"x": 1} | {"y": 2}, d | {}))
show("dict lt", lambda: d.__lt__(d))
show("dict lt op", lambda: d < d)

k = d.keys()
show("keys and", lambda: sorted(k.__and__(["a", "z"])))
show("keys or", lambda: sorted(k.__or__(["z"])))
show("keys sub", lambda: sorted(k.__sub__(["a"])))
show("keys rsub", lambda: sorted(k.__rsub__(["a", "q"])))
show("keys xor", lambda: sorted(k.__xor__({"a", "q"})))
show("set and keys", lambda: sorted({"a", "q"} & k))
show("set sub keys", lambda: sorted({"a", "q"} - k))
show("list or keys", lambda: sorted(["q"] | k))
show("keys and int", lambda: k.__and__(5))
show("items and", lambda: d.items().__and__([("a", 1), ("b", 5)]))
show("keys cmp", lambda: (k.__eq__({"a", "b"}), k.__le__({"a", "b", "c"}), k.__lt__({"a"}), k == {"a", "b"}))
show("keys reversed", lambda: list(k.__reversed__()))
show("values reversed", lambda: list(reversed(d.values())))
show("items reversed", lambda: list(d.items().__reversed__()))
show("mapping", lambda: (k.mapping, d.values().mapping["a"], dict(d.items().mapping)))

l = [1, 2]
show("list imul", lambda: (l.__imul__(3) is l, l))
show("list imul zero", lambda: (l.__imul__(0), l))
show("list imul str", lambda: [1].__imul__("a"))
show("list imul op", lambda: ((lambda x: (x.__imul__(2), x))([7])))
show("class_getitem", lambda: (list.__class_getitem__(int), dict.__class_getitem__((str, int)), tuple[int, ...], set[int], frozenset[str]))
show("class_getitem origin", lambda: (list[int].__origin__, dict[str, int].__args__))

show("range bool", lambda: (range(0).__bool__(), range(3).__bool__(), range(5, 1).__bool__()))
show("range len", lambda: (range(10).__len__(), range(0, 10, 3).__len__()))
show("range getitem", lambda: (range(10).__getitem__(3), range(10).__getitem__(slice(2, 8, 2))))
show("range getitem out", lambda: range(3).__getitem__(5))
show("range contains", lambda: (range(10).__contains__(4), range(0, 10, 2).__contains__(3)))
show("range iter", lambda: list(range(4).__iter__()))
show("range reversed", lambda: (list(range(1, 10, 3).__reversed__()), list(range(0).__reversed__())))
show("range eq", lambda: (range(0, 3).__eq__(range(3)), range(0).__eq__(range(5, 1)), range(3).__ne__(range(4))))
show("range lt", lambda: range(3).__lt__(range(4)))
show("range hash eq", lambda: hash(range(0, 3)) == hash(range(3)))

show("slice cmp", lambda: (slice(1, 2).__eq__(slice(1, 2)), slice(1, 2).__lt__(slice(1, 3)), slice(1, 2) < slice(1, 3), slice(2).__ge__(slice(1))))
show("slice lt int", lambda: slice(1).__lt__(1))

show("getnewargs", lambda: ("ab".__getnewargs__(), (1, 2).__getnewargs__(), b"x".__getnewargs__()))
show("str rmod", lambda: ("%s".__rmod__(3), str.__rmod__("a", "<%s>")))

class A:
    pass

a = A()
show("getstate empty", lambda: a.__getstate__())
a.x = 1
show("getstate", lambda: a.__getstate__())

class S:
    __slots__ = ("p", "q")

o = S()
o.p = 5
show("getstate slots", lambda: o.__getstate__())
show("getstate builtin", lambda: ((1).__getstate__(), [1].__getstate__(), object().__getstate__()))
show("reduce", lambda: a.__reduce__()[1:])
show("reduce_ex 2", lambda: a.__reduce_ex__(2)[1:])
show("object cmp", lambda: (object().__lt__(1), a.__ge__(a)))
show("object lt op", lambda: a < a)
import copy
b = copy.copy(a)
show("copy", lambda: (b.x, type(b).__name__))
o2 = copy.deepcopy(o)
show("deepcopy slots", lambda: (o2.p, hasattr(o2, "q")))

import functools

@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v

show("total_ordering", lambda: (V(1) <= V(2), V(3) > V(2), V(2) >= V(2)))
