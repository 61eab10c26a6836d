# Special methods of builtin types are slot wrappers (bound: method-wrapper),
# other methods are method descriptors; the types module names all three.
import types
import inspect

print(type(int.__add__).__name__, type((1).__add__).__name__, type(str.join).__name__, type(object.__init__).__name__)
print(repr(int.__add__), repr(str.join), repr(list.__len__), repr(object.__init__), repr(list.__getitem__))
print(repr((5).__add__).split(" at 0x")[0], repr([].append).split(" at 0x")[0])
print(types.WrapperDescriptorType.__name__, types.MethodWrapperType.__name__, types.MethodDescriptorType.__name__)
print(types.WrapperDescriptorType is types.MethodDescriptorType)
print(int.__add__(3, 4), (3).__add__(4), int.__add__.__name__, (3).__add__.__self__, (3).__add__.__name__)
print(int.__add__.__get__(5)(6), list.__len__([1, 2]), dict.__contains__({1: 2}, 1))
for name in ("__eq__", "__hash__", "__iter__", "__getitem__", "__contains__", "__len__", "__repr__", "__reduce_ex__", "__enter__", "__round__", "__dir__", "__reversed__"):
    for t in (int, list, dict, str, object, float, tuple, set):
        if name in t.__dict__:
            print(t.__name__, name, type(t.__dict__[name]).__name__)
print(inspect.ismethoddescriptor(int.__add__), inspect.isroutine((1).__add__), inspect.isbuiltin((1).__add__))
for f, args in ((int.__add__, ("x", 1)), (str.join, (1, []))):
    try:
        f(*args)
    except TypeError as e:
        print(e)
