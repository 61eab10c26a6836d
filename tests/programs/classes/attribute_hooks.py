# __getattr__, __getattribute__, __setattr__, __delattr__, getattr/setattr/hasattr/delattr, __dir__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(("get", name))
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        setattr(self.target, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        delattr(self.target, name)

class T:
    pass
t = T()
t.a = 1
p = Proxy(t)
print(p.a)
p.b = 2
print(t.b, p.b)
del p.a
print(hasattr(t, "a"), hasattr(p, "a"), p.log)

class Traced:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("_"):
            print("getattribute", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.x
tr = Traced()
print(tr.x, tr.method())

class Defaulting:
    real = "real"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"no {name}")
d = Defaulting()
print(d.real, d.auto_magic, getattr(d, "auto_x"), getattr(d, "missing", "fallback"), hasattr(d, "missing"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)

class Both:
    def __getattribute__(self, name):
        if name == "special":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
print(Both().special, Both().__class__.__name__)

obj = T()
setattr(obj, "dyn", 10)
print(getattr(obj, "dyn"), obj.dyn)
delattr(obj, "dyn")
print(hasattr(obj, "dyn"), getattr(obj, "dyn", None))
try:
    getattr(obj, "dyn")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(obj, 5)
except TypeError as e:
    print("TypeError:", e)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, k, v):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError:", e, f.v)

class WithDir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(WithDir()))
class Plain:
    cls_attr = 1
    def meth(self): pass
pl = Plain()
pl.inst = 2
print([n for n in dir(pl) if not n.startswith("__")])
print(getattr(1, "real"), getattr("abc", "upper")(), hasattr([], "append"))
try:
    (1).foo = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    T.nope
except AttributeError as e:
    print("AttributeError:", e)
