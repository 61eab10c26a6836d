# One `obj.method()` site meeting many classes (an AST walker's
# `node.eval()`): up to four classes share the site's table. Classes
# change after warm-up, instances shadow the method, a fifth and sixth
# class arrive, __getattribute__ appears, and subclasses reach the site.

class Num:
    def __init__(self, v): self.v = v
    def eval(self): return self.v

class Add:
    def __init__(self, a, b): self.a, self.b = a, b
    def eval(self): return self.a.eval() + self.b.eval()

class Mul:
    def __init__(self, a, b): self.a, self.b = a, b
    def eval(self): return self.a.eval() * self.b.eval()

class Neg:
    __slots__ = ("x",)
    def __init__(self, x): self.x = x
    def eval(self): return -self.x.eval()

def run(nodes):
    return [n.eval() for n in nodes]

tree = Add(Mul(Num(3), Num(4)), Neg(Num(5)))
nodes = [tree, Num(1), Mul(Num(2), Num(6)), Neg(Num(7))]
for _ in range(30):
    r = run(nodes)
print("four classes", r)

# A class changes after warm-up: the site must see the new method.
Num.eval = lambda self: self.v * 10
print("Num changed", run(nodes))
del Num.eval
try:
    run(nodes)
except AttributeError as e:
    print("AttributeError:", e)
Num.eval = lambda self: self.v
print("restored", run(nodes))

# An instance attribute shadows the method for one object only.
special = Num(9)
special.eval = lambda: "instance wins"
print("shadowed", run([special, Num(2), special]))

# More classes than the table holds.
class Sub(Add):
    pass
class Const:
    def eval(self): return 100
class Half(Num):
    def eval(self): return self.v / 2
many = [Sub(Num(1), Num(2)), Const(), Half(8), Num(4), Add(Num(1), Num(1)), Neg(Num(3)), Mul(Num(2), Num(2))]
for _ in range(30):
    r = run(many)
print("seven classes", r)

# __getattribute__ added to a class after warm-up.
def loud(self, name):
    if name == "eval":
        return lambda: "intercepted"
    return object.__getattribute__(self, name)
Const.__getattribute__ = loud
print("getattribute", run(many))
del Const.__getattribute__
print("back", run(many))

# Methods that are not plain functions at the same site.
class Static:
    @staticmethod
    def eval(): return "static"
class Klass:
    @classmethod
    def eval(cls): return cls.__name__
class Callable:
    class _C:
        def __call__(self): return "callable object"
    eval = _C()
mixed = [Static(), Klass(), Callable(), Num(5), Const()]
for _ in range(20):
    r = run(mixed)
print("mixed", r)

# Builtin types at a method site.
def upper_all(xs):
    return [x.upper() for x in xs]
class Shouty(str):
    def upper(self): return "SHOUT:" + str.upper(self)
for _ in range(20):
    r = upper_all(["a", b"b", bytearray(b"c"), Shouty("d"), "e"])
print("builtins", r)
