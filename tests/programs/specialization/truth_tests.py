# The truth-test family (POP_JUMP_IF_FALSE/TRUE specialized for bool, int,
# None, list, str): every site below first warms up on one kind and is then
# fed values its member does not accept.


def count_true(xs):
    n = 0
    for x in xs:
        if x:
            n += 1
        if not x:
            n -= 2
    return n


values = [True, False, 0, 1, -3, None, [], [1], "", "a", 0.0, 2.5, (), (1,), {}, {1: 2}, set(), 2**70, 0 * 2**70, b"", b"x", range(0), 1j]
for v in values:
    print(repr(v), count_true([v] * 40))
print("mixed", count_true(values * 10))


# An int site that meets big ints, bools (an int subclass) and floats.
def int_site(xs):
    return [1 if x else 0 for x in xs]


print(int_site(list(range(-3, 30)) + [2**64, -(2**64), True, False, 0.0, 0.5]))


# Subclasses of list and str may define __len__ / __bool__: never the
# specialized path.
class EmptyLooking(list):
    def __len__(self):
        return 0


class FalseStr(str):
    def __bool__(self):
        return False


print(count_true([[1]] * 30 + [EmptyLooking([1, 2])] * 5))
print(count_true(["a"] * 30 + [FalseStr("a")] * 5))


# Lists and strs that change between executions of one site.
def drain(stack):
    popped = []
    while stack:
        popped.append(stack.pop())
    return popped


print(drain(list(range(25))), drain([]))


def strip_leading(s):
    out = 0
    while s and s[0] == " ":
        s = s[1:]
        out += 1
    return out, s


print([strip_leading(" " * k + "x") for k in range(12)])


# None-tests, then other falsy and truthy objects.
def none_site(xs):
    return ["t" if x else "f" for x in xs]


print(none_site([None] * 30 + [0, "", [], object() is None, "x", [0]]))


# __bool__ that raises, or returns a non-bool, reached after warm-up.
class Raises:
    def __bool__(self):
        raise ValueError("no truth here")


class BadBool:
    def __bool__(self):
        return 1


for bad in (Raises(), BadBool()):
    try:
        count_true([True] * 30 + [bad])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


# A comparison feeding a jump: generic comparisons first (the jump
# specializes for bool), then ones the comparison specializes and fuses.
class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Num) else other)


def below(xs, limit):
    return sum(1 for x in xs if x < limit)


print(below([Num(i) for i in range(30)], 10), below(list(range(30)), 10), below([Num(i) for i in range(30)], 20))


# `and` / `or` chains and while loops over changing kinds.
def chain(a, b):
    return (a and b) or (not a and "neither")


print([chain(a, b) for a in (0, 1, "", "s", None, [], [2]) for b in (0, 1, "", None)])
