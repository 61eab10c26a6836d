# The names each builtin type defines in its own __dict__, all of them
# (tests/programs/types/type_dict_keys.py leaves some out): tern still
# lacks __new__ on bool, bytearray, list, dict, set, range and slice,
# bytearray's __init__/__reduce__/__reduce_ex__, __reduce__ on set,
# frozenset, range and slice; memoryview is a Python class (extra names).
TYPES = [
    int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set,
    frozenset, range, slice, object, type,
    type({}.keys()), type({}.values()), type({}.items()), memoryview,
]
for t in TYPES:
    print(t.__name__, ' '.join(sorted(t.__dict__)))
