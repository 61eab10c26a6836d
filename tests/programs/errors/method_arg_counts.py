# Argument counts of builtin methods and functions: CPython checks them
# before the method runs, and words the TypeError by the kind of method.
class MyList(list):
    pass


calls = [
    lambda: [].copy(1), lambda: MyList().copy(1), lambda: "ab".upper(1), lambda: "ab".split(",", 1, 2),
    lambda: (5).bit_length(3), lambda: True.bit_length(1), lambda: (1.5).hex(1), lambda: [].append(),
    lambda: [].append(1, 2), lambda: [].insert(1), lambda: [].pop(1, 2), lambda: {}.get(), lambda: {}.get(1, 2, 3),
    lambda: (5).__add__(), lambda: (5).__add__(1, 2), lambda: (5).__pow__(1, 2, 3), lambda: "x".center(),
    lambda: set().add(), lambda: frozenset().copy(1), lambda: {}.keys(1), lambda: b"x".decode("ascii", "strict", 3),
    lambda: int.from_bytes(), lambda: int.from_bytes(b"", "big", True), lambda: dict.fromkeys(), lambda: dict.fromkeys(1, 2, 3),
    lambda: int.mro(1), lambda: round(), lambda: round(1, 2, 3), lambda: pow(2), lambda: sum(), lambda: len(),
    lambda: len([], []), lambda: abs(1, 2), lambda: divmod(1), lambda: isinstance(1), lambda: hash(),
    lambda: [].copy(x=1), lambda: [].append(x=1), lambda: len(obj=[]), lambda: (5).__add__(other=1),
    lambda: list.copy([], 1), lambda: str.upper("a", "b"), lambda: None.__repr__(1), lambda: (5).to_bytes(1, "big", 0),
    lambda: "".join(), lambda: "".join([], []), lambda: [].sort(1), lambda: sorted(), lambda: sorted([], 1),
]
for c in calls:
    try:
        print(repr(c()))
    except TypeError as e:
        print("TypeError:", e)

# The right counts still work, bound or not, and in a loop (specialized).
out = []
for i in range(30):
    out.append("a,b".split(",", 1))
    out.append(str.upper("q"))
    out.append(round(2.5))
    out.append(divmod(i, 7))
print(out[-4:], len(out))
m = [3, 1, 2].copy
print(m(), sorted([3, 1, 2]), pow(2, 5, 7), sum([1, 2], 10))
