# One `obj.attr` site meeting many classes of instances with a __dict__
# (LOAD_ATTR_WITH_HINT holds two classes). Instances of one class that
# store the attribute at another position, deleted and re-added
# attributes, class attributes, properties and __getattr__ arriving after
# warm-up must all still read what CPython reads.

class A:
    def __init__(self): self.x = 1
class B:
    def __init__(self): self.y = 0; self.x = 2
class C:
    def __init__(self): self.z = 0; self.w = 0; self.x = 3
class D:
    def __init__(self): self.x = 4; self.q = 0
class E:
    def __init__(self): self.x = 5

def xs(objs):
    return [o.x for o in objs]

objs = [A(), B(), C(), D()]
for _ in range(40):
    r = xs(objs)
print("four", r)

# Same class, attribute at another position in this instance's dict.
odd = A()
del odd.x
odd.pad = 9
odd.x = 11
print("moved", xs([odd, A(), odd]))

# A fifth class and beyond.
more = objs + [E(), A(), B()]
for _ in range(40):
    r = xs(more)
print("five", r)

# An attribute deleted after warm-up.
victim = C()
del victim.x
try:
    xs([A(), victim])
except AttributeError as e:
    print("AttributeError:", e)
C.x = "class attr"
print("class fallback", xs([victim, C()]))
del C.x

# A property added to a class after warm-up takes precedence over the dict.
B.x = property(lambda self: "property")
print("property", xs(objs))
del B.x
print("back", xs(objs))

# __getattr__ for a missing attribute.
class G:
    def __getattr__(self, name):
        return "computed " + name
print("getattr", xs([G(), A(), G()]))

# Instances whose dict is replaced wholesale.
a = A()
a.__dict__ = {"x": "replaced"}
print("dict replaced", xs([a, A(), B(), C(), D()]))
