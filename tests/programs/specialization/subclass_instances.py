# Subclass instances reaching sites specialized for the base class, and vice versa.
class Base:
    kind = "base"
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class Sub(Base):
    kind = "sub"
    def get(self):
        return self.v * 100
class SubNoOverride(Base):
    pass
class SubWithSlots(Base):
    __slots__ = ("w",)
class SubProperty(Base):
    @property
    def v(self):
        return -1
    @v.setter
    def v(self, value):
        pass

def call_get(o):
    return o.get()
def read_kind(o):
    return o.kind
def read_v(o):
    return o.v

b = Base(3)
for _ in range(2000):
    call_get(b); read_kind(b); read_v(b)
for o in (Base(1), Sub(1), SubNoOverride(1), SubWithSlots(1), SubProperty(1)):
    print(type(o).__name__, call_get(o), read_kind(o), read_v(o))

class IntSub(int):
    def __add__(self, other):
        return "IntSub.__add__"
def add(a, b):
    return a + b
for i in range(2000):
    add(i, 1)
print(add(IntSub(1), 1), add(1, IntSub(1)), add(IntSub(2), IntSub(3)))

class StrSub(str):
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__
def eq(a, b):
    return a == b
for i in range(2000):
    eq("a", "b")
print(eq("a", "b"), eq(StrSub("a"), "b"), eq("a", StrSub("b")))

class ListSub(list):
    def __getitem__(self, i):
        return "ListSub[%r]" % (i,)
def first(seq):
    return seq[0]
for i in range(2000):
    first([i])
print(first([5]), first(ListSub([5])), first((6,)), first("xyz"))

class DictSub(dict):
    def __missing__(self, key):
        return "missing " + repr(key)
def lookup(d, k):
    return d[k]
for i in range(2000):
    lookup({"k": i}, "k")
print(lookup({"k": 1}, "k"), lookup(DictSub(), "k"))

class FloatSub(float):
    def __mul__(self, other):
        return "FloatSub.__mul__"
def mul(a, b):
    return a * b
for i in range(2000):
    mul(1.5, 2.0)
print(mul(1.5, 2.0), mul(FloatSub(1.5), 2.0), mul(2.0, FloatSub(1.5)))
class TupleSub(tuple):
    def __len__(self):
        return 42
def length(s):
    return len(s)
for i in range(2000):
    length((1, 2))
print(length((1, 2)), length(TupleSub((1, 2))))
