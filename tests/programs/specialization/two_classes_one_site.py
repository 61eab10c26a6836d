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
