# f-string fields without a format spec and str() of builtin values: the
# plain fields of ints, floats, bools and None, next to subclasses and
# classes whose __str__ or __format__ differ.


class Loud(int):
    def __format__(self, spec):
        return f"<{int(self)}:{spec}>"

    def __str__(self):
        return "loud"


class Quiet(float):
    def __str__(self):
        return "quiet"


vals = [0, -1, 7, 2**62, -(2**63), 2**63, 10**30, 1.5, -0.0, 1e16, 1e-7, float("nan"), float("-inf"),
        True, False, None, Loud(3), Quiet(2.5), "s", b"b", (1,), [2.0]]
for v in vals:
    print(f"{v}|{v!s}|{v!r}|{v:}|{str(v)}|{format(v)}")

parts = []
for i in range(-3, 30, 4):
    parts.append(f"{i}:{i * 0.5}:{i > 5}:{None if i % 2 else i}")
print(" ".join(parts))
print(str(), str(""), str(12), str(-12), str(object=34))
print(repr(str(b"x", "ascii")), str(b"\xff", "latin-1", "strict"))
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)


class S(str):
    pass


print(type(str(S("x"))).__name__, type(S(5)).__name__, S(5))
