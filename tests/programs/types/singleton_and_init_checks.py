# The None/NotImplemented/Ellipsis types return their one instance;
# object.__init__ refuses arguments unless __new__ took them; an
# exception's __cause__ and __context__ must be exceptions or None.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, repr(r))

show("NoneType()", lambda: type(None)() is None)
show("NotImplementedType()", lambda: type(NotImplemented)() is NotImplemented)
show("ellipsis()", lambda: type(...)() is ...)
show("NoneType(1)", lambda: type(None)(1))
show("ellipsis(x=1)", lambda: type(...)(x=1))
show("NotImplementedType(1)", lambda: type(NotImplemented)(1))

show("object.__init__(o, 1)", lambda: object.__init__(object(), 1))
show("o.__init__(1)", lambda: object().__init__(1))
show("o.__init__()", lambda: object().__init__())

class Plain:
    pass
show("Plain.__init__ extra", lambda: Plain().__init__(1))

class OwnNew:
    def __new__(cls, *args):
        return super().__new__(cls)
show("OwnNew(1, 2)", lambda: type(OwnNew(1, 2)).__name__)
show("OwnNew init extra", lambda: OwnNew().__init__(1) is None)

class OwnInit:
    def __init__(self, x):
        super().__init__(x)
show("OwnInit(1)", lambda: OwnInit(1))

class Coop:
    def __init__(self, **kw):
        super().__init__(**kw)
show("Coop()", lambda: type(Coop()).__name__)
show("Coop(a=1)", lambda: Coop(a=1))

class MyInt(int):
    pass
show("MyInt init extra", lambda: MyInt(3).__init__(5) is None)

def set_attr(name, value):
    e = ValueError("x")
    setattr(e, name, value)
    return (e.__cause__, e.__context__, e.__suppress_context__)
for value in (1, "s", None, KeyError("k"), ValueError):
    show(f"__cause__ = {value!r}", lambda: set_attr("__cause__", value))
    show(f"__context__ = {value!r}", lambda: set_attr("__context__", value))
try:
    raise ValueError("outer") from 5
except TypeError as e:
    print("raise from 5:", e)
