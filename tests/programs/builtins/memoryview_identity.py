# The name memoryview is one class for the whole run (bound before any view
# exists), with CPython's MRO, public names, no instance __dict__, and item
# deletion refused.
MV = memoryview
print(MV.__mro__, MV.__module__, MV.__qualname__)
public = sorted(n for n in dir(memoryview) if not n.startswith("_") or n in ("__getitem__", "__setitem__", "__delitem__", "__len__", "__iter__", "__enter__", "__exit__", "__hash__", "__eq__"))
print(public)
m = memoryview(bytearray(b"xyz"))
print(type(m) is MV, MV is memoryview, isinstance(m, MV), issubclass(type(m), object))
try:
    m.extra = 1
except AttributeError as e:
    print("AttributeError", "extra" in str(e))
try:
    del m[0]
except TypeError as e:
    print(e)
print(hasattr(m, "__dict__"), m.tobytes())
import weakref
r = weakref.ref(m)
print(r() is m)
m.release()
try:
    del m[0]
except ValueError as e:
    print(e)
