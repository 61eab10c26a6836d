# Assigning __dict__: the object uses the given dict itself from then on
# (identity, later changes through either name, the AttrDict idiom), for
# plain instances, builtin subclasses and functions; a second assignment
# replaces the first.


class Plain:
    def __init__(self):
        self.a = 1


p = Plain()
d = {"x": 1}
p.__dict__ = d
d["y"] = 2
p.z = 3
print(p.__dict__ is d, p.y, d, hasattr(p, "a"))
e = {"w": 9}
p.__dict__ = e
print(p.__dict__ is e, p.w, hasattr(p, "x"), d)


class Bunch:
    def __init__(self, **kw):
        self.__dict__ = kw


b = Bunch(p=1, q=2)
b.r = 3
print(b.p, b.q, vars(b), sorted(b.__dict__))


class AttrDict(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.__dict__ = self


ad = AttrDict(k=1)
ad.m = 2
ad["n"] = 3
print(ad.k, ad["m"], ad.n, ad, ad.__dict__ is ad)


class MyList(list):
    pass


ml = MyList([1, 2])
print(vars(ml))
ml.tag = "t"
print(vars(ml), ml)
shared = {"s": 5}
ml.__dict__ = shared
print(ml.s, ml.__dict__ is shared)


def f():
    return 1


f.__dict__ = {"attr": 7}
print(f.attr)

for bad in [None, [], 5]:
    try:
        p.__dict__ = bad
    except TypeError as exc:
        print("TypeError", exc)
try:
    object().__dict__ = {}
except AttributeError as exc:
    print("AttributeError", exc)

# Shared-keys instances assigned a dict after warm-up.
objs = [Plain() for _ in range(10)]
for i, o in enumerate(objs):
    if i == 5:
        o.__dict__ = {"a": "five"}
    print(o.a, end=" ")
print()

# object.__repr__ and object.__format__ on builtin values; qualnames of
# builtin methods.
print(object.__repr__(5).split(" at ")[0], object.__repr__([]).split(" at ")[0], object.__repr__(Plain()).split(" at ")[0])
print(repr(object.__format__(5, "")), object.__format__(Plain(), "").split(" at ")[0])
for v, spec in [(5, "x"), (1.5, ".1f"), ("s", ">3"), (Plain(), "x")]:
    try:
        print(object.__format__(v, spec))
    except TypeError as exc:
        print("TypeError", exc)
print(list.append.__qualname__, [].append.__qualname__, int.__add__.__qualname__, (1).__add__.__qualname__)
print(dict.fromkeys.__qualname__, str.maketrans.__qualname__, len.__qualname__, object.__init__.__qualname__)
