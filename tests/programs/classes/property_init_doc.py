class P(property):
    pass

def g(self):
    "getter doc"
    return 1
def g2(self):
    return 2

for cls in (property, P):
    for fget in (g, g2, None):
        for doc in (None, "explicit", ""):
            p = cls(fget, doc=doc) if doc is not None else cls(fget)
            print(cls.__name__, fget and fget.__name__, repr(doc), repr(p.__doc__), 'dict' if cls is P and '__doc__' in p.__dict__ else '-', P.__doc__ == property.__doc__ if cls is P else '')

print('__init__' in property.__dict__, '__delete__' in property.__dict__)
p = property.__new__(property)
print(p.fget, p.__doc__)
property.__init__(p, g, None, None, "d1")
print(p.fget is g, p.__doc__)
p.__init__(g2)
print(p.fget is g2, p.__doc__)
q = P.__new__(P)
property.__init__(q, g)
print(q.fget is g, q.__doc__, q.__dict__)
class Q(property):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
q = Q(g, doc="zz")
print(q.__doc__, q.extra, q.fget is g)
class A:
    x = Q(g)
    y = P(g2, doc="ydoc")
print(A().x, A.x.__doc__, A().y, A.y.__doc__)
pp = P(g)
pp2 = pp.getter(g2)
print(type(pp2).__name__, pp2.__doc__, pp2.fget is g2)
pp3 = P(g, doc="keep").setter(g2)
print(pp3.__doc__)
try:
    property.__init__(1, g)
except TypeError as e:
    print("TypeError", e)
try:
    property(g, 1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
class Doc(property):
    "class doc"
print(Doc(g, doc="x").__doc__, Doc(g).__doc__, Doc(g2).__doc__, Doc().__doc__)
class A2:
    @P
    def v(self):
        "v doc"
        return 10
    @v.setter
    def v(self, val):
        print("set", val)
    @v.deleter
    def v(self):
        print("deleted")
a = A2()
print(a.v, A2.v.__doc__, type(A2.v).__name__)
a.v = 3
del a.v
A2.v.__init__(g2)
print(a.v, A2.v.fset, A2.v.__doc__)
try:
    a.v = 1
except AttributeError as e:
    print("AttributeError", e)
class B:
    @property
    def w(self):
        return 1
b = B()
for i in range(40):
    b.w
B.__dict__['w'].__init__(lambda self: 2)
print(b.w, [b.w for i in range(3)])
try:
    property(g, fget=g)
except TypeError as e:
    print("TypeError", e)
try:
    property(bogus=1)
except TypeError as e:
    print("TypeError", e)
p = property(doc="only doc")
print(p.__doc__, p.fget)
p = property(g)
p.__doc__ = "changed"
print(p.__doc__, p.getter(g2).__doc__, p.setter(g2).__doc__)
