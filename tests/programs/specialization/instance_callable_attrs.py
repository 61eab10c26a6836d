# `obj.attr(...)` where attr lives in the instance dict (a callback, a
# function stored on the instance): LOAD_METHOD's instance-attribute form,
# and everything that must take a site off it.

class Node:
    def __init__(self, fn, tag):
        self.tag = tag
        self.fn = fn

    def run(self, a, b):
        return self.fn(a, b)


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


nodes = [Node(add, "add"), Node(sub, "sub"), Node(lambda a, b: a * b, "mul")]
total = 0
for i in range(300):
    total += nodes[i % 3].run(i, 3)
print("warm", total)

# The attribute replaced on one instance, deleted on another.
nodes[0].fn = max
del nodes[1].fn
out = []
for n in nodes:
    try:
        out.append(n.run(7, 2))
    except AttributeError as e:
        out.append(str(e))
print(out)

# A class-level fallback appears for the deleted one: the method is found
# on the class and bound.
Node.fn = lambda self, a, b: ("class", a, b)
print(nodes[1].run(7, 2))

# A data descriptor on the class now wins over the instance dict.
class Wrapper:
    def __init__(self):
        self.call = lambda: "instance"

    def use(self):
        return self.call()


ws = [Wrapper() for _ in range(4)]
print([w.use() for w in ws for _ in range(60)][-1])
Wrapper.call = property(lambda self: (lambda: "property"))
print(ws[0].use(), ws[3].use())
del Wrapper.call
print(ws[1].use())

# A plain method of the class shadowed by an instance attribute, then the
# instance attribute removed: the class method comes back.
class Greeter:
    def hello(self):
        return "method"


g = Greeter()
g.hello = lambda: "instance"


def greet(x):
    return x.hello()


print([greet(g) for _ in range(100)][-1])
del g.hello
print(greet(g))

# Instances whose dicts hold the attribute at different positions.
class Bag:
    pass


bags = []
for k in range(6):
    b = Bag()
    for j in range(k):
        setattr(b, "pad%d" % j, j)
    b.act = (lambda k: lambda: k * 10)(k)
    bags.append(b)
print([b.act() for _ in range(50) for b in bags][-6:])

# A __getattribute__ added to the class after warm-up.
def loud(self, name):
    v = object.__getattribute__(self, name)
    return (lambda: ("via getattribute", v())) if name == "act" else v


Bag.__getattribute__ = loud
print(bags[2].act())
