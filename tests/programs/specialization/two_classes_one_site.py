# A LOAD_ATTR site in a base-class method serving two subclasses' instances
# (the site keeps both classes), then each class changed under it.


class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def get(self):
        return self.v


class A(Base):
    pass


class B(Base):
    pass


class C(Base):
    def __init__(self, v):
        self.w = v      # a different dict layout: 'v' at another index
        self.v = v + 1


def total(objs):
    t = 0
    for o in objs:
        t += o.get()
    return t


objs = [A(i) if i % 2 else B(i) for i in range(40)]
print(total(objs), total(objs))

# A property on one of the two classes must win over the instance dict.
B.v = property(lambda self: -1)
print(total(objs))
del B.v
print(total(objs))

# A third class, and one with another layout.
objs.append(C(5))
print(total(objs), total(objs))


# __getattribute__ added to the second class after warm-up.
def ga(self, name):
    if name == "v":
        return 1000
    return object.__getattribute__(self, name)


A.__getattribute__ = ga
print(total(objs))
del A.__getattribute__
print(total(objs))

# Instance attribute deleted on one object of the second class.
o = objs[1]
del o.v
try:
    total(objs)
except AttributeError as e:
    print("AttributeError:", e)
o.v = 7
print(total(objs))

# __class__ reassigned between the two classes.
for x in objs[:10]:
    x.__class__ = A if x.__class__ is B else B
print(total(objs))


# Stores at one site from two classes, then a property setter on one.
class P:
    def __init__(self, v):
        self.v = v

    def bump(self):
        self.v = self.v + 1


class Q(P):
    pass


class R(P):
    pass


items = [Q(1) if i % 2 else R(2) for i in range(30)]
for _ in range(20):
    for it in items:
        it.bump()
print(sum(it.v for it in items))
log = []
R.v = property(lambda self: self.__dict__["v"], lambda self, x: (log.append(x), self.__dict__.__setitem__("v", x)))
for it in items:
    it.bump()
print(sum(it.v for it in items), len(log))
del R.v
for it in items:
    it.bump()
print(sum(it.v for it in items), len(log))


# Fresh instances of two classes getting their attributes in order.
class S:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class T(S):
    pass


made = [S(i, i) if i % 2 else T(i, -i) for i in range(40)]
print(sum(m.a + m.b for m in made), sorted(vars(made[3])), sorted(vars(made[4])))
