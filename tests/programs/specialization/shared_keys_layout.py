# Instances in the shared-keys layout meet specialized attribute sites
# (LOAD_ATTR/STORE_ATTR_INSTANCE_VALUE, LOAD_METHOD_INSTANCE and
# WITH_DICT) after warm-up, then leave it: deletions, attributes set in
# another order, __dict__ taken or replaced, __class__ assigned, many
# attributes, non-identifier and str-subclass names.


class Point:
    def __init__(self, x, y, swap=False):
        if swap:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y

    def total(self):
        return self.x + self.y

    def shift(self, d):
        self.x = self.x + d
        return self


def read_all(points):
    out = []
    for p in points:
        out.append((p.x, p.y, p.total()))
    return out


def bump_all(points):
    for p in points:
        p.shift(1)
        p.y = p.y * 2


def run(label, points):
    bump_all(points)
    print(label, read_all(points))
    print(label, [vars(p) for p in points])


base = [Point(i, i + 1) for i in range(12)]
run("warm", base)

# Attributes set in the other order: the dict keeps that order.
odd = [Point(i, -i, swap=(i % 2 == 0)) for i in range(6)]
run("swapped", odd)

# A deletion after warm-up, then the attribute back.
gone = [Point(i, i) for i in range(5)]
del gone[2].x
try:
    read_all(gone)
except AttributeError as e:
    print("deleted:", e)
gone[2].x = 100
run("restored", gone)

# The __dict__ taken (and written through) in the middle of a run.
taken = [Point(i, 2 * i) for i in range(6)]
d = taken[3].__dict__
d["x"] = 50
d["extra"] = "e"
run("dict taken", taken)
print(taken[3].extra, d is taken[3].__dict__)

# __dict__ replaced by another dict.
rep = [Point(i, i) for i in range(4)]
rep[1].__dict__ = {"y": 7, "x": 8, "z": 9}
run("dict replaced", rep)


# __class__ assigned between two classes whose instances set their
# attributes in different orders.
class Other:
    def __init__(self):
        self.y = 1
        self.x = 2

    def total(self):
        return 1000 + self.x + self.y

    def shift(self, d):
        self.x -= d
        return self


mixed = [Point(i, i) for i in range(6)] + [Other() for _ in range(3)]
run("two classes", mixed)
mixed[0].__class__ = Other
mixed[7].__class__ = Point
run("class assigned", mixed)


# Subclass instances at the base class's sites.
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


sub = [Point3(i, i, i) for i in range(4)] + [Point(9, 9)]
run("subclass", sub)


# An instance attribute shadowing a method after the site warmed up.
def totals(points):
    return [p.total() for p in points]


shadow = [Point(i, 1) for i in range(10)]
print(totals(shadow))
shadow[4].total = lambda: "own"
print(totals(shadow))
del shadow[4].total
print(totals(shadow))
Point.total = lambda self: self.x * 10
print(totals(shadow))


# A callable instance attribute (LOAD_METHOD_INSTANCE), then replaced.
class Holder:
    def __init__(self, f):
        self.f = f


def call_all(hs):
    return [h.f(2) for h in hs]


hs = [Holder(lambda v, k=k: v * k) for k in range(8)]
print(call_all(hs))
hs[3].f = str
del hs[5].f
try:
    call_all(hs)
except AttributeError as e:
    print("no f:", e)
hs[5].f = abs
print(call_all(hs))


# More attributes than a class shares.
class Wide:
    pass


def fill(n):
    w = Wide()
    for i in range(n):
        setattr(w, "a%d" % i, i)
    return w


ws = [fill(40), fill(10), fill(35)]
for w in ws:
    print(len(vars(w)), w.a0, w.a9, getattr(w, "a34", None), list(vars(w))[-2:])


# Names that are not identifiers, built at run time, or str subclasses.
class Name(str):
    pass


odd_names = Wide()
setattr(odd_names, "with space", 1)
setattr(odd_names, "a" + "b" * 2, 2)
setattr(odd_names, Name("sub"), 3)
print(vars(odd_names), odd_names.abb, odd_names.sub, getattr(odd_names, "with space"))
print(sorted(k for k in vars(odd_names)))


# Stores that only replace values keep the shared layout; a store of a
# new attribute in the middle of a loop joins it.
def grow(points, name):
    for n, p in enumerate(points):
        setattr(p, name, n)
        p.x = n


grown = [Point(0, 0) for _ in range(10)]
grow(grown, "w")
grow(grown[::2], "v")
print([vars(p) for p in grown[:4]])
