# CONTAINS_OP_DICT and CONTAINS_OP_SET: exact dict/set/frozenset, then
# subclasses with __contains__, unhashable items, __eq__ mutating the dict.


class D(dict):
    def __contains__(self, k):
        print("  D.__contains__", k)
        return True


class S(set):
    def __contains__(self, k):
        return k == "special"


class PlainD(dict):
    pass


class Key:
    def __init__(self, k, target=None):
        self.k = k
        self.target = target

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        if self.target is not None:
            self.target.clear()
            self.target = None
        return isinstance(other, Key) and other.k == self.k


class BadHash:
    def __hash__(self):
        raise RuntimeError("no hash")


def has(x, c):
    return x in c


def lacks(x, c):
    return x not in c


def run():
    d = {i: i for i in range(10)}
    s = set(range(0, 20, 2))
    fs = frozenset("abc")
    n = 0
    for i in range(30):
        n += has(i, d) + has(i, s) + lacks(i, d) + has("a", fs)
    print(n)
    for c in [D(), S(), PlainD(a=1), {1, 2}, frozenset({1}), [1, 2], "abc", (1,), range(3)]:
        for x in ["special", "a", 1]:
            try:
                print(type(c).__name__, repr(x), has(x, c), lacks(x, c))
            except TypeError as e:
                print("TypeError:", e)
    for x in [[1], {1: 2}, {3}]:
        try:
            has(x, d)
        except TypeError as e:
            print("dict TypeError:", e)
        try:
            print(has(x, s))
        except TypeError as e:
            print("set TypeError:", e)
    print(has({4}, {frozenset({4})}), has(set(), {frozenset()}), lacks({5}, s))
    try:
        has(BadHash(), d)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        has(BadHash(), s)
    except RuntimeError as e:
        print("RuntimeError:", e)
    m = {Key(1): "one", Key(2): "two"}
    print(has(Key(2, m), m), len(m))
    print(has(1.0, d), has(True, d), has(2**70, d), has(float("nan"), s))


run()
