# CALL_BUILTIN_CLASS: a call site that calls a builtin type (tuple, list,
# int, str, float, range, enumerate, ...) goes straight to its native
# constructor. The site must still notice a rebound name, a heap class or
# a function in the same place, errors raised by the constructor, and
# keyword arguments.
import builtins


def convert(kind, values):
    out = []
    for v in values:
        out.append(kind(v))
    return out


print(convert(tuple, [[1, 2], "ab", range(3), (4,)] * 5)[:4])
print(convert(list, ["xy", (1, 2), {3: 4}] * 5)[:3])
print(convert(int, ["12", 3.9, True, "-7"] * 5)[:4])
print(convert(float, [1, "2.5", "inf", 3] * 5)[:4])
print(convert(str, [1, 2.5, None, (1,), b"x"] * 5)[:5])
print(convert(bool, [0, 1, "", "a", [], [0]] * 5)[:6])
print(convert(frozenset, [[1, 2, 2], "aab"] * 5)[:2] == [frozenset({1, 2}), frozenset("ab")])


class MyTuple(tuple):
    pass


def mixed(kinds):
    out = []
    for k in kinds:
        out.append(k([1, 2]))
    return out


# One site meets a builtin type, then a subclass, a function and a lambda.
kinds = [tuple] * 20 + [MyTuple, list, lambda x: len(x), tuple, sorted, set]
res = mixed(kinds)
print([type(r).__name__ for r in res[18:]])
print(res[-6:])


def count_up(n):
    total = 0
    for i in range(n):
        total += len(range(i)) + len(tuple(range(i % 3)))
    return total


print(count_up(50))


# Errors from a specialized constructor keep their type and message.
def bad_ints(items):
    out = []
    for x in items:
        try:
            out.append(int(x))
        except (ValueError, TypeError) as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


print(bad_ints(["1", "2", "3"] * 6 + ["x", None, "4", [1]]))


def too_many(n):
    msgs = []
    for i in range(n):
        try:
            tuple([i], [i])
        except TypeError as e:
            msgs.append(str(e))
    return msgs


print(set(too_many(30)))


# Keyword arguments at a site that usually takes none.
def build(n):
    out = []
    for i in range(n):
        out.append(dict(a=i) if i % 7 == 0 else dict([("b", i)]))
    return out


print(build(22)[-3:])


# The builtin name rebound mid-loop, through the module and through builtins.
def rebound(n):
    out = []
    for i in range(n):
        out.append(list((i, i)))
        if i == 25:
            builtins.list = lambda x: ("patched", x)
    return out


r = rebound(30)
print(r[24:28])
builtins.list = type([])
print(list("ok"))


def shadow(n):
    global str
    out = []
    for i in range(n):
        out.append(str(i))
        if i == 20:
            str = lambda v: f"<{v}>"
    del str
    return out


print(shadow(24)[19:])
print(str(5))


# enumerate and zip built at a specialized site, consumed at once.
def pairs(rows):
    acc = []
    for row in rows:
        acc.append(list(enumerate(row, 1)))
        acc.append(list(zip(row, reversed(row))))
    return acc


print(pairs(["ab", "xyz"] * 10)[-2:])
