# property, staticmethod, classmethod, custom descriptors, __slots__.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("delete celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__)

class Maths:
    factor = 3
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def scaled(cls, x):
        return cls.factor * x
class Maths2(Maths):
    factor = 5
print(Maths.add(1, 2), Maths().add(3, 4), Maths.scaled(2), Maths2.scaled(2), Maths2().scaled(3))
print(type(Maths.__dict__["add"]).__name__, type(Maths.__dict__["scaled"]).__name__)

class Verbose:
    def __get__(self, obj, objtype=None):
        return ("get", obj is None, objtype.__name__)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class Data:
    def __get__(self, obj, objtype=None):
        return "data"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class Host:
    v = Verbose()
    nd = NonData()
    d = Data()
h = Host()
print(h.v, Host.v)
print(h.nd)
h.__dict__["nd"] = "instance wins over non-data"
print(h.nd)
h.d = 5
h.__dict__["d"] = "instance loses to data"
print(h.d)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
s = Slotted(1)
print(s.x, hasattr(s, "y"), hasattr(s, "__dict__"))
s.y = 2
print(s.x + s.y)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.y
    print(s.y)
except AttributeError as e:
    print("AttributeError:", e)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        print("computed", self.name)
        return value
class Doc:
    @Lazy
    def expensive(self):
        return 42
d = Doc()
print(d.expensive, d.expensive, d.expensive)

class Meth:
    def m(self): return "m"
print(Meth.__dict__["m"].__get__(Meth(), Meth)())
print(property(lambda self: 1).__get__(None, Meth).__class__.__name__)
class RO:
    x = property(lambda self: "ro")
print(RO().x)
