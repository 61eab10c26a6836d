# CALL_LEN, CALL_ISINSTANCE, CALL_TYPE_1: the builtins rebound mid-loop
# (through builtins and by a module global), odd operands, errors.
import builtins


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class LenList(list):
    def __len__(self):
        return 42


class Meta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", cls.__name__, type(obj).__name__)
        return True


class M(metaclass=Meta):
    pass


class Liar:
    @property
    def __class__(self):
        return int


def measure(x):
    return len(x)


def check(x, c):
    return isinstance(x, c)


def kind(x):
    return type(x)


def run_len():
    items = ["abc", [1, 2], (1,), {1: 2}, {3}, frozenset(), b"xy", range(7), Sized(4), LenList([1]), "h\u00e9llo"]
    for _ in range(30):
        for it in items:
            measure(it)
    print([measure(it) for it in items])
    for bad in [5, None, Sized(-1), Sized("x"), 2.5, range(0, 10**30, 7)]:
        try:
            print(measure(bad))
        except (TypeError, ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    old = builtins.len
    builtins.len = lambda o: "patched"
    print(measure("abc"))
    builtins.len = old
    print(measure("abc"))
    global len
    len = lambda o: "global"
    print(measure("abc"))
    del len
    print(measure("abcd"))


def run_isinstance():
    cases = [(1, int), (True, int), ("s", str), (1.5, (int, float)), (M(), M), (3, M), (Liar(), int), (Liar(), Liar), ([], LenList), (LenList(), list)]
    for _ in range(20):
        for x, c in cases[:4]:
            check(x, c)
    for x, c in cases:
        print(type(x).__name__, check(x, c))
    for bad in [5, "int", (int, 5)]:
        try:
            print(check(3.0, bad))
        except TypeError as e:
            print("TypeError:", e)
    old = builtins.isinstance
    builtins.isinstance = lambda x, c: "patched"
    print(check(1, int))
    builtins.isinstance = old
    print(check(1, int))


def run_type():
    vals = [1, "s", 2.5, None, [], Liar(), LenList(), True, 10**40, M()]
    for _ in range(20):
        for v in vals:
            kind(v)
    print([kind(v).__name__ for v in vals])
    global type
    type = lambda x: "shadowed"
    print(kind(1))
    del type
    print(kind(1).__name__)
    old = builtins.type
    builtins.type = lambda x: "patched"
    print(kind(1))
    builtins.type = old
    print(kind(1).__name__)


run_len()
run_isinstance()
run_type()


def mid_loop():
    # Rebound inside the hot loop itself, then restored.
    out = []
    old_len, old_isinstance, old_type = builtins.len, builtins.isinstance, builtins.type
    for i in range(120):
        if i == 40:
            builtins.len = lambda o: -1
            builtins.isinstance = lambda o, c: "yes"
            builtins.type = lambda o: "T"
        if i == 80:
            builtins.len, builtins.isinstance, builtins.type = old_len, old_isinstance, old_type
        out.append((len("ab"), isinstance(i, int), type(i)))
    print(out[39], out[40], out[79], out[80], out[-1])


mid_loop()
