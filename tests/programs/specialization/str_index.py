# BINARY_SUBSCR_STR_INT: exact str with an int index; subclasses, negative
# and out-of-range indices, non-ASCII text, odd index types.


class S(str):
    def __getitem__(self, i):
        return "S[%r]" % (i,)


class T(str):
    pass


class Idx:
    def __index__(self):
        return 1


def at(s, i):
    return s[i]


def run():
    s = "hello"
    out = []
    for i in range(-5, 5):
        for _ in range(10):
            at(s, i)
        out.append(at(s, i))
    print(out)
    for i in [5, -6, 100, -100, 2**63, -(2**63), 2**70]:
        try:
            print(at(s, i))
        except IndexError as e:
            print("IndexError:", e)
    for x, i in [(S("abc"), 1), (T("abc"), 1), (T("abc"), -1), ("h\u00e9llo\u20ac", 1), ("h\u00e9llo\u20ac", -1), ("\U0001f600x", 0), ("abc", True), ("abc", Idx()), ("abc", slice(1, None)), ("", 0)]:
        try:
            r = at(x, i)
            print(type(r).__name__, r)
        except IndexError as e:
            print("IndexError:", e)
    for bad in [1.0, "1", None]:
        try:
            at("abc", bad)
        except TypeError as e:
            print("TypeError:", e)
    for x in [[1, 2], (3, 4), {1: "d"}, b"ab", bytearray(b"cd"), range(5)]:
        print(at(x, 1))
    w = "na\u00efve caf\u00e9"
    print("".join(at(w, i) for i in range(len(w))), at(w, -1) == at(w, len(w) - 1))


run()
