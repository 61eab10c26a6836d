# metaclass=, type() with 3 arguments, __init_subclass__, __set_name__, __class_getitem__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kwargs.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kw)
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def describe(cls):
        return "described " + cls.__name__

class Thing(metaclass=Meta, tag="T"):
    x = 1
    def __init__(self, v):
        self.v = v
    def method(self):
        return self.v

t = Thing(5)
print(t.v, Thing.tag, type(Thing).__name__, Thing, Thing.describe())
class SubThing(Thing):
    y = 2
print(SubThing.tag, type(SubThing) is Meta, SubThing(1).method())

Dyn = type("Dyn", (object,), {"a": 1, "f": lambda self: self.a + 1})
print(Dyn.__name__, Dyn().f(), Dyn.__bases__, type(Dyn))
Dyn2 = type("Dyn2", (Dyn,), {})
print(Dyn2().f(), Dyn2.__mro__)
print(type(1), type("s"), type(None), type(type))

class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        print("__init_subclass__", cls.__name__, name)
        Plugin.plugins.append(name or cls.__name__)
class Alpha(Plugin, name="alpha"): pass
class Beta(Plugin): pass
class Gamma(Alpha, name="gamma"): pass
print(Plugin.plugins)

class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 10)
class Model:
    a = Field()
    b = Field()
m = Model()
print(m.a)
m.a = 4
print(m.a, m._a, type(Model.a).__name__, Model.b.name)

class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes[name] = cls
        return cls
class R1(metaclass=Registry): pass
class R2(R1): pass
print(sorted(Registry.classes))

class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("__prepare__", name)
        return {"injected": 99}
class UsesPrep(metaclass=Prep):
    z = injected + 1
print(UsesPrep.z)

class Gen:
    def __class_getitem__(cls, item):
        return f"Gen[{item.__name__}]"
print(Gen[int])
print(list[int], dict[str, int])

class Order:
    b = 1
    a = 2
    def c(self): pass
print([k for k in Order.__dict__ if not k.startswith("__")])
print(isinstance(Thing, type), isinstance(t, Meta), Meta.__mro__[1] is type)
