# Module attributes (LOAD_ATTR on a module) changed after warm-up.
import math
import sys

def floor_it(x):
    return math.floor(x)
def get_pi():
    return math.pi

s = sum(floor_it(i + 0.5) for i in range(2000))
print("warm", s)
original = math.floor
math.floor = lambda x: "patched floor"
print(floor_it(2.5))
del math.floor
try:
    floor_it(2.5)
except AttributeError as e:
    print("AttributeError:", e)
math.floor = original
print(floor_it(2.5))

vals = []
for i in range(3000):
    if i == 1000:
        math.pi = 3
    if i == 2000:
        math.pi = 3.141592653589793
    vals.append(get_pi())
print(vals.count(3), vals[-1])

this = sys.modules[__name__]
counter = 0
def read_self():
    return this.counter
acc = 0
for i in range(3000):
    if i % 1000 == 0:
        counter += 1
    acc += read_self()
print("acc", acc)

# Module attribute added to the module dict many times (dict resize) while hot.
def read_e():
    return math.e
t = 0.0
for i in range(2000):
    if i % 200 == 0:
        setattr(math, "custom_%d" % i, i)
    t += read_e()
print(round(t, 6), sorted(n for n in dir(math) if n.startswith("custom_"))[:3])
# A module replaced in globals by another object with the same attribute name.
class FakeMath:
    pi = "fake pi"
    @staticmethod
    def floor(x):
        return "fake floor"
real_math = math
for i in range(2000):
    get_pi()
math = FakeMath()
print(get_pi(), floor_it(1.5))
math = real_math
print(get_pi(), floor_it(1.5))
