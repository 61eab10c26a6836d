# __new__ of the mutable containers and the final types, how subclasses
# construct through them, and the reductions copy and pickle use.
import copy
import pickle


class L(list):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.made_by = "L.__new__"
        return self


class D(dict):
    def __new__(cls, *args, **kw):
        self = super().__new__(cls)
        self["seeded"] = True
        return self


class S(set):
    def __new__(cls, items=()):
        return super().__new__(cls, items)


class BA(bytearray):
    pass


l = L([1, 2])
print(type(l).__name__, l, l.made_by)
print(D(), D(a=1), D([("k", 2)]))
print(S([3, 1]) == {1, 3}, type(S()).__name__)
print(list.__new__(L, 1, 2, 3), dict.__new__(dict), set.__new__(set, [1, 2]))
print(range.__new__(range, 2, 8, 3), slice.__new__(slice, 4), bool.__new__(bool, [0]))
print(bytearray.__new__(bytearray, b"ignored"), BA(b"ab"), BA(3), BA("x", "ascii"))
for bad in (lambda: list.__new__(int), lambda: list.__new__(5), lambda: list.__new__(), lambda: set.__new__(set, x=1),
            lambda: object.__new__(L), lambda: dict.__new__(list)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

print(set([2, 1]).__reduce__()[0], sorted(set([2, 1]).__reduce__()[1][0]), set().__reduce__()[2])
print(frozenset([5]).__reduce__())
print(range(1, 9, 2).__reduce__(), slice(1, 2).__reduce__(), slice(None).__reduce__())
print(bytearray(b"ab").__reduce__(), bytearray().__reduce__())
for proto in range(6):
    print(proto, bytearray(b"\xffz").__reduce_ex__(proto))


class S2(set):
    pass


s = S2([1])
s.tag = "t"
print(s.__reduce__())
ba = BA(b"q")
ba.n = 1
print(ba.__reduce__(), ba.__reduce_ex__(4))
for obj in (s, ba, range(3, 30, 4), slice(1, None, 2), {1, 2}, frozenset({3}), bytearray(b"xyz"), L([4])):
    c = copy.copy(obj)
    d = copy.deepcopy(obj)
    p = pickle.loads(pickle.dumps(obj))
    print(type(c).__name__, c == obj, d == obj, p == obj, getattr(p, "__dict__", None))
