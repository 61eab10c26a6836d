# __del__ runs once when an object's last reference goes (before the next
# call), for subclasses, builtin subclasses, __slots__ classes, a __del__
# assigned after the class was made, and objects still alive at the end.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


t = Tracked("deleted")
del t
print("after del")

t = Tracked("rebound")
t = None
print("after rebind")


def scope():
    local = Tracked("local")
    print("in scope", local.name)


scope()
print("after scope")


class Child(Tracked):
    pass


Child("temporary")
print("after temporary")

items = [Tracked("a"), Tracked("b")]
items.pop(0)
print("after pop")
items.clear()
print("after clear")


class Numbers(list):
    def __del__(self):
        print("list subclass gone", sum(self))


Numbers([1, 2, 3])
print("after list subclass")


class Slotted:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __del__(self):
        print("slotted", self.value)


Slotted(7)
print("after slotted")

kept = []


class Phoenix:
    def __del__(self):
        print("resurrected once")
        kept.append(self)


Phoenix()
print("kept", len(kept))
kept.clear()
print("no second __del__")


class Late:
    pass


Late()
Late.__del__ = lambda self: print("late __del__")
Late()
print("after late")


class Reader:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        # Globals are all still bound when the program's objects go at exit.
        print("exit:", self.name, sys is not None, Tracked is not None)


_private = Reader("underscore name")
first = Reader("first global")
last = Reader("last global")
print("end of program")
