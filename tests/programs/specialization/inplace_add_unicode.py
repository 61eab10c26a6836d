# BINARY_OP_INPLACE_ADD_UNICODE: `s += t` into the same local. A string
# that grows in place must never be one anybody else can see, and its
# cached hash and length must follow the new text.


class T(str):
    def __radd__(self, other):
        return "radd!"


def build(n, piece):
    s = ""
    for i in range(n):
        s += piece
    return s


def aliases():
    s = "start"
    seen = []
    d = {}
    for i in range(40):
        s += "x"
        if i % 10 == 0:
            seen.append(s)
            d[s] = i
        alias = s
        s += "y"
        if alias.endswith("y"):
            print("alias changed!")
    print(len(s), [len(v) for v in seen], sorted(d.values()))
    for k in seen:
        print(d[k], k in d, d.get(k[:]))


def hashing():
    s = "k"
    for i in range(30):
        s += "e"
    h1 = hash(s)
    s += "y"
    d = {s: 1}
    other = "k" + "e" * 30 + "y"
    print(hash(s) == hash(other), h1 == hash(other), d.get(other), other in d, s == other)


def non_ascii():
    s = "a"
    for i in range(20):
        s += "\u00e9"
        s += "b"
    s += "\u20ac"
    print(len(s), s[-1], s[1], s[-2], s.count("\u00e9"), s.upper()[:6])


def mixed():
    s = "q"
    for t in ["a", "b"] * 20 + [T("z"), 5, None, "end"]:
        try:
            s += t
        except TypeError as e:
            print("TypeError:", e)
    print(s[-12:], len(s))
    s = "ab"
    for i in range(20):
        s += s
        if len(s) > 1000:
            break
    print(len(s))


G = ""


def global_and_cell():
    global G
    for i in range(30):
        G += "g"
    c = "c"

    def inner():
        return c
    for i in range(30):
        c += "c"
    print(len(G), len(inner()))


def keep_old():
    parts = []
    s = "p"
    for i in range(30):
        parts.append(s)
        s += str(i % 10)
    print(parts[5], parts[-1], s)


print(len(build(500, "ab")), build(30, "\u00e9")[:3])
aliases()
hashing()
non_ascii()
mixed()
global_and_cell()
keep_old()
