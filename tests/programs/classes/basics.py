# Class definition, instances, class vs instance attributes, methods, repr/str.
class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
print(p, repr(p), str(p), [p], p.norm2(), p.dims, Point.dims)
print(p.moved(1, -1), Point.__doc__, Point.__name__, Point.__qualname__, Point.__module__)
print(type(p) is Point, type(p).__name__, isinstance(p, Point), isinstance(p, object))
p.dims = 3
print(p.dims, Point.dims, sorted(vars(p)))
del p.dims
print(p.dims)
Point.dims = 10
print(p.dims)
p.z = 5
print(p.__dict__)

class NoRepr:
    pass
print(repr(NoRepr).startswith("<class"), repr(NoRepr))
print(str(NoRepr()).startswith("<__main__.NoRepr object at "))

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", "%s %r" % (OnlyRepr(), OnlyRepr()))

class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
for _ in range(3):
    c = Counter()
print(Counter.instances, c.id)

class Chain:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
c = Chain().add(1).add(2).add(3)
print(c.items)

try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)

class InitReturns:
    def __init__(self):
        return None
print(type(InitReturns()).__name__)
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

# methods are plain functions in the class dict
def external(self):
    return "external " + type(self).__name__
Point.ext = external
print(p.ext())
print(Point.__dict__["norm2"].__name__, "norm2" in Point.__dict__, "norm2" in vars(p))
class WithNew:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        obj = super().__new__(cls)
        obj.made_by_new = True
        return obj
    def __init__(self, a):
        print("__init__", a)
w = WithNew(1)
print(w.made_by_new)
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NewReturnsOther())
