# Class attributes changed, deleted and re-added after a warm-up loop.
class Config:
    scale = 2
    label = "base"
    def compute(self, x):
        return x * self.scale

c = Config()
def run(obj, n):
    total = 0
    for i in range(n):
        total += obj.compute(i)
    return total

print(run(c, 2000))
Config.scale = 5
print("after class attr change:", run(c, 2000))
c.scale = 1  # instance attribute shadows the class attribute
print("after instance shadow:", run(c, 2000))
del c.scale
print("after instance delete:", run(c, 2000))
del Config.scale
try:
    run(c, 10)
except AttributeError as e:
    print("AttributeError:", e)
Config.scale = 10
print("re-added:", run(c, 100))

def read_label(obj):
    return obj.label
labels = [read_label(c) for _ in range(2000)]
Config.label = "changed"
labels.append(read_label(c))
del Config.label
try:
    read_label(c)
except AttributeError as e:
    print("AttributeError:", e)
print(labels[0], labels[-1])

# Method replaced on the class after warm-up
class Greeter:
    def greet(self):
        return "hello"
g = Greeter()
def call_greet(o):
    return o.greet()
out = [call_greet(g) for _ in range(2000)]
Greeter.greet = lambda self: "replaced"
out.append(call_greet(g))
Greeter.greet = staticmethod(lambda: "static now")
out.append(call_greet(g))
Greeter.greet = classmethod(lambda cls: "classmethod of " + cls.__name__)
out.append(call_greet(g))
print(out[0], out[-3:])

# Change in a base class seen through the subclass
class Base:
    value = 1
class Derived(Base):
    pass
d = Derived()
def get_value(o):
    return o.value
acc = 0
for i in range(3000):
    if i == 1000:
        Base.value = 2
    if i == 2000:
        Derived.value = 3
    acc += get_value(d)
print("acc", acc)
del Derived.value
print(get_value(d))
Derived.__bases__ = (type("OtherBase", (), {"value": 99}),)
print(get_value(d), Derived.__mro__[1].__name__)

# Class attribute used as a counter (read-modify-write on the class)
class Counter:
    n = 0
for i in range(2500):
    Counter.n += 1
print(Counter.n)
