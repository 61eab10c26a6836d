# Instance attributes deleted, added in a different order, and dict-backed objects.
class Obj:
    def __init__(self, a, b):
        self.a = a
        self.b = b
def get_a(o):
    return o.a
def set_b(o, v):
    o.b = v

objs = [Obj(i, -i) for i in range(10)]
total = 0
for rep in range(300):
    for o in objs:
        total += get_a(o)
        set_b(o, rep)
print("total", total, objs[3].b)

del objs[5].a
try:
    get_a(objs[5])
except AttributeError as e:
    print("AttributeError:", e)
objs[5].a = "re-added"
print(get_a(objs[5]), list(vars(objs[5])))

# Attributes created in a different order than in __init__ (different layout)
odd = Obj.__new__(Obj)
odd.b = "b first"
odd.a = "a second"
print(get_a(odd), list(vars(odd)))
# Many extra attributes on one instance
big = Obj(1, 2)
for k in range(50):
    setattr(big, "extra%d" % k, k)
print(get_a(big), len(vars(big)))
# Instance dict replaced wholesale
o = Obj(7, 8)
for _ in range(2000):
    get_a(o)
o.__dict__ = {"a": "from new dict"}
print(get_a(o))
o.__dict__.clear()
try:
    get_a(o)
except AttributeError as e:
    print("AttributeError:", e)
o.__dict__["a"] = "inserted in dict"
print(get_a(o))

# Storing to an attribute on many instances then deleting it in the middle
class Node:
    pass
nodes = [Node() for _ in range(20)]
for rep in range(200):
    for i, n in enumerate(nodes):
        n.val = rep * i
        if rep == 100 and i % 3 == 0:
            del n.val
            n.other = "x"
print(sum(n.val for n in nodes), [hasattr(n, "other") for n in nodes[:7]])
