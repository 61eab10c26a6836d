# Property, __getattr__ and __getattribute__ added to a class after warm-up.
class Item:
    def __init__(self):
        self.price = 10
def get_price(o):
    return o.price
def get_missing(o):
    try:
        return o.missing
    except AttributeError:
        return "no attr"

it = Item()
warm = sum(get_price(it) for _ in range(2000))
print("warm", warm)

# A data descriptor (property) on the class beats the instance dict.
Item.price = property(lambda self: 99)
print("with property:", get_price(it), it.__dict__["price"])
del Item.price
print("property removed:", get_price(it))

for _ in range(2000):
    get_missing(it)
print(get_missing(it))
Item.__getattr__ = lambda self, name: "getattr:" + name
print(get_missing(it), get_price(it))
del Item.__getattr__
print(get_missing(it))

for _ in range(2000):
    get_price(it)
calls = []
def tracing_getattribute(self, name):
    calls.append(name)
    return object.__getattribute__(self, name)
Item.__getattribute__ = tracing_getattribute
print("with __getattribute__:", get_price(it), calls)
Item.__getattribute__ = lambda self, name: "everything is " + name
print(get_price(it), it.anything)
del Item.__getattribute__
print(get_price(it))

# A non-data descriptor added to the class is shadowed by the instance dict.
class NonData:
    def __get__(self, obj, cls):
        return "non-data"
Item.price = NonData()
print("non-data descriptor:", get_price(it))
del it.price
print("instance attr deleted:", get_price(it))
del Item.price

# Methods: a hot method call site, then the method becomes a property.
class Svc:
    def status(self):
        return "ok"
svc = Svc()
def call_status(o):
    return o.status()
for _ in range(2000):
    call_status(svc)
Svc.status = property(lambda self: lambda: "via property")
print(call_status(svc))
Svc.status = lambda self: "plain function again"
print(call_status(svc))

# __slots__ descriptor replaced on the class
class P:
    __slots__ = ("x",)
    def __init__(self):
        self.x = 1
p = P()
def get_x(o):
    return o.x
s = sum(get_x(p) for _ in range(2000))
slot_descr = P.x
P.x = property(lambda self: "property instead of slot")
print(s, get_x(p))
P.x = slot_descr
print(get_x(p))
