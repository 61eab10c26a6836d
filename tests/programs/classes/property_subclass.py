# Subclasses of property: built from their arguments like property
# itself, keeping their own class and attributes (abc.abstractproperty is
# one; typing.Protocol classes in importlib use it).
import abc

class Tagged(property):
    tag = "tagged"

class Box:
    def __init__(self, v):
        self._v = v

    @Tagged
    def v(self):
        "the value"
        return self._v

    @v.setter
    def v(self, new):
        self._v = new

b = Box(3)
print(b.v, type(Box.__dict__["v"]).__name__, Box.__dict__["v"].tag)
b.v = 5
print(b.v)

def getter(self):
    return 42
p = Tagged(getter, None, None, "doc text")
print(type(p).__name__, p.fget is getter, p.fset)
print(type(Tagged(fget=getter)).__name__)

class Base(abc.ABC):
    @abc.abstractproperty
    def name(self):
        "abstract name"

print(Base.__abstractmethods__, type(Base.__dict__["name"]).__name__)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)

class Impl(Base):
    @property
    def name(self):
        return "impl"
print(Impl().name)

from typing import Protocol
class Named(Protocol):
    @abc.abstractproperty
    def name(self) -> str:
        "the name"
print(sorted(Named.__abstractmethods__))
print(Tagged.__new__ is property.__new__, "__new__" in vars(property))
