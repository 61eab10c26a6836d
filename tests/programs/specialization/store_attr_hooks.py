# STORE_ATTR sites warmed on plain instances, then __setattr__, properties and slots appear.
class Obj:
    def __init__(self):
        self.v = 0
def store(o, val):
    o.v = val

o = Obj()
for i in range(2000):
    store(o, i)
print(o.v)
log = []
def logging_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)
Obj.__setattr__ = logging_setattr
store(o, "logged")
print(o.v, log)
del Obj.__setattr__
store(o, "plain again")
print(o.v, len(log))

Obj.v = property(lambda self: "read-only property")
try:
    store(o, 1)
except AttributeError as e:
    print("AttributeError:", e)
print(o.v)
del Obj.v
print(o.v)

class Slotted:
    __slots__ = ("v", "w")
s = Slotted()
for i in range(2000):
    store(s, i)
print(s.v)
class Dicted:
    pass
d = Dicted()
store(d, "dict instance")
print(d.v, s.v)

# Store to an attribute that many objects of different classes share
class A: pass
class B: pass
class C:
    __slots__ = ("v",)
objs = [A(), B(), C(), A()]
for i in range(4000):
    store(objs[i % 4], i)
print([x.v for x in objs])

# Augmented assignment on attributes at a hot site
class Acc:
    def __init__(self):
        self.total = 0
a = Acc()
for i in range(3000):
    a.total += i
    if i == 1500:
        a.total = float(a.total)
print(a.total)
for i in range(100):
    a.total += 2 ** 62
print(a.total)
class Big:
    n = 2 ** 62
b = Big()
for i in range(5):
    b.n += 2 ** 62
print(b.n, Big.n)
