# Method descriptors and slot wrappers of builtin types check their first
# argument (self) before running: CPython's messages for a wrong type and
# for no argument at all; subclass instances (and bool for int) fit.


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except TypeError as e:
        print(label, "TypeError:", e)
    else:
        print(label, "->", repr(r))


class MyList(list):
    pass


class MyStr(str):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


# Wrong type: a method descriptor "doesn't apply", a slot wrapper "requires".
attempt("list.__getitem__", list.__getitem__, "xy", 0)
attempt("list.__len__", list.__len__, "xy")
attempt("list.append", list.append, (), 1)
attempt("list.sort", list.sort, 1, key=len)
attempt("list.__init__", list.__init__, (), [])
attempt("str.upper", str.upper, 5)
attempt("str.join", str.join, 1, [])
attempt("str.__len__", str.__len__, [1])
attempt("str.__add__", str.__add__, b"a", "b")
attempt("dict.keys", dict.keys, [])
attempt("dict.get", dict.get, [], 0)
attempt("dict.__getitem__", dict.__getitem__, [1], 0)
attempt("dict.__contains__", dict.__contains__, [1], 1)
attempt("dict.__len__", dict.__len__, [1])
attempt("set.add", set.add, frozenset(), 1)
attempt("set.__contains__", set.__contains__, [1], 1)
attempt("frozenset.union", frozenset.union, {1}, {2})
attempt("tuple.index", tuple.index, [1], 1)
attempt("tuple.__getitem__", tuple.__getitem__, [1], 0)
attempt("bytes.hex", bytes.hex, bytearray(b"a"))
attempt("bytearray.append", bytearray.append, b"", 1)
attempt("int.__add__", int.__add__, "a", 1)
attempt("int.bit_length", int.bit_length, 1.5)
attempt("int.__neg__", int.__neg__, 1.5)
attempt("float.__add__", float.__add__, 1, 1.0)
attempt("float.is_integer", float.is_integer, 1)
attempt("complex.conjugate", complex.conjugate, 1)
attempt("object.__init__ ok", object.__init__, 5)
attempt("type.mro", type.mro, 5)
attempt("range.count", range.count, [1], 1)

# No argument at all.
attempt("list.append()", list.append)
attempt("str.upper()", str.upper)
attempt("int.__add__()", int.__add__)
attempt("list.__len__()", list.__len__)
attempt("dict.items()", dict.items)
attempt("list.sort(key=)", list.sort, key=len)

# Instances of subclasses, and bool for int, fit.
ml = MyList([3, 1, 2])
list.append(ml, 0)
list.sort(ml)
print("MyList", ml, list.__getitem__(ml, 1), list.__len__(ml))
print("MyStr", str.upper(MyStr("ab")), str.__add__(MyStr("a"), "b"))
md = MyDict(a=1)
print("MyDict", list(dict.keys(md)), dict.get(md, "a"), dict.__getitem__(md, "a"))
print("bool", int.__add__(True, 1), int.bit_length(True), int.__neg__(True), int.__add__(MyInt(2), 3))
print("object", object.__str__([1]), type.mro(bool))

# Binding through __get__ checks the object too.
attempt("list.append.__get__", list.append.__get__, "x")
attempt("int.__add__.__get__", int.__add__.__get__, "x")
attempt("__get__(None, None)", list.append.__get__, None)
print(list.append.__get__(None, list))
print(list.append.__get__([1])(2))
print(int.__add__.__get__(True)(4))
print(int.__add__.__get__(MyInt(7), int)(1))

# Passed around as functions: map, sorted keys.
print(list(map(str.upper, ["a", MyStr("b")])))
try:
    list(map(str.upper, ["a", 1]))
except TypeError as e:
    print("map", e)
print(sorted(["b", "A", "c"], key=str.lower))

# A hot unbound call site whose first argument changes type, and a method
# call site (after warm-up) that gets a subclass instance.
results = []
for i in range(300):
    arg = "xy" if i % 100 == 99 else [i, i + 1]
    try:
        results.append(list.__getitem__(arg, 1))
    except TypeError as e:
        results.append(str(e))
print(len(results), results[:2], results[99], results[199])

out = []
for i in range(300):
    obj = [i] if i < 250 else MyList([i])
    obj.append(-1)
    out.append(list.__len__(obj) + (1 if isinstance(obj, MyList) else 0))
print(sum(out), out[-1])

counts = {}
for i in range(300):
    arg = 5 if i % 150 == 149 else "ab"
    try:
        r = str.upper(arg)
    except TypeError as e:
        r = str(e)
    counts[r] = counts.get(r, 0) + 1
print(sorted(counts.items()))

for i in range(200):
    arg = "a" if i == 150 else i
    try:
        v = int.__add__(arg, 1)
    except TypeError as e:
        v = str(e)
print(v)

# A method descriptor stored on an unrelated class: the call still checks.
class Foreign:
    grab = list.__len__
    push = list.append


for f in (lambda: Foreign().grab(), lambda: Foreign().push(1)):
    for _ in range(3):
        try:
            f()
        except TypeError as e:
            last = str(e)
    print("Foreign", last)
