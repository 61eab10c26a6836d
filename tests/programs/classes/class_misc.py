# __class__ assignment, class decorators, nested classes, class attribute mutation, __eq__/__hash__.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, A), isinstance(a, B))

class Outer:
    class Inner:
        value = 1
        class Deeper:
            value = 2
    def make(self):
        return self.Inner()
print(Outer.Inner.value, Outer.Inner.Deeper.value, Outer().make().value, Outer.Inner.Deeper.__qualname__)

class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
    def __hash__(self): return hash(self.k)
    def __repr__(self): return f"Key({self.k})"
d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d, len({Key(1), Key(1), Key(2)}))
class OnlyEq:
    def __eq__(self, o): return True
print(OnlyEq.__hash__ is None)

class Counted:
    count = 0
    def __init__(self):
        type(self).count += 1
class SubCounted(Counted):
    pass
Counted(); Counted(); SubCounted()
print(Counted.count, SubCounted.count)

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
s = Stack()
for i in range(5):
    s.push(i * i)
print(s, len(s), s.pop(), s.pop(), s)

class Private:
    def __init__(self):
        self.__secret = "hidden"
        self._prot = "protected"
    def reveal(self):
        return self.__secret
p = Private()
print(p.reveal(), p._Private__secret, p._prot, hasattr(p, "__secret"))

class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), min(Ordered(5), Ordered(4)), max([Ordered(1), Ordered(9)]))
class ClassVarList:
    shared = []
    def add(self, x):
        self.shared.append(x)
x1, x2 = ClassVarList(), ClassVarList()
x1.add(1); x2.add(2)
print(ClassVarList.shared)
print(A.__name__, B.__dict__["who"].__qualname__, type(A.__dict__).__name__)
A.new_method = lambda self: "added later"
print(A().new_method())
del A.new_method
print(hasattr(A(), "new_method"))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(1))
print(object.__name__, type(object()).__name__, object.__bases__)
