# %-formatting of objects that are numbers only through __index__,
# __int__ or __float__, for str and bytes formats.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, repr(r))

class Index:
    def __index__(self):
        return 5
class Int:
    def __int__(self):
        return 7
class Float:
    def __float__(self):
        return 2.5
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
class BadInt:
    def __int__(self):
        return "x"
class MyFloat(float):
    pass
class MyInt(int):
    pass

values = [("Index", Index()), ("Int", Int()), ("Float", Float()), ("Both", Both()), ("BadInt", BadInt()),
          ("MyFloat", MyFloat(3.75)), ("MyInt", MyInt(9)), ("float", -2.7), ("bool", True), ("str", "3"),
          ("nan", float("nan")), ("inf", float("inf"))]
for conv in "diuoxXeEfFgGc":
    for label, v in values:
        show(f"%{conv} {label}", lambda: f"%{conv}" % v)
        show(f"b%{conv} {label}", lambda: (f"%{conv}".encode()) % v)
show("%5d", lambda: "%5d|%-5x|%+d" % (Index(), Index(), Int()))
show("%*d", lambda: "%*d" % (4, Index()))
show("%c big", lambda: "%c" % 0x110000)
show("b%c big", lambda: b"%c" % 256)
